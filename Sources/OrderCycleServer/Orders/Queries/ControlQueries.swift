import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Operational control read in SQL (DOMAIN §3.3 item 4): plan against actual for the orders in
/// work.
enum ControlQueries {
    struct Drift { var orderID: UUID; var number: String; var client: String; var stage: Stage; var plannedEnd: Date; var finished: Date?; var lateBy: TimeInterval }

    private struct DriftRow: Decodable { var id: UUID; var number: String; var client: String; var stage: String; var plannedEnd: Date; var finishedAt: Date? }

    /// The stages of current plans that should have finished by `now` and have not, or finished
    /// late, worst first.
    static func drifts(now: Date, on db: any Database, limit: Int = 300) async throws -> [Drift] {
        let rows = try await db.sql.raw("""
            SELECT o.id, o.number, c.name AS client, ps.stage, ps.planned_end, si.finished_at
            FROM execution_plans ep
            JOIN orders o ON o.id = ep.order_id
            JOIN clients c ON c.id = o.client_id
            JOIN plan_stages ps ON ps.plan_id = ep.id
            LEFT JOIN stage_intervals si ON si.order_id = o.id AND si.stage = ps.stage
            WHERE ep.current = \(bind: true) AND ps.skipped = \(bind: false) AND ps.planned_end < \(bind: now)
              AND o.status IN ('received', 'placed', 'invoiced', 'picked', 'dispatched')
              AND (si.finished_at IS NULL OR si.finished_at > ps.planned_end)
              AND (si.skipped IS NULL OR si.skipped = \(bind: false))
            ORDER BY ps.planned_end
            LIMIT \(literal: limit)
            """).all(decoding: DriftRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        return rows.map { row in
            Drift(orderID: row.id, number: row.number, client: row.client, stage: Stage(rawValue: row.stage) ?? .receipt,
                  plannedEnd: row.plannedEnd, finished: row.finishedAt, lateBy: (row.finishedAt ?? now).timeIntervalSince(row.plannedEnd))
        }.sorted { $0.lateBy > $1.lateBy }
    }

    /// How many orders in work are past their promised day.
    static func overdueCount(today: CalendarDay, on db: any Database) async throws -> Int {
        try await db.sql.raw("""
            SELECT COUNT(*) AS n FROM orders WHERE status IN ('received', 'placed', 'invoiced', 'picked', 'dispatched') AND promised_day < \(bind: today.description)
            """).first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
