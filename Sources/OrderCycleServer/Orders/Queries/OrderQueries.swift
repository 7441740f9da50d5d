import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The orders list's filter, read from the query string by the API and the orders page alike.
struct OrderListFilter: Sendable {
    var status: OrderStatus?
    var clientID: UUID?

    init(status: OrderStatus? = nil, clientID: UUID? = nil) { self.status = status; self.clientID = clientID }

    init(_ query: any URLQueryContainer) throws {
        var v = FieldValidator()
        let status = query[String.self, at: "status"]
        if let status, OrderStatus(rawValue: status) == nil { v.add("status", "is not an order status") }
        let client = query[String.self, at: "client_id"]
        if let client, UUID(uuidString: client) == nil { v.add("client_id", "must be a UUID") }
        try v.check()
        self.init(status: status.flatMap(OrderStatus.init(rawValue:)), clientID: client.flatMap(UUID.init(uuidString:)))
    }
}

enum OrderQueries {
    /// Orders newest first, one page at a time; a client's user sees its own client's only.
    static func list(visibleTo actor: Principal, filter: OrderListFilter, page: PageRequest, on db: any Database) async throws -> Page<OrderSummaryDTO> {
        var sql: SQLQueryString = """
            SELECT o.id, o.number, o.client_id, o.status, o.priority, o.total_minor, o.currency, o.promised_day AS promised_date, o.created_at, o.version,
                   c.name AS client_name
            FROM orders o JOIN clients c ON c.id = o.client_id WHERE 1 = 1
            """
        if actor.role == .client {
            sql = sql + " AND o.client_id = \(bind: actor.clientID ?? UUID())"
        } else if let client = filter.clientID {
            sql = sql + " AND o.client_id = \(bind: client)"
        }
        if let status = filter.status { sql = sql + " AND o.status = \(bind: status.rawValue)" }
        if let after = page.after, let at = after.moment {
            sql = sql + " AND (o.created_at < \(bind: at) OR (o.created_at = \(bind: at) AND o.id < \(bind: after.id)))"
        }
        sql = sql + " ORDER BY o.created_at DESC, o.id DESC LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(sql).all(decoding: OrderSummaryDTO.self)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
