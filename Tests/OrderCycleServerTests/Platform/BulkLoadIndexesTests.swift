import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

@Suite("A bulk load drops the plain indexes and named triggers in its transaction and makes them again")
struct BulkLoadIndexesTests {
    /// Every index and trigger of the database as made, one text row each, sorted: on SQLite the
    /// rows of `sqlite_master`, on PostgreSQL the catalogue's definitions.
    static func schema(_ db: any Database) async throws -> [String] {
        let sql: SQLQueryString = db.isPostgres ? """
            SELECT 'index' AS type, indexname AS name, tablename AS tbl_name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL
            SELECT 'trigger', t.tgname, c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema()
            """ : "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        return try await db.sql.raw(sql).all().map { row in
            try ["type", "name", "tbl_name"].map { try row.decode(column: $0, as: String.self) }.joined(separator: "|")
                + "|" + (try row.decode(column: "sql", as: String?.self) ?? "-")
        }.sorted()
    }

    static let tables = ["orders", "order_lines", "claims"]
    static var rollupTriggers: Set<String> { Set(QualityRollupTriggers.all(postgres: false).map(\.name)) }

    @Test func theDroppedAreMadeAgainAsTheyWere() async throws {
        try await withApp { app in
            guard !app.db.isPostgres else {
                // PostgreSQL keeps its indexes through a load.
                let loading = try await app.db.write(app) { tx in try await BulkLoadIndexes.drop(on: Self.tables, triggers: Self.rollupTriggers, on: tx) }
                #expect(loading.dropped.isEmpty)
                return
            }
            // A unique index decides which rows may be stored: it is never dropped.
            try await app.db.sqlRaw("CREATE UNIQUE INDEX orders_number_client_idx ON orders (number, client_id)")
            let before = try await Self.schema(app.db)
            let during = try await app.db.write(app) { tx in
                let loading = try await BulkLoadIndexes.drop(on: Self.tables, keeping: ["orders_external_ref_idx"], triggers: Self.rollupTriggers, on: tx)
                let during = try await Self.schema(tx)
                try await loading.restore(on: tx)
                return (loading.dropped, during)
            }
            #expect(try await Self.schema(app.db) == before)

            let (dropped, left) = during
            let names = Set(dropped.map(\.name))
            #expect(names.isSuperset(of: ["orders_status_idx", "orders_portfolio_idx", "order_lines_product_idx", "claims_order_idx",
                                          "quality_rollup_order_insert", "quality_category_line_insert", "quality_rollup_claim_insert"]))
            #expect(!names.contains("orders_external_ref_idx") && !names.contains("orders_number_client_idx"))
            #expect(dropped.allSatisfy { Self.tables.contains($0.table) })
            #expect(dropped.filter { $0.type == "index" }.allSatisfy { !$0.sql.uppercased().hasPrefix("CREATE UNIQUE") })
            // Left in place: the keys and unique constraints, the index the load reads, the unique
            // index, the other tables' triggers; gone: every other index and trigger of the three.
            let leftNames = Set(left.map { String($0.split(separator: "|")[1]) })
            #expect(leftNames.isDisjoint(with: names))
            #expect(leftNames.isSuperset(of: ["orders_external_ref_idx", "orders_number_client_idx", "sqlite_autoindex_orders_1", "quality_rollup_stage_insert"]))
            for row in left {
                let cells = row.split(separator: "|", maxSplits: 3).map(String.init)
                if cells[0] == "trigger" { #expect(!Self.tables.contains(cells[2]), "\(cells[1])") }
            }
        }
    }

    /// A load that fails after the drop rolls it back with its rows.
    @Test func aLoadThatFailsLeavesEveryIndexAndTrigger() async throws {
        struct Stopped: Error {}
        try await withApp { app in
            let before = try await Self.schema(app.db)
            do {
                try await app.db.write(app) { tx in
                    let loading = try await BulkLoadIndexes.drop(on: Self.tables, triggers: Self.rollupTriggers, on: tx)
                    #expect(loading.dropped.isEmpty == tx.isPostgres)
                    #expect(try await Self.schema(tx) != before || tx.isPostgres)
                    throw Stopped()
                }
                Issue.record("the load should have failed")
            } catch is Stopped {}
            #expect(try await Self.schema(app.db) == before)
        }
    }
}
