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
        // The load sums the category roll-ups nowhere: they are made again after it.
        for name in [loading, QualityCategoryRollup.pending] {
            try await db.sql.raw("""
                INSERT INTO quality_rollup_state (name, through_id, kept)
                SELECT \(bind: name), 0, 0 WHERE NOT EXISTS (SELECT 1 FROM quality_rollup_state WHERE name = \(bind: name))
                """).run()
        }
    }

    static func clearLoading(on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM quality_rollup_state WHERE name = \(bind: loading)").run()
    }

    /// A bulk load that stopped before its end left orders the roll-ups do not count: they are
    /// made again from the orders, once, before the app serves.
    static func recoverInterruptedLoad(_ app: Application) async throws {
        let marked = try await app.db.sql.raw("SELECT 1 AS marked FROM quality_rollup_state WHERE name = \(bind: loading)").first() != nil
        if marked {
            app.logger.warning("A bulk load was interrupted: rebuilding the quality roll-ups from the orders")
            try await app.db.write(app) { tx in try await run(on: tx) }
        } else if try await !categoriesAreCurrent(on: app.db) {
            app.logger.info("Making the product-category roll-ups from the orders after a bulk load")
            try await app.db.write(app) { tx in try await runCategories(on: tx) }
        }
    }

    /// False after a bulk load, until `runCategories`: the report then reads the categories live.
    static func categoriesAreCurrent(on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS marked FROM quality_rollup_state WHERE name = \(bind: QualityCategoryRollup.pending)").first() == nil
    }

    static func run(on db: any Database) async throws {
        for table in QualityRollup.tables { try await db.sqlRaw("DELETE FROM \(table.name)") }
        try await db.sqlRaw("DELETE FROM quality_rollup_state")
        for statement in QualityRollup.fillStatements(postgres: db.isPostgres) {
            try await db.sqlRaw(statement)
        }
        try await analyze(QualityRollup.tables.map(\.name), on: db)
        try await runCategories(on: db)
    }

    /// The categories of every order and their roll-ups, made again from the stored rows.
    static func runCategories(on db: any Database) async throws {
        for table in QualityCategoryRollup.tables {
            try await db.sqlRaw("DELETE FROM \(table.name)")
            try await db.sql.raw("DELETE FROM quality_rollup_state WHERE name = \(bind: table.name)").run()
        }
        try await db.sqlRaw("DELETE FROM \(QualityCategoryRollup.membership)")
        for statement in QualityCategoryRollup.fillStatements(postgres: db.isPostgres) {
            try await db.sqlRaw(statement)
        }
        try await analyze(QualityCategoryRollup.tables.map(\.name) + [QualityCategoryRollup.membership], on: db)
        try await db.sql.raw("DELETE FROM quality_rollup_state WHERE name = \(bind: QualityCategoryRollup.pending)").run()
    }

    /// PostgreSQL's statistics of tables just emptied and filled again. Until its autovacuum
    /// comes round, the planner knows them as they were: after a bulk load it took the
    /// categories of 2 million orders for 8,112 per order, and compiled a year's dashboard by
    /// category with JIT (0.8 s instead of 0.4). SQLite's plans keep no statistics here.
    private static func analyze(_ tables: [String], on db: any Database) async throws {
        guard db.isPostgres else { return }
        for table in tables { try await db.sqlRaw("ANALYZE \(table)") }
    }
}
