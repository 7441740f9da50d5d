import Fluent
import SQLKit

/// Document numbers without gaps: the counter moves inside the caller's transaction, so a
/// document that is rolled back gives its number back.
enum NumberSeries {
    /// The next number of `series` (e.g. "ORD-2026"), formatted as `ORD-2026-000042`.
    static func next(_ series: String, on db: any Database) async throws -> String {
        let sql = db.sql
        let row = try await sql.raw("UPDATE number_series SET next_value = next_value + 1 WHERE name = \(bind: series) RETURNING next_value").first()
        let value: Int64
        if let row {
            value = try row.decode(column: "next_value", as: Int64.self) - 1
        } else {
            try await sql.raw("INSERT INTO number_series (name, next_value) VALUES (\(bind: series), 2)").run()
            value = 1
        }
        return series + "-" + String(format: "%06lld", value)
    }

    /// Moves the counter past numbers made elsewhere (bulk demo data, imports).
    static func reserve(_ series: String, count: Int64, on db: any Database) async throws -> Int64 {
        let sql = db.sql
        if let row = try await sql.raw("UPDATE number_series SET next_value = next_value + \(bind: count) WHERE name = \(bind: series) RETURNING next_value").first() {
            return try row.decode(column: "next_value", as: Int64.self) - count
        }
        try await sql.raw("INSERT INTO number_series (name, next_value) VALUES (\(bind: series), \(bind: count + 1))").run()
        return 1
    }
}
