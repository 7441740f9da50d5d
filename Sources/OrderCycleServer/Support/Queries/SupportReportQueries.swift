import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// How support kept its promises over a period (the tickets opened in it): the breach rate, the
/// first-response and resolution times (working seconds on each ticket's own calendar, pauses
/// left out) as mean, median and 90th percentile, the clients' satisfaction (CSAT: the mean
/// rating and the share rated 4 or 5) and first-contact resolution (resolved with one public
/// reply), in all and by priority, category, segment and operator. Every figure is an SQL
/// aggregate; the percentiles are nearest-rank (the value at rank ⌈p·n⌉), read with window
/// functions that SQLite and PostgreSQL share.
enum SupportReportQueries {
    struct DurationStats: Content, Equatable {
        var count: Int
        var mean_seconds: Double?
        var median_seconds: Int?
        var p90_seconds: Int?
    }

    struct Row: Content, Equatable {
        var key: String
        var tickets: Int
        var breached: Int
        var breach_rate: Double
        var first_response: DurationStats
        var resolution: DurationStats
        var ratings: Int
        var csat_mean: Double?
        /// The share of ratings that are 4 or 5.
        var csat_satisfied: Double?
        var resolved: Int
        var first_contact_resolved: Int
        var fcr_rate: Double?
    }

    struct Report: Content, Equatable {
        var from: String
        var to: String
        var overall: Row
        var by_priority: [Row]
        var by_category: [Row]
        var by_segment: [Row]
        var by_operator: [Row]
    }

    enum Dimension: String, CaseIterable, Sendable {
        case overall, priority, category, segment, `operator`

        var key: String {
            switch self {
            case .overall: "CAST('all' AS TEXT)"
            case .priority: "t.priority"
            case .category: "COALESCE(t.category, '')"
            case .segment: "s.code"
            case .operator: "COALESCE(u.display_name, '')"
            }
        }
    }

    static let from = "FROM tickets t JOIN clients c ON c.id = t.client_id JOIN segments s ON s.id = c.segment_id LEFT JOIN users u ON u.id = t.assignee_id"

    static func report(from: CalendarDay, to: CalendarDay, calendar: CompanyCalendar, on db: any Database) async throws -> Report {
        let start = calendar.start(of: from)
        let end = calendar.start(of: to.adding(days: 1))
        var rows: [Dimension: [Row]] = [:]
        for dimension in Dimension.allCases {
            rows[dimension] = try await self.rows(dimension, start: start, end: end, on: db)
        }
        let empty = Row(key: "all", tickets: 0, breached: 0, breach_rate: 0, first_response: DurationStats(count: 0), resolution: DurationStats(count: 0),
                        ratings: 0, resolved: 0, first_contact_resolved: 0)
        return Report(from: from.description, to: to.description, overall: rows[.overall]?.first ?? empty,
                      by_priority: (rows[.priority] ?? []).sorted { (Priority(rawValue: $0.key) ?? .low) > (Priority(rawValue: $1.key) ?? .low) },
                      by_category: rows[.category] ?? [], by_segment: rows[.segment] ?? [], by_operator: rows[.operator] ?? [])
    }

    /// A ticket counted as breached: caught by the scan, or a promise kept later than its target.
    static let breach = """
        (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL
         OR t.first_response_elapsed > t.first_response_seconds OR t.resolution_elapsed > t.resolution_seconds)
        """

    /// Which of a group's tickets a figure counts, so each figure drills down to exactly those.
    enum Measure: String, CaseIterable, Sendable {
        /// Every ticket opened in the period (the count, the breach rate's denominator).
        case tickets
        case breached
        /// With a first response (the first-response times).
        case responded
        /// With a resolution time (the resolution times).
        case resolution
        case rated
        /// Resolved (FCR's denominator).
        case resolved
        /// Resolved with one public reply.
        case fcr

        var condition: String {
            switch self {
            case .tickets: "1 = 1"
            case .breached: SupportReportQueries.breach
            case .responded: "t.first_response_elapsed IS NOT NULL"
            case .resolution: "t.resolution_elapsed IS NOT NULL"
            case .rated: "t.rating IS NOT NULL"
            case .resolved: "t.resolved_at IS NOT NULL"
            case .fcr: "t.resolved_at IS NOT NULL AND t.public_replies = 1"
            }
        }
    }

    /// The most tickets one drill-down lists.
    static let drillLimit = 500

    /// The tickets a figure counts: opened in the period, in the group `key` of `dimension`,
    /// matching `measure`; oldest first.
    static func tickets(from: CalendarDay, to: CalendarDay, calendar: CompanyCalendar, dimension: Dimension, key: String, measure: Measure,
                        reading: TicketQueries.Reading, on db: any Database) async throws -> [TicketDTO] {
        let start = calendar.start(of: from)
        let end = calendar.start(of: to.adding(days: 1))
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: TicketQueries.columns) \(unsafeRaw: Self.from)
            WHERE t.created_at >= \(bind: start) AND t.created_at < \(bind: end) AND \(unsafeRaw: measure.condition)
            """
        if dimension != .overall { query = query + " AND \(unsafeRaw: dimension.key) = \(bind: key)" }
        query = query + " ORDER BY t.created_at, t.id LIMIT \(literal: drillLimit)"
        let rows = try await db.sql.raw(query).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        let pauses = try await TicketQueries.pauses(of: ids, on: db)
        return try rows.map { try TicketQueries.dto($0, pauses: pauses[try $0.decode(column: "id", as: UUID.self)] ?? [], reading: reading) }
    }

    private static func rows(_ d: Dimension, start: Date, end: Date, on db: any Database) async throws -> [Row] {
        let sql = db.sql
        let period: SQLQueryString = "t.created_at >= \(bind: start) AND t.created_at < \(bind: end)"
        let aggregates = try await sql.raw("""
            SELECT \(unsafeRaw: d.key) AS k, COUNT(*) AS tickets,
                   SUM(CASE WHEN \(unsafeRaw: breach) THEN 1 ELSE 0 END) AS breached,
                   COUNT(t.first_response_elapsed) AS responded, CAST(AVG(t.first_response_elapsed) AS DOUBLE PRECISION) AS fr_mean,
                   COUNT(t.resolution_elapsed) AS resolved_n, CAST(AVG(t.resolution_elapsed) AS DOUBLE PRECISION) AS res_mean,
                   COUNT(t.rating) AS ratings, CAST(AVG(t.rating) AS DOUBLE PRECISION) AS rating_mean,
                   SUM(CASE WHEN t.rating >= 4 THEN 1 ELSE 0 END) AS satisfied,
                   SUM(CASE WHEN t.resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS resolved,
                   SUM(CASE WHEN t.resolved_at IS NOT NULL AND t.public_replies = 1 THEN 1 ELSE 0 END) AS fcr
            \(unsafeRaw: from) WHERE \(period) GROUP BY \(unsafeRaw: d.key) ORDER BY \(unsafeRaw: d.key)
            """).all()
        let firstResponse = try await percentiles("first_response_elapsed", d, period: period, on: db)
        let resolution = try await percentiles("resolution_elapsed", d, period: period, on: db)
        return try aggregates.map { r in
            let key = try r.decode(column: "k", as: String.self)
            let tickets = try r.decode(column: "tickets", as: Int.self)
            let breached = try r.decode(column: "breached", as: Int?.self) ?? 0
            let ratings = try r.decode(column: "ratings", as: Int.self)
            let satisfied = try r.decode(column: "satisfied", as: Int?.self) ?? 0
            let resolved = try r.decode(column: "resolved", as: Int?.self) ?? 0
            let fcr = try r.decode(column: "fcr", as: Int?.self) ?? 0
            return Row(
                key: key, tickets: tickets, breached: breached, breach_rate: tickets == 0 ? 0 : Double(breached) / Double(tickets),
                first_response: DurationStats(count: try r.decode(column: "responded", as: Int.self), mean_seconds: try r.decode(column: "fr_mean", as: Double?.self),
                                              median_seconds: firstResponse[key]?.median, p90_seconds: firstResponse[key]?.p90),
                resolution: DurationStats(count: try r.decode(column: "resolved_n", as: Int.self), mean_seconds: try r.decode(column: "res_mean", as: Double?.self),
                                          median_seconds: resolution[key]?.median, p90_seconds: resolution[key]?.p90),
                ratings: ratings, csat_mean: try r.decode(column: "rating_mean", as: Double?.self),
                csat_satisfied: ratings == 0 ? nil : Double(satisfied) / Double(ratings),
                resolved: resolved, first_contact_resolved: fcr, fcr_rate: resolved == 0 ? nil : Double(fcr) / Double(resolved))
        }
    }

    /// The nearest-rank median and 90th percentile of `column` per group: ranks ⌈n/2⌉ and ⌈0.9·n⌉.
    private static func percentiles(_ column: String, _ d: Dimension, period: SQLQueryString, on db: any Database) async throws -> [String: (median: Int, p90: Int)] {
        let rows = try await db.sql.raw("""
            SELECT k, v, rn, n FROM (
              SELECT \(unsafeRaw: d.key) AS k, t.\(unsafeRaw: column) AS v,
                     ROW_NUMBER() OVER (PARTITION BY \(unsafeRaw: d.key) ORDER BY t.\(unsafeRaw: column)) AS rn,
                     COUNT(*) OVER (PARTITION BY \(unsafeRaw: d.key)) AS n
              \(unsafeRaw: from) WHERE \(period) AND t.\(unsafeRaw: column) IS NOT NULL
            ) ranked
            WHERE rn = (n * 50 + 99) / 100 OR rn = (n * 90 + 99) / 100
            """).all()
        var out: [String: (median: Int, p90: Int)] = [:]
        for r in rows {
            let key = try r.decode(column: "k", as: String.self)
            let value = try r.decode(column: "v", as: Int.self)
            let rank = try r.decode(column: "rn", as: Int.self)
            let n = try r.decode(column: "n", as: Int.self)
            var entry = out[key] ?? (0, 0)
            if rank == (n * 50 + 99) / 100 { entry.median = value }
            if rank == (n * 90 + 99) / 100 { entry.p90 = value }
            out[key] = entry
        }
        return out
    }
}
