import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Vehicle orders (DOMAIN §2.5): a client's own orders and the form to order a vehicle (from
/// the phone's position or an address); for staff, the dispatcher's board — the open orders
/// with the assignment of a vehicle and a driver, the next step and the cancellation — and the
/// same form to order on a client's behalf. Every form runs the API's operation.
enum VehicleOrdersPage {
    struct Form: Content, Sendable {
        var client_id: String?
        var pickup_address: String?
        var pickup_lat: String?
        var pickup_lon: String?
        var destination_address: String?
        var window_from: String?
        var window_to: String?
        var weight_kg: String?
        var volume_m3: String?
        var pieces: String?
        var notes: String?
        var vehicle_type: String?
        var order_id: String?
        /// The dispatcher names the order a vehicle carries by its number (of the chosen client).
        var order_number: String?
    }

    struct Model {
        var orders: [VehicleOrderDTO]
        /// A client's own orders a vehicle may carry.
        var carriable: [(id: UUID, number: String)] = []
        var vehicles: [VehicleDTO]
        var drivers: [DriverDTO]
        var clients: [(id: UUID, name: String)]
    }

    static func model(_ req: Request) async throws -> Model {
        let actor = try req.actor
        var filter = VehicleOrderQueries.ListFilter()
        filter.openOnly = actor.role != .client
        let orders = try await VehicleOrderQueries.list(visibleTo: actor, filter: filter, page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        guard actor.role.isStaff else {
            var carriable: [(id: UUID, number: String)] = []
            if let client = actor.clientID { carriable = try await VehicleOrderQueries.carriableOrders(of: client, on: req.db) }
            return Model(orders: orders, carriable: carriable, vehicles: [], drivers: [], clients: [])
        }
        let vehicles = try await FleetQueries.vehicles(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        let drivers = try await FleetQueries.drivers(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        let clients = try await req.db.sql.raw("SELECT id, name FROM clients WHERE active = \(bind: true) ORDER BY name, id LIMIT 500").all().map {
            (id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self))
        }
        return Model(orders: orders, vehicles: vehicles, drivers: drivers, clients: clients)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, form: Form(), errors: FormErrors([]), notice: nil)
    }

    static func render(_ req: Request, form: Form, errors: FormErrors, notice: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let m = try await model(req)
        let clock = PageMoments(req)
        let csrf = CSRF.token(for: req)
        let staff = actor.role.isStaff
        let rows = m.orders.map { o -> HTML in
            """
            <tr data-vehicle-order-id="\(o.id)" data-status="\(o.status)">
            <td><a href="\(PageRoute.Fleet.vehicleOrder(o.id))">\(clock.show(o.created_at))</a>\(staff ? HTML("<br><span class=\"muted\">\(o.client_name)</span>") : "")</td>
            <td>\(VehicleOrderParts.status(o.status, lang: lang))</td>
            <td class="nowrap">\(clock.show(o.window_from))<br>\(clock.show(o.window_to))</td>
            <td>\(VehicleOrderParts.place(o.pickup, lang: lang)) → \(VehicleOrderParts.place(o.destination, lang: lang))</td>
            <td>\(VehicleOrderParts.cargo(o.cargo, lang: lang))\(o.vehicle_type.map { HTML("<br>\(VehicleType(rawValue: $0)?.name(lang) ?? $0)") } ?? "")</td>
            <td>\(o.vehicle.map { HTML("\($0.plate)") } ?? "—")\(o.driver.map { HTML("<br>\($0.name)") } ?? "")</td>
            \(staff ? HTML("<td>\(VehicleOrderParts.actions(o, role: actor.role, vehicles: m.vehicles, drivers: m.drivers, csrf: csrf, lang: lang))</td>") : "")
            </tr>
            """
        }.joined
        let table: HTML = m.orders.isEmpty ? "<p class=\"card muted\" id=\"vehicle-orders-empty\">\(lang.t("No vehicle orders.", "Заказов машин нет."))</p>" : """
            <div class="table-wrap"><table id="vehicle-orders" class="vo-board"><thead><tr><th>\(lang.t("Ordered", "Заказан"))</th><th>\(lang.t("Status", "Статус"))</th>
            <th>\(lang.t("Window", "Окно"))</th><th>\(lang.t("From → to", "Откуда → куда"))</th><th>\(lang.t("Cargo", "Груз"))</th><th>\(lang.t("Vehicle", "Машина"))</th>
            \(staff ? HTML("<th>\(lang.t("Dispatch", "Диспетчер"))</th>") : "")</tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let content: HTML = """
        <div class="vehicle-orders work" id="vehicle-orders-page">
        <h1>\(staff ? lang.t("Vehicle dispatch", "Диспетчерская: заказы машин") : lang.t("My vehicle orders", "Мои заказы машин"))</h1>
        \(notice.map { HTML("<p class=\"notice\">\($0)</p>") } ?? "")
        \(staff ? HTML("<p><a href=\"\(PageRoute.Fleet.fleet())\">\(lang.t("The fleet: vehicles and drivers", "Парк: машины и водители"))</a></p>") : "")
        \(table)
        \(newOrder(form: form, errors: errors, clients: staff ? m.clients : nil, carriable: m.carriable, lang: lang, csrf: csrf))
        </div>
        \(VehicleOrderParts.script)
        """
        return Layout(title: staff ? lang.t("Vehicle dispatch", "Заказы машин") : lang.t("My vehicle orders", "Мои заказы машин"), request: req).render(content, status: status)
    }

    static func newOrder(form: Form, errors: FormErrors, clients: [(id: UUID, name: String)]?, carriable: [(id: UUID, number: String)] = [],
                         lang: Language, csrf: String) -> HTML {
        let types = [(value: "", label: lang.t("Any", "Любая"))] + VehicleType.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let clientField: HTML = clients.map { list in
            FormField.select(name: "client_id", label: lang.t("Client", "Клиент"), options: [(value: "", label: "—")] + list.map { (value: $0.id.uuidString, label: $0.name) },
                             selected: form.client_id, error: errors["client_id"])
        } ?? ""
        let orderField: HTML = clients != nil
            ? FormField.input(name: "order_number", label: lang.t("Carries the client's order № (optional)", "Везёт заказ клиента № (необязательно)"),
                              value: form.order_number, error: errors["order_number"] ?? errors["order_id"])
            : carriable.isEmpty ? "" : FormField.select(
            name: "order_id", label: lang.t("Carries my order (optional)", "Везёт мой заказ (необязательно)"),
            options: [(value: "", label: "—")] + carriable.map { (value: $0.id.uuidString, label: $0.number) }, selected: form.order_id, error: errors["order_id"])
        return """
        <section class="card" id="new-vehicle-order">
        <h2>\(lang.t("Order a vehicle", "Заказать машину"))</h2>
        <form method="post" action="\(PageRoute.Fleet.vehicleOrders())" novalidate id="vehicle-order-form">
          <input type="hidden" name="_csrf" value="\(csrf)">
          <input type="hidden" name="pickup_lat" id="pickup_lat" value="\(form.pickup_lat)">
          <input type="hidden" name="pickup_lon" id="pickup_lon" value="\(form.pickup_lon)">
          <div class="form-columns"><div>
          \(clientField)
          \(FormField.input(name: "pickup_address", label: lang.t("Pick up at (address)", "Откуда забрать (адрес)"), value: form.pickup_address, error: errors["pickup_address"] ?? errors["pickup"]))
          <p><button type="button" class="button secondary" id="pickup-here" data-pickup-here>\(lang.t("Where I am now", "Там, где я сейчас"))</button>
          <span class="muted" id="pickup-status" aria-live="polite">\(form.pickup_lat == nil || form.pickup_lat == "" ? "" : lang.t("Your position is attached.", "Ваше местоположение приложено."))</span></p>
          \(FormField.errorLine(name: "pickup_lat", errors["pickup_lat"] ?? errors["pickup_lon"]))
          \(FormField.input(name: "destination_address", label: lang.t("Deliver to (address)", "Куда доставить (адрес)"), value: form.destination_address, error: errors["destination_address"] ?? errors["destination"], required: true))
          \(FormField.input(name: "window_from", type: "datetime-local", label: lang.t("From", "С"), value: form.window_from, error: errors["window_from"], required: true))
          \(FormField.input(name: "window_to", type: "datetime-local", label: lang.t("To", "До"), value: form.window_to, error: errors["window_to"], required: true))
          </div><div>
          \(FormField.input(name: "weight_kg", type: "number", label: lang.t("Weight, kg", "Вес, кг"), value: form.weight_kg, error: errors["weight_kg"], required: true))
          \(FormField.input(name: "volume_m3", type: "number", label: lang.t("Volume, m³", "Объём, м³"), value: form.volume_m3, error: errors["volume_m3"], required: true))
          \(FormField.input(name: "pieces", type: "number", label: lang.t("Pieces", "Мест"), value: form.pieces, error: errors["pieces"], required: true))
          \(FormField.select(name: "vehicle_type", label: lang.t("Vehicle", "Машина"), options: types, selected: form.vehicle_type, error: errors["vehicle_type"]))
          \(orderField)
          \(FormControls.textarea(name: "notes", label: lang.t("Notes for the driver", "Заметки для водителя"), value: form.notes, error: errors["notes"]))
          </div></div>
          <p><button type="submit" class="primary" id="vehicle-order-submit">\(lang.t("Order", "Заказать"))</button></p>
        </form>
        </section>
        """
    }

    /// Where the form shows a problem the operation names by the API's field path.
    static func formField(_ field: String) -> String {
        switch field {
        case "pickup.address": "pickup_address"
        case "pickup.lat", "pickup.lon": "pickup_lat"
        case "destination.address", "destination.lat", "destination.lon": "destination_address"
        case "cargo", "cargo.weight_kg": "weight_kg"
        case "cargo.volume_m3": "volume_m3"
        case "cargo.pieces": "pieces"
        case "cargo.notes": "notes"
        default: field
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let lang = req.language
        let now = req.clock.now()
        let clock = PageMoments(req)
        var errors: [Problem.FieldError] = []
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) } }
        func number(_ name: String, _ text: String?) -> Double? {
            guard let text = blank(text) else { return nil }
            guard let v = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                errors.append(.init(field: name, message: lang.t("must be a number", "укажите число"))); return nil
            }
            return v
        }
        do {
            let actor = try req.actor
            var orderID = blank(form.order_id).flatMap(UUID.init(uuidString:))
            if actor.role.isStaff, let typed = blank(form.order_number) {
                let client = blank(form.client_id).flatMap(UUID.init(uuidString:))
                orderID = try await VehicleOrderQueries.order(numbered: typed, of: client, on: req.db)
                if orderID == nil {
                    errors.append(.init(field: "order_number", message: lang.t("is not an order of this client", "это не заказ этого клиента")))
                }
            }
            let pieces: Int? = blank(form.pieces).map { Int($0) ?? -1 }
            let operation = try OrderVehicle(
                clientID: blank(form.client_id).flatMap(UUID.init(uuidString:)),
                pickup: PlaceDTO(address: blank(form.pickup_address), lat: number("pickup_lat", form.pickup_lat), lon: number("pickup_lon", form.pickup_lon)),
                destination: PlaceDTO(address: blank(form.destination_address), lat: nil, lon: nil),
                windowFrom: clock.moment(blank(form.window_from)), windowTo: clock.moment(blank(form.window_to)),
                cargo: CargoDTO(weight_kg: number("weight_kg", form.weight_kg), volume_m3: number("volume_m3", form.volume_m3), pieces: pieces, notes: blank(form.notes)),
                vehicleType: blank(form.vehicle_type), orderID: orderID, lang: lang, now: now)
            if !errors.isEmpty { throw Problem.validation(errors) }
            let order = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            await FleetLive.publish(order, app: req.application)
            return req.redirect(to: PageRoute.Fleet.vehicleOrder(order.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            let all = errors + (problem.errors ?? [])
            return try await render(req, form: form, errors: FormErrors(all.map { .init(field: formField($0.field), message: $0.message) }), notice: nil,
                                    status: .unprocessableEntity)
        }
    }
}
