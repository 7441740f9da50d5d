import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The cabinet's request form names an order and, for a return or an exchange, goods picked from
/// the client's orders that left the warehouse, with how many: the same request the API files.
@Suite("Services: returned goods picked in the cabinet")
struct CabinetGoodsTests {
    @Test func aClientPicksTheGoodsToReturnFromItsOrderAndTheFormKeepsWhatWasTyped() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "CAB-1", name: "Label printer", category: "Devices", unit: "pcs", priceMinor: 90_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 3)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))
            try await app.db.sql.raw("UPDATE orders SET status = 'delivered' WHERE id = \(bind: orderID)").run()
            let borysOrder = try await app.order(NewOrder(client_id: w.borys.id, status: "received", lines: [.init(product_id: product.id!, quantity: 1)]), token: w.admin)
            try await app.db.sql.raw("UPDATE orders SET status = 'delivered' WHERE id = \(bind: UUID(uuidString: borysOrder.id)!)").run()

            let browser = Browser(app)
            _ = try await makeUser(app, role: .client, email: "acme-goods@test.example", password: "correct horse", clientID: w.acme.id)
            try await browser.logIn(email: "acme-goods@test.example", password: "correct horse")
            let page = try await browser.get("/cabinet/requests")
            let goods = "\(orderID.uuidString)/\(product.id!.uuidString)"
            #expect(page.text.contains("value=\"\(goods)\"") && page.text.contains("CAB-1 Label printer × 3"))
            // Another client's order and goods are not offered.
            #expect(!page.text.contains(borysOrder.id))

            // More than the order had: refused beside the field, what was typed kept.
            let tooMany = try await browser.post("/cabinet/requests", form: ["kind": "return", "goods": goods, "quantity": "4", "description": "Two are broken"])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.text.contains("id=\"quantity-error\"") && tooMany.text.contains("Two are broken"))
            #expect(try await app.db.sql.raw("SELECT id FROM service_requests").all().isEmpty)
            // No goods picked for a return: the product is asked for.
            let none = try await browser.post("/cabinet/requests", form: ["kind": "return", "goods": "", "quantity": "1", "description": "Broken"])
            #expect(none.status == .unprocessableEntity && none.text.contains("id=\"goods-error\""))

            let filed = try await browser.post("/cabinet/requests", form: ["kind": "return", "goods": goods, "quantity": "2", "description": "Two are broken"])
            #expect(filed.status == .seeOther || filed.status == .found, "\(filed.status) \(filed.text.prefix(400))")
            let listed = try await app.api(.GET, "/api/v1/requests?kind=return", headers: .bearer(w.acmeToken))
            let item = try #require((listed.json["items"] as? [[String: Any]])?.first)
            #expect(item["order_id"] as? String == orderID.uuidString && item["product_id"] as? String == product.id!.uuidString && item["quantity"] as? Int == 2)

            // A claim names its order from the form's order field.
            let claim = try await browser.post("/cabinet/requests", form: ["kind": "claim", "order_id": orderID.uuidString, "description": "The box was wet"])
            #expect(claim.status == .seeOther || claim.status == .found, "\(claim.status) \(claim.text.prefix(400))")
            let claims = try await app.api(.GET, "/api/v1/claims", headers: .bearer(w.acmeToken))
            #expect(((claims.json["items"] as? [[String: Any]]) ?? []).contains { $0["description"] as? String == "The box was wet" })
        }
    }
}
