import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Pieces the vehicle-order pages share: the status, a place, the cargo, and the forms that move
/// an order (the dispatcher's assignment and steps, the cancellation), each posting to the same
/// transition the API runs.
enum VehicleOrderParts {
    static func status(_ raw: String, lang: Language) -> HTML {
        let name = VehicleOrderStatus(rawValue: raw)?.name(lang) ?? raw
        return "<span class=\"badge status status-\(raw)\">\(name)</span>"
    }

    static func place(_ p: PlaceDTO, lang: Language) -> HTML {
        var parts: [HTML] = []
        if let address = p.address { parts.append("\(address)") }
        if let lat = p.lat, let lon = p.lon {
            let text = String(format: "%.5f, %.5f", lat, lon)
            parts.append("<a href=\"https://www.openstreetmap.org/?mlat=\(String(format: "%.6f", lat))&amp;mlon=\(String(format: "%.6f", lon))\" rel=\"noopener\" target=\"_blank\">\(text)</a>")
        }
        return HTML.join(parts, separator: " · ")
    }

    static func cargo(_ c: CargoDTO, lang: Language) -> String {
        let kg = FleetRules.format(c.weight_kg ?? 0), m3 = FleetRules.format(c.volume_m3 ?? 0)
        return lang.t("\(kg) kg, \(m3) m³, \(c.pieces ?? 0) pcs", "\(kg) кг, \(m3) м³, \(c.pieces ?? 0) мест")
    }

    /// The forms that move `order` for `role`: the dispatcher's next step (the assignment with a
    /// vehicle and a driver), and the cancellation with a reason.
    static func actions(_ order: VehicleOrderDTO, role: Role, vehicles: [VehicleDTO], drivers: [DriverDTO], csrf: String, lang: Language,
                        errors: FormErrors = FormErrors([])) -> HTML {
        guard let status = VehicleOrderStatus(rawValue: order.status), !status.isFinal else { return "" }
        let action = PageRoute.Fleet.transition(order.id)
        let hidden: HTML = "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\"><input type=\"hidden\" name=\"version\" value=\"\(order.version)\">"
        var out: [HTML] = []
        let byClient = role == .client
        if !byClient, let next = VehicleOrderPolicy.next(after: status) {
            if next == .assigned {
                let fitting = vehicles.filter { v in
                    v.active && (order.vehicle_type == nil || v.vehicle_type == order.vehicle_type)
                        && v.capacity_kg >= (order.cargo.weight_kg ?? 0) && v.capacity_m3 >= (order.cargo.volume_m3 ?? 0)
                }
                let vehicleOptions = fitting.map { v -> HTML in
                    "<option value=\"\(v.id)\">\(v.plate) · \(VehicleType(rawValue: v.vehicle_type)?.name(lang) ?? v.vehicle_type) · \(FleetRules.format(v.capacity_kg)) kg</option>"
                }.joined
                let driverOptions = drivers.filter(\.active).map { d -> HTML in "<option value=\"\(d.id)\">\(d.name)</option>" }.joined
                out.append("""
                    <form method="post" action="\(action)" class="assign-form" id="assign-\(order.id)">\(hidden)
                    <input type="hidden" name="to" value="assigned">
                    <label class="visually-hidden" for="vehicle-\(order.id)">\(lang.t("Vehicle", "Машина"))</label>
                    <select name="vehicle_id" id="vehicle-\(order.id)" class="assign-vehicle"><option value="">\(lang.t("Vehicle…", "Машина…"))</option>\(vehicleOptions)</select>
                    <label class="visually-hidden" for="driver-\(order.id)">\(lang.t("Driver", "Водитель"))</label>
                    <select name="driver_id" id="driver-\(order.id)" class="assign-driver"><option value="">\(lang.t("Driver…", "Водитель…"))</option>\(driverOptions)</select>
                    <button type="submit" class="primary assign-submit">\(lang.t("Assign", "Назначить"))</button>
                    \(FormField.errorLine(name: "vehicle_id-\(order.id)", errors["vehicle_id"]))\(FormField.errorLine(name: "driver_id-\(order.id)", errors["driver_id"]))
                    </form>
                    """)
            } else {
                out.append("""
                    <form method="post" action="\(action)" class="step-form">\(hidden)<input type="hidden" name="to" value="\(next.rawValue)">
                    <button type="submit" class="primary step-submit" data-to="\(next.rawValue)">\(lang.t("Mark: ", "Отметить: "))\(next.name(lang))</button></form>
                    """)
            }
        }
        if status.cancellable, !byClient || status == .requested || status == .assigned {
            out.append("""
                <form method="post" action="\(action)" class="cancel-form">\(hidden)<input type="hidden" name="to" value="cancelled">
                <label class="visually-hidden" for="reason-\(order.id)">\(lang.t("Reason", "Причина"))</label>
                <input type="text" name="reason" id="reason-\(order.id)" placeholder="\(lang.t("Reason to cancel", "Причина отмены"))" maxlength="1000">
                <button type="submit" class="button secondary cancel-submit">\(lang.t("Cancel the order", "Отменить заказ"))</button>
                \(FormField.errorLine(name: "reason-\(order.id)", errors["reason"]))
                </form>
                """)
        }
        return out.joined
    }

    /// The script tag of the vehicle-order pages (live status for the client and the board).
    static let script: HTML = "<script src=\"\(PageRoute.Fleet.script())\" defer></script>"
}
