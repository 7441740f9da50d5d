import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// The product-category grouping reads roll-ups kept by triggers, as every other grouping does;
/// its figures must be those of the live tables, where an order counts once in each category
/// its lines are of.
@Suite("The product-category roll-ups give the live figures")
struct QualityCategoryRollupTests {
    /// Every figure of a report, group by group: orders, consumers, each indicator now and over
    /// the trend, the cycle.
    static func figures(_ report: QualityReport) -> [String: [Double?]] {
        var out: [String: [Double?]] = [:]
        for group in report.groups + [report.total] {
            var row: [Double?] = [Double(group.orders), Double(group.consumers), Double(group.cycle.orders), group.cycle.meanSeconds,
                                  group.cycle.interruptionShare]
            for indicator in QualityIndicator.allCases {
                row.append(group.values[indicator]?.value)
                row += (group.trend[indicator] ?? []).map(\.value)
            }
            out[group.key] = row
        }
        return out
    }

    /// Equal, but for the last bits of means taken over consumers in another order.
    static func same(_ a: [String: [Double?]], _ b: [String: [Double?]]) -> Bool {
        guard a.keys.sorted() == b.keys.sorted() else { return false }
        return a.allSatisfy { key, row in
            guard let other = b[key], other.count == row.count else { return false }
            return zip(row, other).allSatisfy { x, y in
                switch (x, y) {
                case (nil, nil): true
                case let (x?, y?): abs(x - y) <= 1e-9 * max(1, abs(x))
                default: false
                }
            }
        }
    }

    static func report(_ app: Application, _ grouping: QualityGrouping, _ period: QualityPeriod, restriction: QualitySelection = .everything) async throws -> QualityReport {
        try await QualityReport.build(on: app.db, period: period, grouping: grouping, restriction: restriction,
                                      today: CalendarDay(iso: "2026-02-15")!, calendar: CompanyCalendar(timeZone: app.appConfig.timeZone), lang: .en)
    }

    /// Each category roll-up summed per key, as sorted text rows.
    static func snapshot(_ db: any Database) async throws -> [String: [String]] {
        try await QualityRollupTests.snapshot(db, of: QualityCategoryRollup.tables)
    }

    /// Orders over three categories written and rewritten around the application (every
    /// insert, update and delete trigger runs: lines change product and are removed, orders
    /// change month and group, stages are measured late, requests are decided late).
    static func history(_ app: Application) async throws {
        let world = try await OrderWorld.make(app)
        try await app.db.sqlRaw("UPDATE products SET category = 'Tape' WHERE id = '\(world.scarce)'")
        try await app.db.sqlRaw("UPDATE products SET category = 'Crates' WHERE id = '\(world.madeToOrder)'")
        let (before, after) = QualityCountingRuleTests.samples(world: world, count: 160, seed: 23)
        try await QualityCountingRuleTests.write(before: before, after: after, on: app.db)
    }

    @Test func everyGroupingReadFromTheRollUpsEqualsTheLiveTables() async throws {
        try await withApp { app in
            try await Self.history(app)
            #expect(try await QualityRollupRebuild.categoriesAreCurrent(on: app.db))
            let year = try #require(QualityPeriod.year(2026))
            let month = try #require(QualityPeriod("2026-02"))
            for grouping in QualityGrouping.allCases {
                for period in [year, month] {
                    let rolled = try await Self.report(app, grouping, period)
                    // The mark a bulk load leaves: the report reads the live tables instead.
                    try await app.db.write(app) { tx in try await QualityRollupRebuild.markLoading(on: tx) }
                    try await app.db.write(app) { tx in try await QualityRollupRebuild.clearLoading(on: tx) }
                    #expect(try await !QualityRollupRebuild.categoriesAreCurrent(on: app.db))
                    let live = try await Self.report(app, grouping, period)
                    try await app.db.sqlRaw("DELETE FROM quality_rollup_state WHERE name = '\(QualityCategoryRollup.pending)'")
                    #expect(Self.same(Self.figures(rolled), Self.figures(live)), "\(grouping) \(period.label)")
                    if grouping == .category { #expect(Set(rolled.groups.map(\.key)) == ["Boxes", "Tape", "Crates"]) }
                }
            }
            // Narrowed to one segment, by category.
            let segment = try #require(try await app.db.sql.raw("SELECT segment_id FROM orders LIMIT 1").first()?.decode(column: "segment_id", as: UUID.self))
            let narrowed = try #require(QualitySelection(grouping: .segment, key: segment.uuidString))
            let rolled = try await Self.report(app, .category, year, restriction: narrowed)
            try await app.db.write(app) { tx in try await QualityRollupRebuild.markLoading(on: tx) }
            try await app.db.write(app) { tx in try await QualityRollupRebuild.clearLoading(on: tx) }
            let live = try await Self.report(app, .category, year, restriction: narrowed)
            #expect(Self.same(Self.figures(rolled), Self.figures(live)))
        }
    }

    @Test func theTriggersKeepWhatARebuildMakesAndAStartAfterABulkLoadMakesThemAgain() async throws {
        try await withApp { app in
            try await Self.history(app)
            let triggered = try await Self.snapshot(app.db)
            #expect(triggered.values.allSatisfy { !$0.isEmpty }, "every category roll-up holds rows")
            try await app.db.write(app) { tx in try await QualityRollupRebuild.runCategories(on: tx) }
            #expect(try await Self.snapshot(app.db) == triggered)

            // Folding changes no sum.
            try await QualityRollupCompaction.run(app, force: true)
            #expect(try await Self.snapshot(app.db) == triggered)

            // A bulk load leaves them stale; the next start makes them again.
            try await app.db.write(app) { tx in try await QualityRollupRebuild.markLoading(on: tx) }
            try await app.db.write(app) { tx in try await QualityRollupRebuild.clearLoading(on: tx) }
            for table in QualityCategoryRollup.tables { try await app.db.sqlRaw("DELETE FROM \(table.name)") }
            try await app.db.sqlRaw("DELETE FROM \(QualityCategoryRollup.membership)")
            try await QualityRollupRebuild.recoverInterruptedLoad(app)
            #expect(try await QualityRollupRebuild.categoriesAreCurrent(on: app.db))
            #expect(try await Self.snapshot(app.db) == triggered)
        }
    }

    /// Lines added many to a statement, as an order's creation adds them (500 to an INSERT):
    /// an order enters a category once, whether its lines of it arrive in one statement or in
    /// several, and brings along the decided requests and counted stages it already has.
    @Test func linesAddedManyToAStatementEnterEachCategoryOnce() async throws {
        try await withApp { app in
            try await Self.history(app)
            // The history's products, one of each category.
            func product(_ category: String) async throws -> UUID {
                try #require(try await app.db.sql.raw("SELECT id FROM products WHERE category = \(bind: category)").first()?.decode(column: "id", as: UUID.self))
            }
            let (boxes, tape, crates) = (try await product("Boxes"), try await product("Tape"), try await product("Crates"))
            // Orders with decided requests and counted stages, and orders with neither.
            let orders = try await app.db.sql.raw("""
                SELECT id FROM orders WHERE id IN (SELECT order_id FROM claims UNION SELECT order_id FROM order_change_requests
                UNION SELECT order_id FROM stage_intervals) ORDER BY number LIMIT 4
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
                + (try await app.db.sql.raw("SELECT id FROM orders ORDER BY number DESC LIMIT 2").all().map { try $0.decode(column: "id", as: UUID.self) })
            #expect(orders.count == 6)
            for (statement, products) in [[boxes, tape, tape], [tape, crates, boxes]].enumerated() {
                var insert = app.db.sql.insert(into: "order_lines")
                    .columns("id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity")
                for order in orders {
                    for (i, product) in products.enumerated() {
                        insert = insert.values(SQLBind(UUID()), SQLBind(order), SQLBind(900 + statement * 10 + i), SQLBind(product),
                                               SQLBind(1), SQLBind(Int64(100)), SQLBind(0))
                    }
                }
                try await insert.run()
            }
            let triggered = try await Self.snapshot(app.db)
            try await app.db.write(app) { tx in try await QualityRollupRebuild.runCategories(on: tx) }
            #expect(try await Self.snapshot(app.db) == triggered)
        }
    }

    /// Reverting the once-per-statement trigger gives back the row trigger the category roll-ups were made with.
    @Test func revertingTheStatementTriggerGivesBackTheRowTrigger() {
        let revert = UpdateQualityRollupsCategoryLineInsert.revertPostgres
        #expect(revert.count == 3)
        #expect(revert.dropFirst().first?.hasPrefix("CREATE OR REPLACE FUNCTION quality_category_line_insert()") == true)
        #expect(revert.last == "CREATE TRIGGER quality_category_line_insert AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_category_line_insert()")
    }
}
