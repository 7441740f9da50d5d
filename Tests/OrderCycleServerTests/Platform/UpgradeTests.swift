import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// A database made by the previous release is migrated to today's schema history and keeps its
/// data. The previous release's databases are SQL dumps in `Fixtures/Upgrade`, one per database
/// kind, made by `scripts/make-upgrade-fixture` from that release's binary: its migrations, a
/// small demo, and a row or two in every table the demo leaves empty. When a release ships, the
/// fixtures are made again from it, so the next release's migrations are tested on its data.
@Suite("A database made by the previous release upgrades to today's schema with its data")
struct UpgradeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Upgrade")

    @Test func thePreviousReleasesDatabaseUpgradesKeepingItsHistoryAndData() async throws {
        // setup: today's schema made from nothing, for the comparison
        var fresh: [String] = []
        try await withApp { app in fresh = try await Self.schema(app.db) }

        try await Self.withPreviousRelease { app, load in
            let db = app.db
            try await load()
            let recorded = try await Self.recordedMigrations(db)
            let counts = try await Self.rowCounts(db)
            let orders = try await Self.orderFigures(db)
            let earlierRollups = QualityRollup.tables.filter { counts[$0.name] != nil }
            let rollups = try await QualityRollupTests.snapshot(db, of: earlierRollups)
            // The compaction's bookmarks are empty until it first runs; every other table holds rows.
            #expect(!recorded.isEmpty && counts.filter { $0.key != "quality_rollup_state" }.values.allSatisfy { $0 > 0 }, "\(counts)")

            // MUT
            try await app.autoMigrate()

            // validate: no migration the previous release ran runs again; the new ones ran, after
            let today = OrderCycleServer.Migrations.all(timeZone: app.appConfig.timeZone).map { $0.name }
            let after = try await Self.recordedMigrations(db)
            #expect(Set(today).count == today.count, "each migration has a name of its own")
            #expect(Set(recorded.keys).isSubset(of: Set(today)), "the previous release's migrations keep their names: \(Set(recorded.keys).subtracting(today))")
            #expect(after.count == today.count && Set(after.keys) == Set(today), "every migration of today's list is recorded once")
            for (name, batch) in recorded { #expect(after[name] == batch, "\(name) did not run again") }
            let lastBatch = recorded.values.max() ?? 0
            for name in today where recorded[name] == nil { #expect((after[name] ?? 0) > lastBatch, "\(name) ran in the upgrade") }

            // validate: the data is there, as it was
            // (Tables added since that release start empty, but the category and client roll-ups,
            // made from the orders as a rebuild would make them.)
            let upgraded = try await Self.rowCounts(db)
            let madeFromOrders = Set((QualityCategoryRollup.tables + QualityClientRollup.tables).map(\.name) + [QualityCategoryRollup.membership])
            #expect(upgraded.filter { counts[$0.key] != nil } == counts)
            #expect(upgraded.filter { counts[$0.key] == nil && !madeFromOrders.contains($0.key) }.values.allSatisfy { $0 == 0 }, "\(upgraded)")
            let categories = try await QualityCategoryRollupTests.snapshot(db)
            #expect(categories[QualityCategoryRollup.orders.name]?.isEmpty == false)
            try await app.db.write(app) { tx in try await QualityRollupRebuild.runCategories(on: tx) }
            #expect(try await QualityCategoryRollupTests.snapshot(db) == categories)
            #expect(try await Self.orderFigures(db) == orders)
            #expect(try await QualityRollupTests.snapshot(db, of: earlierRollups) == rollups)
            let clients = try await QualityRollupTests.snapshot(db, of: QualityClientRollup.tables)
            #expect(clients[QualityClientRollup.kinds.name]?.isEmpty == false)
            let standard = try await db.sql.raw("SELECT indicators FROM service_standards WHERE segment_id IS NULL").first()
            #expect(try standard?.decode(column: "indicators", as: String.self) == CreateServiceStandards.initialIndicators)

            // validate: the schema is the one a new database gets
            #expect(try await Self.schema(db) == fresh)

            // validate: the roll-ups still follow writes, and agree with the orders they count
            try await db.sql.raw("UPDATE orders SET delivery_method = 'courier' WHERE received_day IS NOT NULL AND delivery_method IS NULL").run()
            let followed = try await QualityRollupTests.snapshot(db)
            try await QualityRollupRebuild.run(on: db)
            #expect(try await QualityRollupTests.snapshot(db) == followed)

            // validate: the app serves the upgraded data
            let (_, token) = try await makeUser(app, role: .admin)
            let list = try await app.api(.GET, "/api/v1/orders", headers: .bearer(token))
            #expect(list.status == .ok, "\(list.text)")
        }
    }

    /// The app reinstalls the roll-up triggers after a bulk load (`DemoRollup`); they must be
    /// the ones the migrations made, or a database's triggers would depend on whether it had a
    /// bulk load. A change to the triggers comes with a migration that installs it.
    @Test func theRollUpTriggersTheAppReinstallsAreTheOnesTheMigrationsMade() async throws {
        try await withApp { app in
            let migrated = try await Self.schema(app.db)
            try await app.db.transaction { tx in
                try await QualityRollupTriggers.remove(on: tx)
                try await QualityRollupTriggers.install(on: tx)
            }
            #expect(try await Self.schema(app.db) == migrated)
        }
    }

    // MARK: - The previous release's database

    /// An app on a new database that holds nothing until `load` fills it with the previous
    /// release's dump; its migrations are registered and not yet run.
    static func withPreviousRelease(_ body: (Application, () async throws -> Void) async throws -> Void) async throws {
        var config = AppConfig(bcryptCost: 4)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ordercycle-upgrade-\(UUID().uuidString).sqlite").path
        let pg = ProcessInfo.processInfo.environment["ORDERCYCLE_TEST_POSTGRES_URL"] ?? ""
        var schema: String?
        if !pg.isEmpty {
            await PostgresSlots.shared.acquire()
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try await PostgresSchemas.create(String(name), url: pg)
            schema = String(name)
            config.storage = .postgres(url: pg)
            config.postgresSchema = schema
        } else {
            config.storage = .sqlite(path: scratch)
        }
        let app = try await Application.make(.testing)
        let cleanUp = {
            try? await app.asyncShutdown()
            if let schema {
                try? await PostgresSchemas.drop(schema, url: pg)
                await PostgresSlots.shared.release()
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        do {
            try await OrderCycleServer.configure(app, config: config)
            try await prepareStorage(app)
            let file = fixtures.appendingPathComponent("previous-release.\(schema == nil ? "sqlite" : "postgres").sql")
            let statements = try dumpStatements(String(contentsOf: file, encoding: .utf8))
            try await body(app) {
                try await app.db.transaction { tx in
                    for statement in statements { try await tx.sql.raw(SQLQueryString(statement)).run() }
                }
            }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    /// The statements of an `sqlite3 .dump` or a `pg_dump`: split at each `;` outside quotes,
    /// comments and trigger bodies (`BEGIN … END;` on SQLite, `$$ … $$` on PostgreSQL). The
    /// dump's own transaction and settings are left out: the loader runs it in one.
    static func dumpStatements(_ text: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var quote: String?
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let pair = i + 1 < chars.count ? String([c, chars[i + 1]]) : String(c)
            if let open = quote {
                if open == "$$" ? pair == "$$" : String(c) == open {
                    current += open
                    i += open.count
                    quote = nil
                } else {
                    current.append(c)
                    i += 1
                }
                continue
            }
            if pair == "--" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if pair == "$$" || c == "'" || c == "\"" {
                quote = pair == "$$" ? "$$" : String(c)
                current += quote!
                i += quote!.count
                continue
            }
            i += 1
            if c == ";" {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                let head = statement.prefix(20).uppercased()
                if head.hasPrefix("CREATE TRIGGER"), !statement.uppercased().hasSuffix("END"), !statement.contains("EXECUTE FUNCTION") {
                    current.append(c)
                    continue
                }
                if !statement.isEmpty, !["BEGIN TRANSACTION", "COMMIT", "PRAGMA FOREIGN_KEYS=OFF"].contains(statement.uppercased()) {
                    statements.append(statement)
                }
                current = ""
                continue
            }
            current.append(c)
        }
        return statements
    }

    // MARK: - What is compared

    /// Each recorded migration and the batch it ran in.
    static func recordedMigrations(_ db: any Database) async throws -> [String: Int] {
        let rows = try await db.sql.raw("SELECT name, batch FROM _fluent_migrations").all()
        var out: [String: Int] = [:]
        for row in rows {
            let name = try row.decode(column: "name", as: String.self)
            #expect(out[name] == nil, "\(name) is recorded once")
            out[name] = try row.decode(column: "batch", as: Int.self)
        }
        return out
    }

    static func tables(_ db: any Database) async throws -> [String] {
        let sql = db.isPostgres
            ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        return try await db.sql.raw(SQLQueryString(sql)).all().map { try $0.decode(column: "name", as: String.self) }
            .filter { $0 != "_fluent_migrations" }.sorted()
    }

    static func rowCounts(_ db: any Database) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in try await tables(db) {
            out[table] = try await db.sql.raw(SQLQueryString("SELECT COUNT(*) AS n FROM \(table)")).first()!.decode(column: "n", as: Int.self)
        }
        return out
    }

    /// Key values of the orders and what hangs on them: numbers, money, the cycle's figures,
    /// claims' days, stage times and the comment thread.
    static func orderFigures(_ db: any Database) async throws -> [String] {
        let queries = [
            "SELECT number || '|' || status || '|' || CAST(total_minor AS TEXT) || '|' || COALESCE(received_day, '-') || '|' || COALESCE(CAST(cycle_seconds AS TEXT), '-') AS v FROM orders",
            "SELECT COALESCE(created_day, '-') || '|' || status || '|' || reason AS v FROM claims",
            "SELECT stage || '|' || COALESCE(CAST(duration_seconds AS TEXT), '-') AS v FROM stage_intervals",
            "SELECT body AS v FROM order_comments",
            "SELECT email || '|' || role AS v FROM users",
        ]
        var out: [String] = []
        for query in queries {
            out += try await db.sql.raw(SQLQueryString(query)).all().map { try $0.decode(column: "v", as: String.self) }.sorted()
        }
        return out
    }

    /// The schema as text, sorted: tables with their columns, indexes, constraints, triggers and
    /// trigger functions, without the name of the PostgreSQL schema they sit in.
    static func schema(_ db: any Database) async throws -> [String] {
        let queries = db.isPostgres ? [
            """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || ordinal_position || ' ' || data_type || ' '
                || is_nullable || ' ' || COALESCE(column_default, '-') AS v
            FROM information_schema.columns WHERE table_schema = current_schema()
            """,
            "SELECT 'index ' || indexname || ' ' || indexdef AS v FROM pg_indexes WHERE schemaname = current_schema()",
            """
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS v
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            """,
            """
            SELECT 'trigger ' || tgname || ' ' || pg_get_triggerdef(oid) AS v FROM pg_trigger
            WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)
            """,
            "SELECT 'function ' || proname || ' ' || prosrc AS v FROM pg_proc WHERE pronamespace = current_schema()::regnamespace",
        ] : [
            "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '-') AS v FROM sqlite_master",
        ]
        let schemaName = db.isPostgres ? try await db.sql.raw("SELECT current_schema() AS s").first()!.decode(column: "s", as: String.self) : nil
        var out: [String] = []
        for query in queries {
            out += try await db.sql.raw(SQLQueryString(query)).all().map { row in
                let text = try row.decode(column: "v", as: String.self)
                return schemaName.map { text.replacingOccurrences(of: $0 + ".", with: "") } ?? text
            }
        }
        return out.sorted()
    }
}
