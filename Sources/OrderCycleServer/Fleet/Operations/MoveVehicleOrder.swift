import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves a vehicle order one step (DOMAIN §2.5): the dispatcher assigns a vehicle and a driver,
/// then records the vehicle on its way, arrived, loaded and delivered; the client or the
/// dispatcher cancels with a reason. Who may take which step is the core's `VehicleOrderPolicy`.
///
/// Assigning refuses, naming `vehicle_id`, a vehicle of another kind than asked for or too small
/// for the cargo (422), and refuses a vehicle or a driver already holding an overlapping window
/// (409, `code` `vehicle_busy` or `driver_busy`, `blocking` the orders that hold it). On
/// PostgreSQL the vehicle's and the driver's rows are locked first, so of two dispatchers
/// assigning one vehicle to overlapping orders at once, exactly one succeeds.
///
/// A vehicle order carrying an order of the cycle records that order's delivery stage as it sets
/// off and delivers (`LinkedDelivery`), in the same transaction.
struct MoveVehicleOrder: Sendable {
    let orderID: UUID
    let to: VehicleOrderStatus
    let reason: String?
    let vehicleID: UUID?
    let driverID: UUID?
    let expectedVersion: Int?
    let lang: Language

    init(orderID: UUID, to: String?, reason: String?, vehicleID: UUID?, driverID: UUID?, expectedVersion: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        if to == nil { v.required("to") }
        let status = v.choice("to", to, as: VehicleOrderStatus.self)
        let reason = v.text("reason", reason, required: false, max: 1_000)
        if status == .assigned {
            if vehicleID == nil { v.required("vehicle_id") }
            if driverID == nil { v.required("driver_id") }
        }
        if status == .cancelled, reason == nil { v.add("reason", en: "is required to cancel", ru: "обязательно при отмене") }
        self.to = try v.check(status)
        self.orderID = orderID
        self.reason = reason
        self.vehicleID = vehicleID
        self.driverID = driverID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> VehicleOrderDTO {
        let order = try await VehicleOrderWrites.visible(orderID, to: actor, on: db)
        if let refusal = VehicleOrderPolicy.check(from: order.status, to: to, byClient: actor.role == .client, reason: reason) {
            switch refusal {
            case .clientMayNot(let s) where s != .cancelled: throw Problem(.forbidden, detail: refusal.message(lang))
            case .reasonRequired: throw Problem.field("reason", refusal.message(lang))
            default: throw Problem(.illegalTransition, detail: refusal.message(lang))
            }
        }
        let before = try await VehicleOrderWrites.reread(orderID, on: db)
        var vehicle = order.vehicleID, driver = order.driverID
        if to == .assigned, let vehicleID, let driverID {
            try await checkAssignment(order, vehicleID: vehicleID, driverID: driverID, on: db)
            (vehicle, driver) = (vehicleID, driverID)
        }
        try await ETag.advance("vehicle_orders", id: orderID, expected: expectedVersion, on: db)
        // The status moves only from the one this operation judged, whatever ran meanwhile.
        let moved = try await db.sql.raw("""
            UPDATE vehicle_orders SET status = \(bind: to.rawValue), vehicle_id = \(bind: vehicle), driver_id = \(bind: driver),
                   cancel_reason = \(bind: to == .cancelled ? reason : nil), updated_at = \(bind: now)
            WHERE id = \(bind: orderID) AND status = \(bind: order.status.rawValue)
            RETURNING id
            """).all()
        guard !moved.isEmpty else { throw Problem(.conflict, detail: lang.t("The order changed meanwhile; reload it.", "Заказ тем временем изменился; обновите страницу.")) }
        try await VehicleOrderWrites.event(orderID, from: order.status, to: to, actor: actor, reason: reason,
                                           vehicle: to == .assigned ? vehicle : nil, driver: to == .assigned ? driver : nil, now: now, on: db)
        if let linked = order.orderID {
            try await LinkedDelivery.record(to, vehicleOrder: orderID, order: linked, by: actor, calendar: calendar, now: now, lang: lang, on: db)
        }
        let after = try await VehicleOrderWrites.reread(orderID, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "vehicle_order", id: orderID, action: .transition, before: before, after: after, at: now)
        return after
    }

    private func checkAssignment(_ order: VehicleOrderQueries.Row, vehicleID: UUID, driverID: UUID, on db: any Database) async throws {
        var v = FieldInput(lang)
        if db.isPostgres {
            try await db.sql.raw("SELECT id FROM vehicles WHERE id = \(bind: vehicleID) FOR UPDATE").run()
            try await db.sql.raw("SELECT id FROM drivers WHERE id = \(bind: driverID) FOR UPDATE").run()
        }
        let vehicle = try await FleetQueries.vehicle(vehicleID, on: db)
        let driver = try await FleetQueries.driver(driverID, on: db)
        if let vehicle, vehicle.active, let type = VehicleType(rawValue: vehicle.vehicle_type) {
            let capacity = VehicleCapacity(type: type, weightKg: vehicle.capacity_kg, volumeM3: vehicle.capacity_m3)
            for issue in FleetRules.misfits(of: order.cargo, requested: order.vehicleType, vehicle: capacity) { v.add(issue.field, en: issue.en, ru: issue.ru) }
        } else {
            v.add("vehicle_id", en: "is not a vehicle of the fleet in service", ru: "нет такой машины в работающем парке")
        }
        if driver?.active != true { v.add("driver_id", en: "is not a driver of the fleet in service", ru: "нет такого работающего водителя") }
        try v.check()
        let busyVehicle = try await VehicleOrderQueries.holding("vehicle_id", vehicleID, overlapping: order.window, besides: order.id, on: db)
        if !busyVehicle.isEmpty {
            var problem = Problem(.conflict, detail: lang.t("The vehicle is busy in this window with another order.", "Машина в это время занята другим заказом."),
                                  errors: [.init(field: "vehicle_id", message: lang.t("is busy in this window", "занята в это время"))])
            problem.code = "vehicle_busy"
            problem.blocking = busyVehicle
            throw problem
        }
        let busyDriver = try await VehicleOrderQueries.holding("driver_id", driverID, overlapping: order.window, besides: order.id, on: db)
        if !busyDriver.isEmpty {
            var problem = Problem(.conflict, detail: lang.t("The driver is busy in this window with another order.", "Водитель в это время занят другим заказом."),
                                  errors: [.init(field: "driver_id", message: lang.t("is busy in this window", "занят в это время"))])
            problem.code = "driver_busy"
            problem.blocking = busyDriver
            throw problem
        }
    }
}
