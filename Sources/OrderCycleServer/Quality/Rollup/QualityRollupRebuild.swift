import Fluent
import Foundation
import SQLKit
import Vapor

/// Makes the roll-ups again from the orders, lines and stage intervals: for a database whose
/// tables were changed around the triggers (a restore, a hand edit). The figures come out as the
/// triggers would have kept them.
enum QualityRollupRebuild {
    /// The mark of a bulk load that adds its roll-up rows at its end (`DemoOrders`).
    static let loading = "bulk_load"

    static func markLoading(on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO quality_rollup_state (name, through_id, kept)
            SELECT \(bind: loading), 0, 0 WHERE NOT EXISTS (SELECT 1 FROM quality_rollup_state WHERE name = \(bind: loading))
            """).run()
    }

    static func clearLoading(on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM quality_rollup_state WHERE name = \(bind: loading)").run()
    }

    /// A bulk load that stopped before its end left orders the roll-ups do not count: they are
    /// made again from the orders, once, before the app serves.
    static func recoverInterruptedLoad(_ app: Application) async throws {
        let marked = try await app.db.sql.raw("SELECT 1 AS marked FROM quality_rollup_state WHERE name = \(bind: loading)").first() != nil
        guard marked else { return }
        app.logger.warning("A bulk load was interrupted: rebuilding the quality roll-ups from the orders")
        try await app.db.write(app) { tx in try await run(on: tx) }
    }

    static func run(on db: any Database) async throws {
        for table in QualityRollup.tables { try await db.sqlRaw("DELETE FROM \(table.name)") }
        try await db.sqlRaw("DELETE FROM quality_rollup_state")
        for statement in QualityRollup.fillStatements(postgres: db.isPostgres) {
            try await db.sqlRaw(statement)
        }
    }
}
