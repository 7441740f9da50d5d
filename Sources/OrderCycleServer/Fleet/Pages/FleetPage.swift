import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The fleet (DOMAIN §2.5): the vehicles with their kind and capacity, the drivers with their
/// phones, and the forms that add them (`AddVehicle`, `AddDriver`, as the API).
enum FleetPage {
    struct VehicleForm: Content, Sendable {
        var plate: String?
        var vehicle_type: String?
        var capacity_kg: String?
        var capacity_m3: String?
    }

    struct DriverForm: Content, Sendable {
        var name: String?
        var phone: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, vehicle: VehicleForm(), driver: DriverForm(), errors: FormErrors([]))
    }

    static func render(_ req: Request, vehicle: VehicleForm, driver: DriverForm, errors: FormErrors, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let csrf = CSRF.token(for: req)
        let keeper = FleetAccess.keepers.allows(req.principal)
        let vehicles = try await FleetQueries.vehicles(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        let drivers = try await FleetQueries.drivers(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        let vRows = vehicles.map { v -> HTML in
            "<tr><td>\(v.plate)</td><td>\(VehicleType(rawValue: v.vehicle_type)?.name(lang) ?? v.vehicle_type)</td><td>\(FleetRules.format(v.capacity_kg))</td><td>\(FleetRules.format(v.capacity_m3))</td></tr>"
        }.joined
        let dRows = drivers.map { d -> HTML in "<tr><td>\(d.name)</td><td>\(d.phone)</td></tr>" }.joined
        let types = VehicleType.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let forms: HTML = !keeper ? "" : """
            <div class="form-columns">
            <section class="card"><h2>\(lang.t("Add a vehicle", "Добавить машину"))</h2>
            <form method="post" action="\(PageRoute.Fleet.vehicles())" novalidate id="vehicle-form"><input type="hidden" name="_csrf" value="\(csrf)">
            \(FormField.input(name: "plate", label: lang.t("Plate", "Госномер"), value: vehicle.plate, error: errors["plate"], required: true))
            \(FormField.select(name: "vehicle_type", label: lang.t("Kind", "Тип"), options: types, selected: vehicle.vehicle_type, error: errors["vehicle_type"]))
            \(FormField.input(name: "capacity_kg", type: "number", label: lang.t("Carries, kg", "Грузоподъёмность, кг"), value: vehicle.capacity_kg, error: errors["capacity_kg"], required: true))
            \(FormField.input(name: "capacity_m3", type: "number", label: lang.t("Holds, m³", "Объём кузова, м³"), value: vehicle.capacity_m3, error: errors["capacity_m3"], required: true))
            <p><button type="submit" class="primary" id="vehicle-submit">\(lang.t("Add", "Добавить"))</button></p></form></section>
            <section class="card"><h2>\(lang.t("Add a driver", "Добавить водителя"))</h2>
            <form method="post" action="\(PageRoute.Fleet.drivers())" novalidate id="driver-form"><input type="hidden" name="_csrf" value="\(csrf)">
            \(FormField.input(name: "name", label: lang.t("Name", "Имя"), value: driver.name, error: errors["name"], required: true))
            \(FormField.input(name: "phone", type: "tel", label: lang.t("Phone", "Телефон"), value: driver.phone, error: errors["phone"], required: true))
            <p><button type="submit" class="primary" id="driver-submit">\(lang.t("Add", "Добавить"))</button></p></form></section>
            </div>
            """
        let content: HTML = """
        <div class="vehicle-orders work">
        <p class="crumbs"><a href="\(PageRoute.Fleet.vehicleOrders())">\(lang.t("Vehicle dispatch", "Диспетчерская"))</a></p>
        <h1>\(lang.t("The fleet", "Автопарк"))</h1>
        <div class="form-columns"><div>
        <h2>\(lang.t("Vehicles", "Машины"))</h2>
        <div class="table-wrap"><table id="vehicles"><thead><tr><th>\(lang.t("Plate", "Госномер"))</th><th>\(lang.t("Kind", "Тип"))</th><th>\(lang.t("kg", "кг"))</th><th>\(lang.t("m³", "м³"))</th></tr></thead><tbody>\(vRows)</tbody></table></div>
        </div><div>
        <h2>\(lang.t("Drivers", "Водители"))</h2>
        <div class="table-wrap"><table id="drivers"><thead><tr><th>\(lang.t("Name", "Имя"))</th><th>\(lang.t("Phone", "Телефон"))</th></tr></thead><tbody>\(dRows)</tbody></table></div>
        </div></div>
        \(forms)
        </div>
        """
        return Layout(title: lang.t("The fleet", "Автопарк"), request: req).render(content, status: status)
    }

    @Sendable static func addVehicle(req: Request) async throws -> Response {
        let form = try req.content.decode(VehicleForm.self)
        let lang = req.language
        func number(_ s: String?) -> Double? { s.flatMap { Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) } }
        do {
            let operation = try AddVehicle(plate: form.plate, vehicleType: form.vehicle_type, capacityKg: number(form.capacity_kg), capacityM3: number(form.capacity_m3), lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Fleet.fleet(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, vehicle: form, driver: DriverForm(), errors: FormErrors(problem.errors ?? []), status: problem.httpStatus)
        }
    }

    @Sendable static func addDriver(req: Request) async throws -> Response {
        let form = try req.content.decode(DriverForm.self)
        let lang = req.language
        do {
            let operation = try AddDriver(name: form.name, phone: form.phone, region: req.application.appConfig.phoneRegion, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Fleet.fleet(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, vehicle: VehicleForm(), driver: form, errors: FormErrors(problem.errors ?? []), status: problem.httpStatus)
        }
    }
}
