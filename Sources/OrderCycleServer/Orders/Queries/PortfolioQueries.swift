import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The order portfolio read in SQL (DOMAIN §3.3 item 2): the open orders counted and totalled
/// per group, and the most urgent of them. Both read off the portfolio index first.
enum PortfolioQueries {
    enum Grouping: String, CaseIterable { case due, client, segment, manager, status, priority }

    /// Which open orders are in the selection; `today` decides which are late.
    struct Filter {
        var status: String?
        var priority: String?
        var segment: UUID?
        var manager: UUID?
        var lateOnly: Bool
        var today: CalendarDay

        var sql: SQLQueryString {
            var sql: SQLQueryString = "o.\(unsafeRaw: UpdateOrdersAddListIndexes.openOrders)"
            if let status { sql = sql + " AND o.status = \(bind: status)" }
            if let priority { sql = sql + " AND o.priority = \(bind: priority)" }
            if let segment { sql = sql + " AND o.segment_id = \(bind: segment)" }
            if let manager { sql = sql + " AND o.manager_id = \(bind: manager)" }
            if lateOnly { sql = sql + " AND o.promised_day < \(bind: today.description)" }
            return sql
        }
    }

    /// One group as stored: its label is the raw key or name (a status or priority code, a due
    /// day, a client, segment or manager name), localised by the page.
    struct GroupRow: Decodable { var label: String?; var n: Int; var total: Int64; var late: Int?; var atRisk: Int? }

    /// Counts, totals, late and at-risk orders per group; the segment's name in `language`.
    static func groups(_ filter: Filter, by grouping: Grouping, atRiskDays: Int, language: Language, on db: any Database) async throws -> [GroupRow] {
        let today = filter.today.description, riskDay = filter.today.adding(days: atRiskDays).description
        // Totals come off the portfolio index; names are joined to the few groups afterwards.
        let (key, label, join): (String, String, String) = switch grouping {
        case .due: ("COALESCE(o.promised_day, '')", "g.k", "")
        case .client: ("o.client_id", "c.name", "LEFT JOIN clients c ON c.id = g.k")
        case .segment: ("o.segment_id", language == .ru ? "s.name_ru" : "s.name_en", "LEFT JOIN segments s ON s.id = g.k")
        case .manager: ("o.manager_id", "COALESCE(u.display_name, '—')", "LEFT JOIN users u ON u.id = g.k")
        case .status: ("o.status", "g.k", "")
        case .priority: ("o.priority_rank", "g.priority", "")
        }
        let order = grouping == .priority ? "g.k DESC" : grouping == .due ? "g.k" : "g.n DESC"
        let sql: SQLQueryString = """
            SELECT g.k AS k, \(unsafeRaw: label) AS label, g.n AS n, g.total AS total, g.late AS late, g.at_risk AS at_risk
            FROM (SELECT \(unsafeRaw: key) AS k, MIN(o.priority) AS priority, COUNT(*) AS n, CAST(COALESCE(SUM(o.total_minor), 0) AS BIGINT) AS total,
                    SUM(CASE WHEN o.promised_day < \(bind: today) THEN 1 ELSE 0 END) AS late,
                    SUM(CASE WHEN o.promised_day >= \(bind: today) AND o.promised_day <= \(bind: riskDay) THEN 1 ELSE 0 END) AS at_risk
                  FROM orders o WHERE \(filter.sql) GROUP BY \(unsafeRaw: key)) g \(unsafeRaw: join)
            ORDER BY \(unsafeRaw: order)
            LIMIT 500
            """
        return try await db.sql.raw(sql).all(decoding: GroupRow.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    struct OrderRow { var id: UUID; var number: String; var client: String; var status: String; var priority: String; var promisedDay: String?; var totalMinor: Int64; var currency: String }

    /// The most urgent orders first: by due date, then priority.
    static func urgent(_ filter: Filter, limit: Int, on db: any Database) async throws -> [OrderRow] {
        // The urgent few are picked off the portfolio index first; only they are read in full.
        try await db.sql.raw("""
            SELECT o.id, o.number, c.name AS client, o.status, o.priority, o.promised_day, o.total_minor, o.currency
            FROM (SELECT o.id AS oid, CASE WHEN o.promised_day IS NULL THEN 1 ELSE 0 END AS undated, o.promised_day AS due, o.priority_rank AS rank
                  FROM orders o WHERE \(filter.sql)
                  ORDER BY undated, due, rank DESC, o.id LIMIT \(literal: limit)) t
            JOIN orders o ON o.id = t.oid JOIN clients c ON c.id = o.client_id
            ORDER BY t.undated, t.due, t.rank DESC, o.id
            """).all().map { row in
            // Read column by column: the page lists up to 200 orders on every view, and the
            // Codable row decoder made the portfolio page half as fast (bench/orders).
            OrderRow(id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
                     client: try row.decode(column: "client", as: String.self), status: try row.decode(column: "status", as: String.self),
                     priority: try row.decode(column: "priority", as: String.self), promisedDay: try row.decode(column: "promised_day", as: String?.self),
                     totalMinor: try row.decode(column: "total_minor", as: Int64.self), currency: try row.decode(column: "currency", as: String.self))
        }
    }
}
