import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The cycle-time statistics read in SQL (DOMAIN §3.5): counts, means and hourly histograms of
/// the seller's cycle and of each stage, for one selection of orders. Percentiles are read off
/// the histograms by the caller.
enum CycleTimeQueries {
    /// Which orders are counted: received in a period, optionally one segment, internal or
    /// external clients only, and orders holding a product of one category.
    struct Filter {
        var from: String
        var to: String
        var segment: UUID?
        var scope: String   // all, internal, external
        var category: String?

        var sql: SQLQueryString {
            var s: SQLQueryString = "o.received_day >= \(bind: from) AND o.received_day <= \(bind: to) AND o.cycle_seconds IS NOT NULL"
            if let segment { s = s + " AND o.segment_id = \(bind: segment)" }
            if scope == "internal" { s = s + " AND o.internal = \(bind: true)" }
            if scope == "external" { s = s + " AND o.internal = \(bind: false)" }
            if let category {
                s = s + " AND EXISTS (SELECT 1 FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = o.id AND p.category = \(bind: category))"
            }
            return s
        }
    }

    struct StageFigures { var stage: Stage; var count: Int; var meanSeconds: Double; var histogram: HourHistogram; var meanShare: Double }
    struct Figures { var count: Int; var meanSeconds: Double?; var histogram: HourHistogram; var interruptionShare: Double?; var stages: [StageFigures] }

    private struct TotalsRow: Decodable { var n: Int; var mean: Double?; var gaps: Double?; var measured: Double? }
    private struct HourRow: Decodable { var h: Int; var n: Int }
    private struct StageHourRow: Decodable { var stage: String; var h: Int; var n: Int }
    private struct StageRow: Decodable { var stage: String; var n: Int; var mean: Double?; var share: Double? }

    static func figures(_ f: Filter, on db: any Database) async throws -> Figures {
        let sql = db.sql
        let totals = try await sql.raw("""
            SELECT COUNT(*) AS n, CAST(AVG(o.cycle_seconds) AS DOUBLE PRECISION) AS mean,
                   CAST(SUM(CASE WHEN o.interruption_seconds IS NOT NULL THEN o.interruption_seconds ELSE 0 END) AS DOUBLE PRECISION) AS gaps,
                   CAST(SUM(CASE WHEN o.interruption_seconds IS NOT NULL THEN o.cycle_seconds ELSE 0 END) AS DOUBLE PRECISION) AS measured
            FROM orders o WHERE \(f.sql)
            """).first(decoding: TotalsRow.self)
        let count = totals?.n ?? 0
        let mean = totals?.mean
        let gaps = totals?.gaps ?? 0
        let measured = totals?.measured ?? 0
        var hist: [Int: Int] = [:]
        for row in try await sql.raw("SELECT o.cycle_seconds / 3600 AS h, COUNT(*) AS n FROM orders o WHERE \(f.sql) GROUP BY o.cycle_seconds / 3600").all(decoding: HourRow.self) {
            hist[row.h] = row.n
        }
        var stageHist: [Stage: [Int: Int]] = [:]
        for row in try await sql.raw("""
            SELECT s.stage, s.duration_seconds / 3600 AS h, COUNT(*) AS n
            FROM stage_intervals s JOIN orders o ON o.id = s.order_id
            WHERE \(f.sql) AND s.duration_seconds IS NOT NULL
            GROUP BY s.stage, s.duration_seconds / 3600
            """).all(decoding: StageHourRow.self) {
            guard let stage = Stage(rawValue: row.stage) else { continue }
            stageHist[stage, default: [:]][row.h] = row.n
        }
        var stages: [StageFigures] = []
        for row in try await sql.raw("""
            SELECT s.stage, COUNT(*) AS n, CAST(AVG(s.duration_seconds) AS DOUBLE PRECISION) AS mean,
                   CAST(AVG(CASE WHEN o.cycle_seconds > 0 THEN s.duration_seconds * 1.0 / o.cycle_seconds END) AS DOUBLE PRECISION) AS share
            FROM stage_intervals s JOIN orders o ON o.id = s.order_id
            WHERE \(f.sql) AND s.duration_seconds IS NOT NULL
            GROUP BY s.stage
            """).all(decoding: StageRow.self) {
            guard let stage = Stage(rawValue: row.stage) else { continue }
            stages.append(StageFigures(stage: stage, count: row.n, meanSeconds: row.mean ?? 0,
                                       histogram: HourHistogram(counts: stageHist[stage] ?? [:]), meanShare: row.share ?? 0))
        }
        stages.sort { $0.stage.position < $1.stage.position }
        return Figures(count: count, meanSeconds: mean, histogram: HourHistogram(counts: hist),
                       interruptionShare: measured > 0 ? gaps / measured : nil, stages: stages)
    }

    /// The product categories a selection can be narrowed to (the first 200, by name).
    static func categories(on db: any Database) async throws -> [String] {
        try await db.sql.raw("SELECT DISTINCT category FROM products ORDER BY category LIMIT 200")
            .all(decodingColumn: "category", as: String?.self).compactMap { $0 }
    }
}
