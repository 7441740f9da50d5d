import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// A second shop's history — timestamps in São Paulo time, a status column, a complaint-class
/// column, review scores, no client ids — imports by its mapping alone, and every indicator
/// equals the value computed by hand (in the comments, with the company in Europe/Kyiv).
@Suite("Another shop's history imports by a mapping alone")
struct CornerShopImportTests {
    static let mappingFile = OrderImportTests.mappingFile.deletingLastPathComponent().appendingPathComponent("cornershop-orders.json")
    static let file = OrderImportTests.fixtures.appendingPathComponent("cornershop_orders.csv")

    @Test func everyIndicatorEqualsTheHandComputedValue() async throws {
        try await withApp { app in
            let importer = OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(contentsOf: Self.mappingFile)), file: Self.file)
            let report = try await importer.run(dryRun: false)
            // 7 rows, 6 orders (O6 has two lines), each its own client; O2 and O5 complained, the others were satisfied or silent.
            #expect((report.rows, report.orders, report.lines, report.clients, report.claims) == (7, 6, 7, 6, 2))

            var orders: [String: Order] = [:]
            for order in try await Order.query(on: app.db).all() { orders[order.externalRef ?? ""] = order }
            // O2 was bought at 22:30 in São Paulo: 03:30 next day in Kyiv, so it was received on 7 March.
            #expect(orders["O2"]?.receivedDay == "2024-03-07")
            #expect(orders["O3"]?.status == .cancelled && orders["O3"]?.onTime == nil && orders["O3"]?.cycleSeconds == nil)
            #expect(orders["O4"]?.status == .dispatched && orders["O4"]?.cycleSeconds == nil)
            #expect(orders.mapValues { $0.onTime } == ["O1": true, "O2": false, "O3": nil, "O4": nil, "O5": true, "O6": true])
            #expect(orders.mapValues { $0.rating } == ["O1": 5, "O2": 2, "O3": nil, "O4": nil, "O5": 3, "O6": 4])
            #expect(orders["O1"]?.ratingComment == "Fast and fine")
            // Cycles to the second: O1 4 d 5 h 30 min, O2 5 d 13 h 30 min, O5 5 d (Kyiv's clocks moved on 31 March, São Paulo's did not), O6 3 d.
            #expect(orders.compactMapValues { $0.cycleSeconds } == ["O1": 365_400, "O2": 480_600, "O5": 432_000, "O6": 259_200])
            let claims = try await app.db.sql.raw("SELECT reason, status FROM claims ORDER BY reason").all()
            #expect(try claims.map { try $0.decode(column: "reason", as: String.self) } == ["late", "quality"])

            let (_, token) = try await makeUser(app, role: .analyst)
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2024-03", headers: .bearer(token))
            #expect(response.status == .ok, "\(response.text)")
            let total = try response.decoded(QualityDashboardDTO.self).total
            #expect((total.consumers, total.orders) == (6, 6))
            // Not in the history: stock, the range, decided requests.
            for indicator: QualityIndicator in [.stockoutProbability, .demandSaturation, .orderCoverage, .flexibility] {
                #expect(total.figure(indicator).value == .noData, "\(indicator.symbol)")
            }
            // Fulfilled against a promise: O1, O2, O5, O6 (O3 cancelled, O4 on its way); O2 late.
            // T per consumer, min(1, expected / actual days): O1 6/4 → 1, O2 4/5, O5 6/5 → 1, O6 3/3.
            let t = (1 + 0.8 + 1 + 1) / 4.0
            let k = 3 / 4.0
            let y = 2 / 6.0
            #expect(close(total.value(.timeExpectations), t))
            #expect(close(total.value(.uninterruptedExecution), k))
            #expect(close(total.value(.serviceDeficiency), y))
            #expect(close(total.value(.onTimeInFull), 3 / 4.0))
            #expect(close(total.value(.perfectOrder), 2 / 4.0)) // O1 and O6: on time, no claim
            // η: promises of the orders not cancelled (5), of them reached (4); by time, their lead days 6+4+16+6+3 and 6+4+6+3.
            #expect(close(total.value(.serviceLevelByCount), 4 / 5.0))
            #expect(close(total.value(.serviceLevelByTime), 19 / 35.0))
            #expect(close(total.value(.serviceReliability), (t + k + (1 - y)) / 3))
            #expect(total.figure(.serviceReliability).components == [.timeExpectations, .uninterruptedExecution, .serviceDeficiency])
            #expect(total.cycle.orders == 4)
            #expect(total.cycle.mean_seconds == 1_537_200 / 4.0)
            #expect(total.cycle.interruption_share == nil)
        }
    }
}
