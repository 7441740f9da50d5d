import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

@Suite("The demo data set")
struct DemoDataTests {
    struct Row: Decodable, Equatable { var id: String; var number: String; var total_minor: Int64; var line_count: Int }

    private static func orders(_ app: Application) async throws -> [Row] {
        try await app.db.sql.raw("SELECT CAST(id AS TEXT) AS id, number, total_minor, line_count FROM orders ORDER BY number").all(decoding: Row.self)
    }

    @Test func theSameSeedGivesTheSameOrdersAndASecondRunAddsAfterTheFirst() async throws {
        var first: [Row] = []
        // The demo dates its orders back from "now": both loads read the same moment, however far
        // apart a busy machine runs them.
        let now = AppClock.fixed(Date())
        try await withApp(clock: now) { app in
            try await DemoData.load(app, options: .init(orders: 300, clients: 40, seed: 7))
            first = try await Self.orders(app)
            #expect(first.count == 300)
            let linesMatch = try await app.db.sql.raw("""
                SELECT COUNT(*) AS n FROM orders o
                WHERE o.line_count <> (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id)
                """).first()?.decode(column: "n", as: Int.self)
            #expect(linesMatch == 0)
            let withStages = try await app.db.sql.raw("SELECT COUNT(DISTINCT order_id) AS n FROM stage_intervals").first()?.decode(column: "n", as: Int.self)
            #expect(withStages == 300)

            try await DemoData.load(app, options: .init(orders: 100, clients: 40, seed: 7))
            let both = try await Self.orders(app)
            #expect(both.count == 400)
            #expect(Set(both.map(\.id)).count == 400)
        }
        try await withApp(clock: now) { app in
            try await DemoData.load(app, options: .init(orders: 300, clients: 40, seed: 7))
            #expect(try await Self.orders(app) == first)
        }
    }

    /// Bulk loads stay fast because each order's ids follow the previous order's, so the rows
    /// append to the indexes keyed by id.
    @Test func orderIdsAscendInLoadOrder() async throws {
        try await withApp { app in
            try await DemoData.load(app, options: .init(orders: 200, clients: 20, seed: 3))
            let ids = try await Self.orders(app).map { $0.id.lowercased() }
            #expect(ids == ids.sorted())
        }
    }

    /// The load sums the quality roll-ups in memory; they must be what the triggers and a
    /// rebuild from the stored rows make.
    @Test func theRollUpsTheLoadSumsAreThoseARebuildMakes() async throws {
        try await withApp { app in
            try await DemoData.load(app, options: .init(orders: 600, clients: 30, seed: 11))
            let summed = try await QualityRollupTests.snapshot(app.db)
            #expect(summed[QualityRollup.orders.name]?.isEmpty == false)
            #expect(summed[QualityRollup.stages.name]?.isEmpty == false)
            #expect(summed[QualityRollup.requests.name]?.isEmpty == false)
            let marked = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM quality_rollup_state WHERE name = 'bulk_load'").first()?.decode(column: "n", as: Int.self)
            #expect(marked == 0)
            try await app.db.write(app) { tx in try await QualityRollupRebuild.run(on: tx) }
            #expect(try await QualityRollupTests.snapshot(app.db) == summed)
        }
    }

    @Test func aLoadThatStoppedBeforeItsEndIsRebuiltAtTheNextStart() async throws {
        try await withApp { app in
            try await DemoData.load(app, options: .init(orders: 200, clients: 20, seed: 5))
            let whole = try await QualityRollupTests.snapshot(app.db)
            // as if the load had stopped after its chunks, before adding its sums
            for table in QualityRollup.tables { try await app.db.sqlRaw("DELETE FROM \(table.name)") }
            try await app.db.write(app) { tx in try await QualityRollupRebuild.markLoading(on: tx) }
            try await QualityRollupRebuild.recoverInterruptedLoad(app)
            #expect(try await QualityRollupTests.snapshot(app.db) == whole)
            try await QualityRollupRebuild.recoverInterruptedLoad(app)
            #expect(try await QualityRollupTests.snapshot(app.db) == whole)
        }
    }
}
