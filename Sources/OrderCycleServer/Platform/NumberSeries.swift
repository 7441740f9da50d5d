import Fluent
import SQLKit

/// Document numbers without gaps: the counter moves inside the caller's transaction, so a
/// document that is rolled back gives its number back.
enum NumberSeries {
    /// The next number of `series` (e.g. "ORD-2026"), formatted as `ORD-2026-000042`.
    static func next(_ series: String, on db: any Database) async throws -> String {
        let value = try await reserve(series, count: 1, on: db)
        return series + "-" + String(format: "%06lld", value)
    }

    /// Moves the counter past numbers made elsewhere (bulk demo data, imports).
    static func reserve(_ series: String, count: Int64, on db: any Database) async throws -> Int64 {
        // One upsert: two first uses of a series at once must not both try to insert it.
        let row = try await db.sql.raw("""
            INSERT INTO number_series (name, next_value) VALUES (\(bind: series), \(bind: count + 1))
            ON CONFLICT (name) DO UPDATE SET next_value = number_series.next_value + \(bind: count)
            RETURNING next_value
            """).first()
        guard let row else { throw Problem(.internalError) }
        return try row.decode(column: "next_value", as: Int64.self) - count
    }
}
