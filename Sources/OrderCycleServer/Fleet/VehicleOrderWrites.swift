import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What the vehicle-order operations write besides the order itself: a step of its history.
enum VehicleOrderWrites {
    static func event(_ orderID: UUID, from: VehicleOrderStatus?, to: VehicleOrderStatus, actor: Principal, reason: String?,
                      vehicle: UUID?, driver: UUID?, now: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO vehicle_order_events (id, vehicle_order_id, from_status, to_status, at, actor_id, actor_label, reason, vehicle_id, driver_id)
            VALUES (\(bind: UUID()), \(bind: orderID), \(bind: from?.rawValue), \(bind: to.rawValue), \(bind: now), \(bind: actor.userID),
                    \(bind: actor.label), \(bind: reason), \(bind: vehicle), \(bind: driver))
            """).run()
    }

    static func reread(_ id: UUID, on db: any Database) async throws -> VehicleOrderDTO {
        guard let order = try await VehicleOrderQueries.detail(id, on: db) else { throw Problem(.notFound) }
        return order
    }

    /// The order if `actor` may see it, else 404: a client sees only its own.
    static func visible(_ id: UUID, to actor: Principal, on db: any Database) async throws -> VehicleOrderQueries.Row {
        guard let row = try await VehicleOrderQueries.row(id, on: db) else { throw Problem(.notFound) }
        if actor.role == .client, row.clientID != actor.clientID { throw Problem(.notFound) }
        return row
    }
}
