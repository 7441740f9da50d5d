import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

@Suite("Bulk inserts")
struct BulkInsertTests {
    /// The demo stores SQLite chunks as pre-encoded statements; they must store exactly what
    /// SQLKit stores for the same values, type for type.
    @Test func preEncodedStatementsStoreWhatSQLKitStores() async throws {
        try await withApp { app in
            guard !app.db.isPostgres else { return }
            let columns = ["id", "name", "amount", "big", "flag", "at", "ratio", "missing", "day"]
            for table in ["via_sqlkit", "via_statements"] {
                try await app.db.sqlRaw("CREATE TABLE \(table) (id TEXT, name TEXT, amount INTEGER, big BIGINT, flag INTEGER, at REAL, ratio REAL, missing TEXT, day TEXT)")
            }
            func rows(_ table: String) -> BulkInsert {
                var insert = BulkInsert(table, columns)
                for n in 0..<7_000 {
                    insert.add([UUID(), "name \(n) «ы»", n, Int64(n) << 40, n % 2 == 0, Date(timeIntervalSince1970: 1_700_000_000 + Double(n) * 0.25),
                                Double(n) / 7, String?.none, n % 3 == 0 ? "2026-11-\(10 + n % 10)" : nil])
                }
                return insert
            }
            // The same values in both tables: rows are made once and copied under another name.
            let made = rows("via_sqlkit")
            var copy = BulkInsert("via_statements", columns)
            for row in made.rows { copy.add(row) }
            #expect(try copy.sqliteStatements().count == 2)
            try await made.flush(on: app.db)
            for statement in try copy.sqliteStatements() { try await statement.run(on: app.db) }

            let select = columns.map { "typeof(\($0)) || ':' || COALESCE(CAST(\($0) AS TEXT), 'NULL')" }.joined(separator: " || '|' || ")
            let a = try await app.db.sql.raw(SQLQueryString("SELECT \(unsafeRaw: select) AS v FROM via_sqlkit ORDER BY rowid")).all().map { try $0.decode(column: "v", as: String.self) }
            let b = try await app.db.sql.raw(SQLQueryString("SELECT \(unsafeRaw: select) AS v FROM via_statements ORDER BY rowid")).all().map { try $0.decode(column: "v", as: String.self) }
            #expect(a.count == 7_000)
            #expect(a == b)
        }
    }
}
