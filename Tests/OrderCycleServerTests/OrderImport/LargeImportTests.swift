import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// An import larger than what the database holds makes the orders', lines' and claims' indexes
/// and the quality roll-ups once at its end instead of row by row; the database ends with the
/// same indexes and triggers, and the same figures, as when every row goes through them.
@Suite("A large import makes its indexes and roll-ups at its end, to the same schema and figures")
struct LargeImportTests {
    typealias Twin = ImportAgainstAPITests

    /// A few rows a piece: the pieces after the first outgrow an empty database.
    static let fewRows = 7

    static func importer(_ app: Application, _ history: [Twin.HistoryOrder], chunkRows: Int, extra: String? = nil) throws -> OrderHistoryImport {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = try Twin.write(history, to: dir)
        if let extra { try (String(contentsOf: file, encoding: .utf8) + extra + "\n").write(to: file, atomically: true, encoding: .utf8) }
        return OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(Twin.mapping.utf8)), file: file, chunkRows: chunkRows)
    }

    /// Every roll-up summed per key, and the categories of every order, with ids given as the
    /// codes, SKUs, e-mails and references they stand for: comparable across databases.
    static func figures(_ db: any Database) async throws -> [String] {
        let names = ["client_id": "(SELECT code FROM clients WHERE id = r.client_id)", "segment_id": "(SELECT code FROM segments WHERE id = r.segment_id)",
                     "manager_id": "(SELECT email FROM users WHERE id = r.manager_id)", "product_id": "(SELECT sku FROM products WHERE id = r.product_id)"]
        var out: [String] = []
        for table in QualityRollup.tables + QualityCategoryRollup.tables {
            let keys = table.keys.enumerated().map { "CAST(\(names[$1] ?? "r.\($1)") AS TEXT) AS k\($0)" }
            let sums = table.measures.map { "CAST(SUM(r.\($0)) AS BIGINT) AS \($0)" }
            let rows = try await db.sql.raw(SQLQueryString("""
                SELECT \((keys + sums).joined(separator: ", ")) FROM \(table.name) r
                GROUP BY \(table.keys.indices.map { "k\($0)" }.joined(separator: ", ")) HAVING SUM(r.\(table.count)) <> 0
                """)).all()
            out += try rows.map { row in
                let k = try table.keys.indices.map { try row.decode(column: "k\($0)", as: String?.self) ?? "-" }
                let m = try table.measures.map { String(try row.decode(column: $0, as: Int.self)) }
                return ([table.name] + k + m).joined(separator: "|")
            }
        }
        out += try await db.sql.raw(SQLQueryString("""
            SELECT o.external_ref, c.category, CAST(c.lines AS BIGINT) AS lines FROM \(QualityCategoryRollup.membership) c JOIN orders o ON o.id = c.order_id
            """)).all().map { row in
            "membership|\(try row.decode(column: "external_ref", as: String.self))|\(try row.decode(column: "category", as: String.self))|\(try row.decode(column: "lines", as: Int.self))"
        }
        return out.sorted()
    }

    /// Whether each roll-up holds one row per key: what a rebuild leaves, where the triggers
    /// append a row per change.
    static func rebuilt(_ db: any Database) async throws -> Bool {
        for table in QualityRollup.tables + QualityCategoryRollup.tables {
            let keys = try await QualityRollupTests.snapshot(db, of: [table])[table.name]?.count ?? 0
            if try await QualityRollupTests.rowCount(db, table) != keys { return false }
        }
        return true
    }

    /// Imports the history `chunkRows` rows a piece into a new database: the figures, and whether
    /// the roll-ups were rebuilt.
    func imported(chunkRows: Int) async throws -> (figures: [String], rebuilt: Bool) {
        var result: ([String], Bool) = ([], false)
        try await withApp { app in
            let before = try await BulkLoadIndexesTests.schema(app.db)
            let report = try await Self.importer(app, Twin.history, chunkRows: chunkRows).run(dryRun: false)
            #expect(report.orders == Twin.history.count)
            #expect(try await BulkLoadIndexesTests.schema(app.db) == before, "every index and trigger, as the migrations made it")
            result = (try await Self.figures(app.db), try await Self.rebuilt(app.db))
        }
        return result
    }

    @Test func aLargeImportEndsWithTheSameIndexesTriggersAndFigures() async throws {
        let rowByRow = try await imported(chunkRows: OrderHistoryImport.defaultChunkRows)
        let atTheEnd = try await imported(chunkRows: Self.fewRows)
        // One piece is written through the triggers (nothing was held before it, but nothing was
        // written yet either); pieces after the first outgrow the empty database, on SQLite.
        #expect(!rowByRow.rebuilt)
        #expect(atTheEnd.rebuilt == !onPostgres)
        #expect(rowByRow.figures.contains { $0.hasPrefix(QualityRollup.orders.name) } && rowByRow.figures.contains { $0.hasPrefix("membership") })
        #expect(atTheEnd.figures == rowByRow.figures)
    }

    /// A row error near the end stops the import after many pieces were written with the indexes
    /// dropped: the transaction rolls back, rows and schema alike.
    @Test func aFailedLargeImportLeavesEveryIndexAndTrigger() async throws {
        try await withApp { app in
            let before = try await BulkLoadIndexesTests.schema(app.db)
            let bad = "H-9999,2024-03-30 10:00:00,,,Express,open,C-ALFA,Alfa Trade,Retail,BOX-S,Small box,Boxes,many,12.50,none"
            do {
                _ = try await Self.importer(app, Twin.history, chunkRows: Self.fewRows, extra: bad).run(dryRun: false)
                Issue.record("the import should have been refused")
            } catch let failed as OrderHistoryImport.Failed {
                #expect(failed.report.errors.map(\.column) == ["qty"], "\(failed.report.errors)")
            }
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await BulkLoadIndexesTests.schema(app.db) == before)
            #expect(try await Self.figures(app.db).isEmpty)
        }
    }

    /// A dry run of a large import does the same work and rolls it back, the drop with it.
    @Test func aLargeDryRunLeavesEveryIndexAndTrigger() async throws {
        try await withApp { app in
            let before = try await BulkLoadIndexesTests.schema(app.db)
            do {
                _ = try await Self.importer(app, Twin.history, chunkRows: Self.fewRows).run(dryRun: true)
                Issue.record("a dry run ends by rolling back")
            } catch let rollback as OrderHistoryImport.DryRunRollback {
                #expect(rollback.report.orders == Twin.history.count)
            }
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await BulkLoadIndexesTests.schema(app.db) == before)
        }
    }

    /// A small import into a database that holds more keeps the indexes and triggers: its
    /// roll-ups follow it row by row, and nothing already there is summed again.
    @Test func aSmallImportIntoALargerDatabaseGoesThroughTheTriggers() async throws {
        try await withApp { app in
            _ = try await Self.importer(app, Twin.history, chunkRows: Self.fewRows).run(dryRun: false)
            #expect(try await Self.rebuilt(app.db) == !onPostgres)
            let later = Twin.history.prefix(10).map { order in
                var order = order
                order.key = "L-" + order.key
                return order
            }
            let report = try await Self.importer(app, Array(later), chunkRows: Self.fewRows).run(dryRun: false)
            #expect(report.orders == later.count)
            #expect(try await Self.rebuilt(app.db) == false)
        }
    }

    @Test func outgrowingIsWritingAsManyOrdersAsTheDatabaseHeld() {
        #expect(!OrderHistoryImport.outgrows(written: 0, held: 0))
        #expect(OrderHistoryImport.outgrows(written: 1, held: 0))
        #expect(!OrderHistoryImport.outgrows(written: 99, held: 100))
        #expect(OrderHistoryImport.outgrows(written: 100, held: 100))
        #expect(!OrderHistoryImport.outgrows(written: 1_000_000, held: nil))
    }
}
