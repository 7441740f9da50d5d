import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Open work as the clients area counts it: calls not yet completed, and orders not yet
/// accepted or cancelled.
enum OpenWork {
    static var openOrderStatuses: [String] { OrderStatus.allCases.filter(\.isOpen).map(\.rawValue) }

    struct ManagerLoad: Sendable {
        var id: UUID
        var name: String
        var email: String
        var active: Bool
        var activeClients: Int
        var openCalls: Int
        var openOrders: Int
        var segments: [String]
        var absentUntil: Date?
    }

    /// Every client manager with the clients they hold and their open work, in two queries.
    static func perManager(now: Date, on db: any Database) async throws -> [ManagerLoad] {
        let orders: SQLQueryString =
            "(SELECT COUNT(*) FROM orders o JOIN clients oc ON oc.id = o.client_id WHERE oc.manager_id = u.id AND o.status IN (\(binds: openOrderStatuses)))"
        let query: SQLQueryString = """
            SELECT u.id, u.display_name, u.email, u.active,
              (SELECT COUNT(*) FROM clients c WHERE c.manager_id = u.id AND c.active = \(bind: true)) AS active_clients,
              (SELECT COUNT(*) FROM calls k WHERE k.routed_to_id = u.id AND k.outcome IS NULL) AS open_calls,
              (SELECT MAX(a.ends_at) FROM manager_absences a WHERE a.manager_id = u.id AND a.starts_at <= \(bind: now) AND a.ends_at > \(bind: now)) AS absent_until,
            """ + " " + orders + " AS open_orders FROM users u WHERE u.role = \(bind: Role.manager.rawValue) ORDER BY u.display_name, u.id"
        let rows = try await db.sql.raw(query).all()
        var segments: [UUID: [String]] = [:]
        for r in try await db.sql.raw("SELECT ms.manager_id, s.code FROM manager_segments ms JOIN segments s ON s.id = ms.segment_id ORDER BY s.code").all() {
            segments[try r.decode(column: "manager_id", as: UUID.self), default: []].append(try r.decode(column: "code", as: String.self))
        }
        return try rows.map { r in
            let id = try r.decode(column: "id", as: UUID.self)
            return ManagerLoad(id: id, name: try r.decode(column: "display_name", as: String.self), email: try r.decode(column: "email", as: String.self),
                               active: try r.decode(column: "active", as: Bool.self), activeClients: try r.decode(column: "active_clients", as: Int.self),
                               openCalls: try r.decode(column: "open_calls", as: Int.self), openOrders: try r.decode(column: "open_orders", as: Int.self),
                               segments: segments[id] ?? [], absentUntil: try r.decode(column: "absent_until", as: Date?.self))
        }
    }
}
