import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The demo's open orders hold their reserves in the stock ledger, so they can be dispatched
/// and cancelled like any other; a ledger that does not hold a reserve is a 409 naming the SKU.
@Suite("The demo's stock and its open orders")
struct DemoStockTests {
    struct Open: Decodable { var id: UUID; var status: String; var version: Int }

    static func openOrders(_ app: Application) async throws -> [Open] {
        try await app.db.sql.raw("""
            SELECT id, status, version FROM orders WHERE status IN (\(binds: DemoOrders.holdingStock.map(\.rawValue)))
              AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.id AND l.reserved_quantity > 0)
            ORDER BY number
            """).all(decoding: Open.self)
    }

    /// The open orders that can be picked now: picking waits for a stock line with nothing
    /// reserved and for a made-to-order line whose production is not finished (`LineSupply`).
    static func pickable(_ app: Application) async throws -> [Open] {
        let held = try await app.db.sql.raw("""
            SELECT DISTINCT l.order_id AS id FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE l.reserved_quantity = 0 AND (p.made_to_order = \(bind: false) OR NOT EXISTS (
              SELECT 1 FROM stage_intervals s WHERE s.order_id = l.order_id AND s.stage = 'production'
                AND s.finished_at IS NOT NULL AND s.skipped = \(bind: false)))
            """).all(decoding: Held.self)
        let holding = Set(held.map(\.id))
        return try await openOrders(app).filter { $0.status == "picked" || !holding.contains($0.id) }
    }

    struct Held: Decodable { var id: UUID }

    /// Walks an open order on through the cycle up to dispatch; returns the last answer.
    static func dispatch(_ app: Application, _ order: Open, token: String) async throws -> TestingHTTPResponse {
        let steps = ["placed", "invoiced", "picked", "dispatched"]
        var version = order.version
        var response: TestingHTTPResponse?
        for step in steps[(steps.firstIndex(of: order.status) ?? 0) + 1 ..< steps.count] {
            let answer = try await app.step(order.id.uuidString, to: step, version: version, token: token)
            response = answer
            guard answer.status == .ok, let next = answer.json["version"] as? Int else { break }
            version = next
        }
        return try #require(response)
    }

    static func load(_ app: Application) async throws {
        try await DemoData.load(app, options: .init(orders: 1_500, clients: 30, seed: 11))
    }

    @Test func eachProductReservesWhatItsOpenOrdersHold() async throws {
        try await withApp(clock: .demoDay) { app in
            try await Self.load(app)
            #expect(try await Self.openOrders(app).count >= 4, "the demo has too few open orders to test")
            let rows = try await app.db.sql.raw("""
                SELECT s.product_id, s.on_hand, s.reserved,
                  (SELECT CAST(COALESCE(SUM(l.reserved_quantity), 0) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id
                   WHERE l.product_id = s.product_id AND o.status IN (\(binds: DemoOrders.holdingStock.map(\.rawValue)))) AS held
                FROM stock_items s
                """).all()
            #expect(!rows.isEmpty)
            for row in rows {
                let onHand = try row.decode(column: "on_hand", as: Int.self), reserved = try row.decode(column: "reserved", as: Int.self)
                #expect(reserved == (try row.decode(column: "held", as: Int.self)))
                #expect(onHand >= reserved && reserved >= 0)
            }
        }
    }

    @Test func openDemoOrdersAreDispatchedAndCancelled() async throws {
        try await withApp(clock: .demoDay) { app in
            try await Self.load(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let open = try await Self.openOrders(app)
            try #require(open.count >= 4, "the demo has too few open orders to test")
            let walked = Array(try await Self.pickable(app).prefix(2))
            try #require(!walked.isEmpty, "the demo has no order ready to pick")
            for order in walked {
                let response = try await Self.dispatch(app, order, token: admin)
                #expect(response.status == .ok, "\(response.text)")
            }
            for order in open.filter({ o in !walked.contains { $0.id == o.id } }).suffix(2) {
                let response = try await app.step(order.id.uuidString, to: "cancelled", version: order.version, token: admin, reason: "Demo check")
                #expect(response.status == .ok, "\(response.text)")
            }
            let negative = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM stock_items WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand").first()
            #expect(try negative?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test func aLedgerThatLostTheReserveIsAConflictNamingTheProduct() async throws {
        try await withApp(clock: .demoDay) { app in
            try await Self.load(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let ready = try #require(try await Self.pickable(app).first, "the demo has no order ready to pick")
            let other = try #require(try await Self.openOrders(app).first { $0.id != ready.id }, "the demo has too few open orders to test")
            for (order, step) in [(ready, "dispatched"), (other, "cancelled")] {
                let line = try #require(try await app.db.sql.raw("""
                    SELECT p.id, p.sku FROM order_lines l JOIN products p ON p.id = l.product_id
                    WHERE l.order_id = \(bind: order.id) AND l.reserved_quantity > 0 ORDER BY l.line_no
                    """).first())
                let product = try line.decode(column: "id", as: UUID.self), sku = try line.decode(column: "sku", as: String.self)
                // Each check loses one product's reserve and gives it back after, so the second
                // order is not refused for a product it shares with the first.
                let held = try #require(try await app.db.sql.raw("SELECT reserved FROM stock_items WHERE product_id = \(bind: product)").first()?
                    .decode(column: "reserved", as: Int.self))
                try await app.db.sql.raw("UPDATE stock_items SET reserved = 0 WHERE product_id = \(bind: product)").run()
                let response = step == "dispatched" ? try await Self.dispatch(app, order, token: admin)
                    : try await app.step(order.id.uuidString, to: step, version: order.version, token: admin, reason: "Demo check")
                #expect(response.status == .conflict, "\(step): \(response.text)")
                #expect((response.json["detail"] as? String)?.contains(sku) == true, "\(response.text)")
                #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/insufficient-stock")
                // Nothing of the step was kept: the order stays where the refused step found it.
                let status = try await app.db.sql.raw("SELECT status FROM orders WHERE id = \(bind: order.id)").first()?.decode(column: "status", as: String.self)
                #expect(status == (step == "dispatched" ? "picked" : order.status))
                try await app.db.sql.raw("UPDATE stock_items SET reserved = \(bind: held) WHERE product_id = \(bind: product)").run()
            }
        }
    }
}
