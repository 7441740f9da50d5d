import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// The grouping by client reads its coverage, stages and requests from roll-ups of its own; a
/// client's figures must be those the live tables give for its orders alone.
@Suite("The client roll-ups give the live figures")
struct QualityClientRollupTests {
    @Test func eachClientsFiguresFromTheRollUpsEqualTheLiveTables() async throws {
        try await withApp { app in
            try await QualityCategoryRollupTests.history(app)
            let clients = try await app.db.sql.raw("SELECT DISTINCT client_id FROM orders").all().map { try $0.decode(column: "client_id", as: UUID.self) }
            #expect(clients.count > 1)
            for period in [try #require(QualityPeriod.year(2026)), try #require(QualityPeriod("2026-02"))] {
                let byClient = try await QualityCategoryRollupTests.report(app, .client, period)
                let rolled = QualityCategoryRollupTests.figures(byClient)
                var compared = 0
                for client in clients {
                    let narrowed = try #require(QualitySelection(grouping: .client, key: client.uuidString))
                    // Grouped by segment and narrowed to the client, every aggregate is read live;
                    // the total is the client's orders, whichever segments they were received in.
                    let live = QualityCategoryRollupTests.figures(try await QualityCategoryRollupTests.report(app, .segment, period, restriction: narrowed))
                    // Grouped by none and narrowed to the client, from the client roll-ups.
                    let alone = QualityCategoryRollupTests.figures(try await QualityCategoryRollupTests.report(app, .all, period, restriction: narrowed))
                    #expect(QualityCategoryRollupTests.same(["client": try #require(alone["all"])], ["client": try #require(live["all"])]),
                            "\(client) narrowed, \(period.label)")
                    guard let mine = rolled[client.uuidString] else { continue }
                    #expect(QualityCategoryRollupTests.same(["client": mine], ["client": try #require(live["all"])]), "\(client), \(period.label)")
                    compared += 1
                }
                #expect(compared > 1, "\(period.label)")
            }
        }
    }
}
