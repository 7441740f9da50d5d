import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Vehicle orders read in SQL: one in full with its history, a page of a list, the working
/// state an operation needs, and the orders that hold a vehicle or a driver in a time window.
enum VehicleOrderQueries {
    /// What an operation needs to know about a vehicle order before it changes it.
    struct Row: Sendable {
        var id: UUID
        var version: Int
        var clientID: UUID
        var status: VehicleOrderStatus
        var window: FleetRules.Window
        var cargo: Cargo
        var vehicleType: VehicleType?
        var vehicleID: UUID?
        var driverID: UUID?
        var orderID: UUID?
    }

    static func row(_ id: UUID, on db: any Database) async throws -> Row? {
        guard let r = try await db.sql.raw("""
            SELECT id, version, client_id, status, window_from, window_to, weight_kg, volume_m3, pieces, vehicle_type, vehicle_id, driver_id, order_id
            FROM vehicle_orders WHERE id = \(bind: id)
            """).first() else { return nil }
        return Row(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            clientID: try r.decode(column: "client_id", as: UUID.self),
            status: VehicleOrderStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .requested,
            window: .init(from: try r.decode(column: "window_from", as: Date.self), to: try r.decode(column: "window_to", as: Date.self)),
            cargo: Cargo(weightKg: try r.decode(column: "weight_kg", as: Double.self), volumeM3: try r.decode(column: "volume_m3", as: Double.self),
                         pieces: try r.decode(column: "pieces", as: Int.self)),
            vehicleType: try r.decode(column: "vehicle_type", as: String?.self).flatMap(VehicleType.init(rawValue:)),
            vehicleID: try r.decode(column: "vehicle_id", as: UUID?.self), driverID: try r.decode(column: "driver_id", as: UUID?.self),
            orderID: try r.decode(column: "order_id", as: UUID?.self))
    }

    static let columns = """
        o.id, o.version, o.client_id, c.name AS client_name, o.status, o.pickup_address, o.pickup_lat, o.pickup_lon, o.destination_address,
        o.destination_lat, o.destination_lon, o.window_from, o.window_to, o.weight_kg, o.volume_m3, o.pieces, o.notes, o.vehicle_type,
        o.vehicle_id, v.plate AS vehicle_plate, v.vehicle_type AS vehicle_kind, o.driver_id, d.name AS driver_name, d.phone AS driver_phone,
        o.cancel_reason, o.order_id, ord.number AS order_number, o.rating, o.rating_comment, o.created_at, o.updated_at
        """
    static let from = """
        FROM vehicle_orders o JOIN clients c ON c.id = o.client_id
        LEFT JOIN vehicles v ON v.id = o.vehicle_id LEFT JOIN drivers d ON d.id = o.driver_id
        LEFT JOIN orders ord ON ord.id = o.order_id
        """

    static func dto(_ r: any SQLRow) throws -> VehicleOrderDTO {
        let vehicle: VehicleOrderDTO.AssignedVehicle? = try r.decode(column: "vehicle_id", as: UUID?.self).map {
            .init(id: $0, plate: try r.decode(column: "vehicle_plate", as: String?.self) ?? "", vehicle_type: try r.decode(column: "vehicle_kind", as: String?.self) ?? "")
        }
        let driver: VehicleOrderDTO.AssignedDriver? = try r.decode(column: "driver_id", as: UUID?.self).map {
            .init(id: $0, name: try r.decode(column: "driver_name", as: String?.self) ?? "", phone: try r.decode(column: "driver_phone", as: String?.self) ?? "")
        }
        return VehicleOrderDTO(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            client_id: try r.decode(column: "client_id", as: UUID.self), client_name: try r.decode(column: "client_name", as: String.self),
            status: try r.decode(column: "status", as: String.self),
            pickup: PlaceDTO(address: try r.decode(column: "pickup_address", as: String?.self), lat: try r.decode(column: "pickup_lat", as: Double?.self),
                             lon: try r.decode(column: "pickup_lon", as: Double?.self)),
            destination: PlaceDTO(address: try r.decode(column: "destination_address", as: String?.self), lat: try r.decode(column: "destination_lat", as: Double?.self),
                                  lon: try r.decode(column: "destination_lon", as: Double?.self)),
            window_from: try r.decode(column: "window_from", as: Date.self), window_to: try r.decode(column: "window_to", as: Date.self),
            cargo: CargoDTO(weight_kg: try r.decode(column: "weight_kg", as: Double.self), volume_m3: try r.decode(column: "volume_m3", as: Double.self),
                            pieces: try r.decode(column: "pieces", as: Int.self), notes: try r.decode(column: "notes", as: String?.self)),
            vehicle_type: try r.decode(column: "vehicle_type", as: String?.self), vehicle: vehicle, driver: driver,
            cancel_reason: try r.decode(column: "cancel_reason", as: String?.self),
            order_id: try r.decode(column: "order_id", as: UUID?.self), order_number: try r.decode(column: "order_number", as: String?.self),
            rating: try r.decode(column: "rating", as: Int?.self), rating_comment: try r.decode(column: "rating_comment", as: String?.self),
            created_at: try r.decode(column: "created_at", as: Date.self), updated_at: try r.decode(column: "updated_at", as: Date.self), history: nil)
    }

    /// One vehicle order with its history, or nil. Steps taken in the same instant keep the path's order.
    static func detail(_ id: UUID, on db: any Database) async throws -> VehicleOrderDTO? {
        guard var order = try await db.sql.raw("SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE o.id = \(bind: id)").first().map(dto) else { return nil }
        order.history = try await db.sql.raw("""
            SELECT from_status, to_status, at, actor_label, reason FROM vehicle_order_events WHERE vehicle_order_id = \(bind: id)
            ORDER BY at, CASE to_status WHEN 'requested' THEN 0 WHEN 'assigned' THEN 1 WHEN 'en_route' THEN 2 WHEN 'arrived' THEN 3
                              WHEN 'loaded' THEN 4 WHEN 'delivered' THEN 5 ELSE 6 END, id
            """).all().map {
            .init(from: try $0.decode(column: "from_status", as: String?.self), to: try $0.decode(column: "to_status", as: String.self),
                  at: try $0.decode(column: "at", as: Date.self), by: try $0.decode(column: "actor_label", as: String.self),
                  reason: try $0.decode(column: "reason", as: String?.self))
        }
        return order
    }

    struct ListFilter: Sendable {
        var status: VehicleOrderStatus?
        var clientID: UUID?
        /// Only orders not delivered or cancelled.
        var openOnly = false
    }

    /// Newest first, keyset-paged, as far as `actor` may see them (a client: its own).
    static func list(visibleTo actor: Principal, filter: ListFilter, page: PageRequest, on db: any Database) async throws -> Page<VehicleOrderDTO> {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE 1 = 1"
        sql = sql + FleetAccess.visibility(actor, alias: "o")
        if let status = filter.status { sql = sql + " AND o.status = \(bind: status.rawValue)" }
        if let client = filter.clientID { sql = sql + " AND o.client_id = \(bind: client)" }
        if filter.openOnly { sql = sql + " AND o.status NOT IN ('delivered', 'cancelled')" }
        if let after = page.after, let moment = after.moment {
            sql = sql + " AND (o.created_at < \(bind: moment) OR (o.created_at = \(bind: moment) AND o.id < \(bind: after.id)))"
        }
        let rows = try await db.sql.raw(sql + " ORDER BY o.created_at DESC, o.id DESC LIMIT \(literal: page.limit + 1)").all()
        let items = try rows.prefix(page.limit).map(dto)
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    /// The orders other than `besides` that hold `column` (`vehicle_id` or `driver_id`) = `id`
    /// in a window overlapping `window`.
    static func holding(_ column: String, _ id: UUID, overlapping window: FleetRules.Window, besides: UUID, on db: any Database) async throws -> [UUID] {
        let holding = VehicleOrderStatus.allCases.filter(\.holdsVehicle).map(\.rawValue)
        let rows = try await db.sql.raw("""
            SELECT id, window_from, window_to FROM vehicle_orders
            WHERE \(unsafeRaw: column == "driver_id" ? "driver_id" : "vehicle_id") = \(bind: id) AND id <> \(bind: besides)
              AND status IN (\(binds: holding)) AND window_from < \(bind: window.to) AND window_to > \(bind: window.from)
            ORDER BY window_from, id
            """).all()
        let taken = try rows.map { (id: try $0.decode(column: "id", as: UUID.self),
                                    window: FleetRules.Window(from: try $0.decode(column: "window_from", as: Date.self), to: try $0.decode(column: "window_to", as: Date.self))) }
        return FleetRules.collisions(of: window, with: taken)
    }

    /// A client's orders of the cycle a vehicle may carry: not yet delivered or cancelled, newest first.
    static func carriableOrders(of client: UUID, on db: any Database) async throws -> [(id: UUID, number: String)] {
        try await db.sql.raw("""
            SELECT id, number FROM orders
            WHERE client_id = \(bind: client) AND status NOT IN ('delivered', 'accepted', 'cancelled')
            ORDER BY created_at DESC, id DESC LIMIT 100
            """).all().map { (id: try $0.decode(column: "id", as: UUID.self), number: try $0.decode(column: "number", as: String.self)) }
    }

    /// The client's order with this number (as typed: spaces and a leading "№" ignored).
    static func order(numbered typed: String, of client: UUID?, on db: any Database) async throws -> UUID? {
        guard let client else { return nil }
        let number = typed.replacingOccurrences(of: "№", with: "").trimmingCharacters(in: .whitespaces)
        return try await db.sql.raw("SELECT id FROM orders WHERE client_id = \(bind: client) AND number = \(bind: number)").first()?.decode(column: "id", as: UUID.self)
    }
}
