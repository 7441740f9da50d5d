import Fluent
import SQLKit

extension DatabaseID {
    /// PostgreSQL connections that only draw numbers outside a transaction (`NumberSeries.outside`).
    static let numbers = DatabaseID(string: "psql-numbers")
}

/// Document numbers. A gap-free series (invoices) moves its counter inside the caller's
/// transaction, so a document that is rolled back gives its number back — and every writer of
/// the series waits for the one before it to commit. A series that may have gaps (orders) is
/// drawn on PostgreSQL outside the transaction, holding the counter's row for one statement, so
/// writers of the series commit side by side; a rolled-back order leaves its number unused.
/// On SQLite, whose writers take turns anyway, every series is drawn inside the transaction.
enum NumberSeries {
    /// The database outside the caller's transaction, where a number that need not be gap-free
    /// is drawn (set by `Database.write` on PostgreSQL).
    @TaskLocal static var outside: (any Database)?

    /// The next number of `series` (e.g. "ORD-2026"), formatted as `ORD-2026-000042`.
    static func next(_ series: String, gapFree: Bool = true, on db: any Database) async throws -> String {
        let value = if !gapFree, db.isPostgres, let outside {
            try await reserve(series, count: 1, on: outside, unsynced: true)
        } else {
            try await reserve(series, count: 1, on: db)
        }
        return series + "-" + String(format: "%06lld", value)
    }

    /// Moves the counter past numbers made elsewhere (bulk demo data, imports).
    ///
    /// `unsynced`: a draw on PostgreSQL outside the caller's transaction, committed without
    /// waiting for the disk, so the counter's row is held for the statement alone and not for an
    /// fsync. Safe for a series with gaps: the document that uses the number commits durably
    /// after the draw, and that commit flushes the log past the draw; a draw whose document never
    /// commits may be lost at a crash and its number given again, which such a series allows.
    static func reserve(_ series: String, count: Int64, on db: any Database, unsynced: Bool = false) async throws -> Int64 {
        // One upsert: two first uses of a series at once must not both try to insert it.
        let insert: SQLQueryString = unsynced
            ? """
              WITH unsynced AS (SELECT set_config('synchronous_commit', 'off', true) AS setting)
              INSERT INTO number_series (name, next_value) SELECT \(bind: series), \(bind: count + 1) FROM unsynced
              """
            : "INSERT INTO number_series (name, next_value) VALUES (\(bind: series), \(bind: count + 1))"
        let row = try await db.sql.raw(insert + """

            ON CONFLICT (name) DO UPDATE SET next_value = number_series.next_value + \(bind: count)
            RETURNING next_value
            """).first()
        guard let row else { throw Problem(.internalError) }
        return try row.decode(column: "next_value", as: Int64.self) - count
    }
}
