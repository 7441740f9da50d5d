import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// An order change request is a request of kind `change` in the personal service department:
/// filed through the API or from the order's page, decided by the manager, and counted by the
/// quality roll-up exactly as the order change requests it replaces.
@Suite("Services: order change requests are requests of kind change")
struct OrderChangeRequestTests {
    @Test func aChangeToAnOrderIsFiledAndDecidedAsARequestAndFeedsTheSameRollup() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "CHG-1", name: "Boxes", category: "Boxes", unit: "pcs", priceMinor: 1_250, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 2)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))

            // A change names its order; another client's order is not one.
            let unnamed = try await w.file("change", token: w.acmeToken, description: "Deliver on Friday")
            #expect(unnamed.status == .unprocessableEntity && unnamed.text.contains("order_id"), "\(unnamed.text)")
            let foreign = try await app.api(.POST, "/api/v1/requests", headers: .bearer(w.borysToken),
                                            json: ServiceRequestInput(kind: "change", order_id: orderID, description: "Mine now"))
            #expect(foreign.status == .unprocessableEntity && foreign.text.contains("order_id"))

            let filed = try await app.api(.POST, "/api/v1/requests", headers: .bearer(w.acmeToken),
                                          json: ServiceRequestInput(kind: "change", order_id: orderID, description: "Deliver on Friday"))
            #expect(filed.status == .created, "\(filed.text)")
            let change = try w.request(filed)
            #expect(change.kind == "change" && change.order_id == orderID)
            func mirrored(_ id: UUID) async throws -> String? {
                try await app.db.sql.raw("SELECT status FROM order_change_requests WHERE id = \(bind: id) AND order_id = \(bind: orderID)").first()?
                    .decode(column: "status", as: String.self)
            }
            #expect(try await mirrored(change.id) == "open")
            #expect(try await w.move(change.id, to: "refused", reason: "The truck is booked").status == .ok)
            #expect(try await mirrored(change.id) == "refused")

            // From the order's page, by the manager for the order's client; closed satisfied.
            let browser = Browser(app)
            _ = try await makeUser(app, role: .manager, email: "order-changer@test.example", password: "correct horse")
            try await browser.logIn(email: "order-changer@test.example", password: "correct horse")
            _ = try await browser.get("/orders/\(orderID)")
            let posted = try await browser.post("/orders/\(orderID)/change-requests", form: ["description": "Two more boxes"])
            #expect(posted.status == .seeOther || posted.status == .found, "\(posted.text.prefix(300))")
            let page = try await browser.get("/orders/\(orderID)")
            #expect(page.text.contains("Two more boxes") && page.text.contains("Deliver on Friday"))
            let listed = try await app.api(.GET, "/api/v1/requests?kind=change", headers: .bearer(w.manager.token))
            let second = try #require(((listed.json["items"] as? [[String: Any]]) ?? []).first { $0["description"] as? String == "Two more boxes" })
            let secondID = try #require((second["id"] as? String).flatMap(UUID.init(uuidString:)))
            #expect(second["client_id"] as? String == w.acme.id.uuidString)
            try await w.complete(secondID, satisfied: true)
            #expect(try await mirrored(secondID) == "satisfied")

            // The roll-up's F counts the two decided changes, one satisfied, as it counted order change requests.
            let rolled = try #require(try await app.db.sql.raw("""
                SELECT CAST(COALESCE(SUM(decided), 0) AS BIGINT) AS decided, CAST(COALESCE(SUM(satisfied), 0) AS BIGINT) AS satisfied
                FROM quality_request_months WHERE kind = 'change_request'
                """).first())
            #expect(try rolled.decode(column: "decided", as: Int.self) == 2 && rolled.decode(column: "satisfied", as: Int.self) == 1)
            // A client sees only its own orders' changes: Borys may not post one on Acme's order.
            let borysBrowser = Browser(app)
            _ = try await makeUser(app, role: .client, email: "borys-page@test.example", password: "correct horse", clientID: w.borys.id)
            try await borysBrowser.logIn(email: "borys-page@test.example", password: "correct horse")
            _ = try await borysBrowser.get("/cabinet/requests")
            let refused = try await borysBrowser.post("/orders/\(orderID)/change-requests", form: ["description": "Not mine"])
            #expect(refused.status == .notFound)
        }
    }
}
