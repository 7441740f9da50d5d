import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Returns and exchanges name goods of their order; done, they move stock through the ledger:
/// a return comes back in, an exchange also sends the replacement out.
@Suite("Services: returns and exchanges through the stock ledger")
struct ReturnExchangeTests {
    @Test func aReturnComesBackIntoStockAndAnExchangeSendsTheReplacementOut() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "RET-1", name: "Scanner", category: "Devices", unit: "pcs", priceMinor: 90_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let other = Product(sku: "RET-2", name: "Cable", category: "Devices", unit: "pcs", priceMinor: 5_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await other.create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 3)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))
            func file(_ kind: String, product: UUID?, quantity: Int?) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/requests", headers: .bearer(w.acmeToken),
                                  json: ServiceRequestInput(kind: kind, order_id: orderID, product_id: product, quantity: quantity, description: "Broken on arrival"))
            }
            func onHand() async throws -> Int {
                try await app.db.sql.raw("SELECT on_hand FROM stock_items WHERE product_id = \(bind: product.id!)").first()!.decode(column: "on_hand", as: Int.self)
            }
            // The goods must be the order's, no more than it had.
            let missing = try await file("return", product: nil, quantity: nil)
            #expect(missing.status == .unprocessableEntity && missing.text.contains("product_id") && missing.text.contains("quantity"))
            #expect(try await file("return", product: other.id!, quantity: 1).text.contains("product_id"))
            #expect(try await file("return", product: product.id!, quantity: 4).text.contains("quantity"))

            let returned = try w.request(try await file("return", product: product.id!, quantity: 2))
            #expect(returned.product_id == product.id && returned.quantity == 2)
            #expect(try await w.move(returned.id, to: "accepted").status == .ok)
            #expect(try await onHand() == 10)
            #expect(try await w.move(returned.id, to: "done").status == .ok)
            #expect(try await onHand() == 12)

            let exchanged = try w.request(try await file("exchange", product: product.id!, quantity: 1))
            #expect(try await w.move(exchanged.id, to: "accepted").status == .ok)
            #expect(try await w.move(exchanged.id, to: "done").status == .ok)
            #expect(try await onHand() == 12)
            let kinds = try await app.db.sql.raw("SELECT kind FROM stock_movements WHERE product_id = \(bind: product.id!) ORDER BY at").all()
                .map { try $0.decode(column: "kind", as: String.self) }
            #expect(kinds.filter { $0 == "receipt" }.count == 2 && kinds.contains("reservation") && kinds.contains("shipment"), "\(kinds)")
        }
    }
}
