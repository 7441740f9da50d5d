import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing

/// A result read by position gives the same values as SQLKit's rows read by name, on both
/// engines, and a cell of the wrong kind is an error, never a guess.
@Suite("Rows read by position")
struct RowsByPositionTests {
    @Test func cellsReadByPositionAreTheStoredValues() async throws {
        try await withApp { app in
            let id = UUID()
            let rows = try await app.db.rowsByPosition("""
                SELECT \(bind: "2026") AS bucket, \(bind: id) AS id, CAST(\(bind: 41) AS BIGINT) + 1 AS n, NULL AS absent, \(bind: true) AS flag
                """) { row in
                (try row.string(0), try row.uuid(1), try row.int(2), try row.isNull(3), try row.isNull(2), try row.bool(4))
            }
            try #require(rows.count == 1)
            #expect(rows[0].0 == "2026")
            #expect(rows[0].1 == id)
            #expect(rows[0].2 == 42)
            #expect(rows[0].3 && !rows[0].4)
            #expect(rows[0].5)
        }
    }

    @Test func aCellOfAnotherKindIsAnError() async throws {
        try await withApp { app in
            await #expect(throws: (any Error).self) {
                _ = try await app.db.rowsByPosition("SELECT \(bind: "not a number") AS n") { try $0.int(0) }
            }
        }
    }

    @Test func everyRowIsReadInOrderAndNoneWithoutRows() async throws {
        try await withApp { app in
            let numbers = try await app.db.rowsByPosition("""
                SELECT v AS n FROM (SELECT 1 AS v UNION ALL SELECT 2 UNION ALL SELECT 3) t ORDER BY v
                """) { try $0.int(0) }
            #expect(numbers == [1, 2, 3])
            let none = try await app.db.rowsByPosition("SELECT 1 AS n WHERE 1 = 0") { try $0.int(0) }
            #expect(none.isEmpty)
        }
    }
}
