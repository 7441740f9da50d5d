import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Clients' requests read in SQL: one in full, and lists newest first, keyset-paged.
enum RequestQueries {
    static let columns = """
        r.id, r.version, r.client_id, c.name AS client_name, r.kind, r.service_id, s.code AS service_code, r.order_id, r.product_id, r.quantity, r.scheduled_at,
        r.outside_hours, r.description, r.status, r.inside_package, r.price_minor, r.currency, r.assignee_id, u.display_name AS assignee_name,
        r.satisfied, r.reason, r.channel, r.created_at, r.updated_at, r.done_at, r.decided_at
        """
    static let from = """
        FROM service_requests r JOIN clients c ON c.id = r.client_id LEFT JOIN services s ON s.id = r.service_id
        LEFT JOIN users u ON u.id = r.assignee_id
        """

    static func dto(_ r: any SQLRow) throws -> ServiceRequestDTO {
        ServiceRequestDTO(
            id: try r.decode(column: "id", as: UUID.self), client_id: try r.decode(column: "client_id", as: UUID.self),
            client_name: try r.decode(column: "client_name", as: String.self), kind: try r.decode(column: "kind", as: String.self),
            service_id: try r.decode(column: "service_id", as: UUID?.self), service_code: try r.decode(column: "service_code", as: String?.self),
            order_id: try r.decode(column: "order_id", as: UUID?.self), product_id: try r.decode(column: "product_id", as: UUID?.self),
            quantity: try r.decode(column: "quantity", as: Int?.self), scheduled_at: try r.decode(column: "scheduled_at", as: Date?.self),
            outside_working_hours: try r.decode(column: "outside_hours", as: Bool.self), description: try r.decode(column: "description", as: String.self),
            status: try r.decode(column: "status", as: String.self), inside_package: try r.decode(column: "inside_package", as: Bool.self),
            price_minor: try r.decode(column: "price_minor", as: Int64.self), currency: try r.decode(column: "currency", as: String.self),
            assignee_id: try r.decode(column: "assignee_id", as: UUID?.self), assignee_name: try r.decode(column: "assignee_name", as: String?.self),
            satisfied: try r.decode(column: "satisfied", as: Bool?.self), reason: try r.decode(column: "reason", as: String?.self),
            channel: try r.decode(column: "channel", as: String.self), created_at: try r.decode(column: "created_at", as: Date.self),
            updated_at: try r.decode(column: "updated_at", as: Date.self), done_at: try r.decode(column: "done_at", as: Date?.self),
            decided_at: try r.decode(column: "decided_at", as: Date?.self), version: try r.decode(column: "version", as: Int.self))
    }

    static func request(_ id: UUID, on db: any Database) async throws -> ServiceRequestDTO? {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE r.id = \(bind: id)").first().map(dto)
    }

    struct ListFilter: Sendable {
        var clientID: UUID?
        var status: ServiceRequestStatus?
        var kind: ServiceRequestKind?
        /// Any of these kinds (the order page's returns, exchanges and warranty cases together).
        var kinds: [ServiceRequestKind]?
        var orderID: UUID?
        var openOnly = false
    }

    /// Requests newest first, as far as `actor` may see them (a client: its own).
    static func list(visibleTo actor: Principal, filter: ListFilter, page: PageRequest, on db: any Database) async throws -> Page<ServiceRequestDTO> {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE 1 = 1"
        sql = sql + ServicesAccess.requestVisibility(actor, alias: "r")
        if let id = filter.clientID { sql = sql + " AND r.client_id = \(bind: id)" }
        if let status = filter.status { sql = sql + " AND r.status = \(bind: status.rawValue)" }
        if let kind = filter.kind { sql = sql + " AND r.kind = \(bind: kind.rawValue)" }
        if let kinds = filter.kinds, !kinds.isEmpty { sql = sql + " AND r.kind IN (\(binds: kinds.map(\.rawValue)))" }
        if let order = filter.orderID { sql = sql + " AND r.order_id = \(bind: order)" }
        if filter.openOnly { sql = sql + " AND r.status NOT IN ('refused', 'closed')" }
        if let after = page.after, let moment = after.moment {
            sql = sql + " AND (r.created_at < \(bind: moment) OR (r.created_at = \(bind: moment) AND r.id < \(bind: after.id)))"
        }
        sql = sql + " ORDER BY r.created_at DESC, r.id DESC LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(sql).all()
        let items = try rows.prefix(page.limit).map(dto)
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: Array(items), next_cursor: next)
    }

    /// How many requests stand in each status (the queue's tabs).
    static func counts(on db: any Database) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for r in try await db.sql.raw("SELECT status, COUNT(*) AS n FROM service_requests GROUP BY status").all() {
            out[try r.decode(column: "status", as: String.self)] = try r.decode(column: "n", as: Int.self)
        }
        return out
    }
}
