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

    private struct LoadRow: Decodable {
        var id: UUID
        var displayName: String
        var email: String
        var active: Bool
        var activeClients: Int
        var openCalls: Int
        var openOrders: Int
        var absentUntil: Date?
    }
    private struct SegmentRow: Decodable { var managerId: UUID; var code: String }

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
        let rows = try await db.sql.raw(query).all(decoding: LoadRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        var segments: [UUID: [String]] = [:]
        for r in try await db.sql.raw("SELECT ms.manager_id, s.code FROM manager_segments ms JOIN segments s ON s.id = ms.segment_id ORDER BY s.code")
            .all(decoding: SegmentRow.self, keyDecodingStrategy: .convertFromSnakeCase) {
            segments[r.managerId, default: []].append(r.code)
        }
        return rows.map { r in
            ManagerLoad(id: r.id, name: r.displayName, email: r.email, active: r.active, activeClients: r.activeClients,
                        openCalls: r.openCalls, openOrders: r.openOrders, segments: segments[r.id] ?? [], absentUntil: r.absentUntil)
        }
    }
}
