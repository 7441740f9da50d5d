import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import Vapor

/// Folds each roll-up key's appended rows into one, so the report reads about one row per key
/// however many changes were made. The figures do not change: a key's sum is the same before
/// and after. Runs when the rows appended since the last fold outnumber half of those it kept
/// (and at least `minimumAppended`), checked every minute while the app runs.
enum QualityRollupCompaction {
    static let minimumAppended = 10_000

    /// Folds every roll-up whose appended rows are due (or all of them when `force`).
    static func run(_ app: Application, force: Bool = false) async throws {
        let db = try app.openDatabase()
        for table in QualityRollup.tables + QualityCategoryRollup.tables {
            let due = force ? true : try await isDue(table, on: db)
            if due { try await db.write(app) { tx in try await fold(table, on: tx) } }
        }
    }

    static func isDue(_ table: QualityRollup.Table, on db: any Database) async throws -> Bool {
        let row = try await db.sql.raw("""
            SELECT COALESCE((SELECT MAX(id) FROM \(unsafeRaw: table.name)), 0) AS newest,
                   COALESCE((SELECT through_id FROM quality_rollup_state WHERE name = \(bind: table.name)), 0) AS through_id,
                   COALESCE((SELECT kept FROM quality_rollup_state WHERE name = \(bind: table.name)), 0) AS kept
            """).first()
        guard let row else { return false }
        let appended = try row.decode(column: "newest", as: Int.self) - row.decode(column: "through_id", as: Int.self)
        return appended >= max(minimumAppended, try row.decode(column: "kept", as: Int.self) / 2)
    }

    /// Replaces the rows up to the newest by their sums per key, dropping keys that sum to
    /// nothing. On PostgreSQL one statement deletes and re-adds, so rows committed meanwhile are
    /// either folded or left for the next time, never lost; SQLite has a single writer.
    static func fold(_ table: QualityRollup.Table, on db: any Database) async throws {
        guard let newest = try await db.sql.raw("SELECT MAX(id) AS newest FROM \(unsafeRaw: table.name)").first()?
            .decode(column: "newest", as: Int?.self) else { return }
        let columns = table.columns.joined(separator: ", ")
        let keys = table.keys.joined(separator: ", ")
        let sums = table.measures.map { "SUM(\($0))" }.joined(separator: ", ")
        let keep = "GROUP BY \(keys) HAVING SUM(\(table.count)) <> 0"
        if db.isPostgres {
            try await db.sql.raw("""
                WITH gone AS (DELETE FROM \(unsafeRaw: table.name) WHERE id <= \(bind: newest) RETURNING *)
                INSERT INTO \(unsafeRaw: table.name) (\(unsafeRaw: columns)) SELECT \(unsafeRaw: keys), \(unsafeRaw: sums) FROM gone \(unsafeRaw: keep)
                """).run()
        } else {
            try await db.sql.raw("""
                INSERT INTO \(unsafeRaw: table.name) (\(unsafeRaw: columns))
                SELECT \(unsafeRaw: keys), \(unsafeRaw: sums) FROM \(unsafeRaw: table.name) WHERE id <= \(bind: newest) \(unsafeRaw: keep)
                """).run()
            try await db.sql.raw("DELETE FROM \(unsafeRaw: table.name) WHERE id <= \(bind: newest)").run()
        }
        let after = try await db.sql.raw("""
            SELECT COALESCE(MAX(id), 0) AS through_id, COUNT(*) AS kept FROM \(unsafeRaw: table.name)
            """).first()
        let through = try after?.decode(column: "through_id", as: Int.self) ?? 0
        let kept = try after?.decode(column: "kept", as: Int.self) ?? 0
        try await db.sql.raw("DELETE FROM quality_rollup_state WHERE name = \(bind: table.name)").run()
        try await db.sql.raw("""
            INSERT INTO quality_rollup_state (name, through_id, kept) VALUES (\(bind: table.name), \(bind: through), \(bind: kept))
            """).run()
    }

    struct PausesKey: StorageKey { typealias Value = NIOLockedValueBox<Int> }

    /// Runs `body` with the minute's check paused: a bulk load folds once at its end instead of
    /// having the check queue for the write lock between its chunks.
    static func paused<T>(_ app: Application, _ body: () async throws -> T) async rethrows -> T {
        let pauses = app.storage[PausesKey.self]
        pauses?.withLockedValue { $0 += 1 }
        defer { pauses?.withLockedValue { $0 -= 1 } }
        return try await body()
    }

    /// Checks every minute while the app runs, unless a bulk write pauses it; stops on shutdown
    /// as every periodic job does (`PeriodicJob`).
    struct Lifecycle: LifecycleHandler {
        private let pauses: NIOLockedValueBox<Int>
        private let job: PeriodicJob

        init() {
            let pauses = NIOLockedValueBox(0)
            self.pauses = pauses
            job = PeriodicJob("quality roll-up compaction", initialDelay: .seconds(60)) { app in
                guard pauses.withLockedValue({ $0 }) == 0 else { return }
                try await QualityRollupCompaction.run(app)
            }
        }

        func didBoot(_ app: Application) throws {
            app.storage[PausesKey.self] = pauses
            try job.didBoot(app)
        }

        func shutdownAsync(_ app: Application) async { await job.shutdownAsync(app) }
    }
}
