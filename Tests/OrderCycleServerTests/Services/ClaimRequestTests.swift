import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// A claim on an order is worked as a post-sale request: filed through the claims API or as a
/// request of kind `claim`, moved through the request's steps from either side, the claim's
/// row following, and counted in F (not in η) of the department's figures.
@Suite("Services: claims are worked as post-sale requests")
struct ClaimRequestTests {
    @Test func aClaimIsFiledAndWorkedThroughTheRequestFlowAndTheClaimsAPIKeepsAnswering() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "CLM-1", name: "Printer", category: "Devices", unit: "pcs", priceMinor: 120_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 2)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))
            try await app.db.sql.raw("UPDATE orders SET status = 'delivered' WHERE id = \(bind: orderID)").run()
            func claim(_ id: UUID) async throws -> [String: Any]? {
                let listed = try await app.api(.GET, "/api/v1/claims?limit=100", headers: .bearer(w.manager.token))
                return ((listed.json["items"] as? [[String: Any]]) ?? []).first { $0["id"] as? String == id.uuidString }
            }

            // Filed through the claims API: its request carries the claim's id, kind claim, new.
            let filed = try await app.api(.POST, "/api/v1/orders/\(orderID)/claims", headers: .bearer(w.acmeToken),
                                          json: ["reason": "damaged", "description": "One printer cracked"])
            #expect(filed.status == .created, "\(filed.text)")
            let claimID = try #require((filed.json["id"] as? String).flatMap(UUID.init(uuidString:)))
            let request = try w.request(try await app.api(.GET, "/api/v1/requests/\(claimID)", headers: .bearer(w.acmeToken)))
            #expect(request.kind == "claim" && request.status == "new" && request.order_id == orderID && request.price_minor == 0)
            // Another client does not see it; a client does not move it (403), staff do.
            #expect(try await app.api(.GET, "/api/v1/requests/\(claimID)", headers: .bearer(w.borysToken)).status == .notFound)
            #expect(try await w.move(claimID, to: "accepted", token: w.acmeToken).status == .forbidden)
            #expect(try await claim(claimID)?["status"] as? String == "open")

            // Worked on the requests side: the claim follows.
            #expect(try await w.move(claimID, to: "accepted").status == .ok)
            #expect(try await claim(claimID)?["status"] as? String == "in_progress")
            #expect(try await w.move(claimID, to: "done").status == .ok)
            #expect(try await w.move(claimID, to: "closed", satisfied: true, reason: "A new printer was sent").status == .ok)
            let resolved = try #require(try await claim(claimID))
            #expect(resolved["status"] as? String == "resolved" && resolved["resolution"] as? String == "A new printer was sent")

            // Filed as a request of kind claim: the order's claim exists, and the claims API
            // rejects it through the request's refusal.
            let unnamed = try await w.file("claim", token: w.acmeToken, description: "Late")
            #expect(unnamed.status == .unprocessableEntity && unnamed.text.contains("order_id"))
            let asRequest = try await app.api(.POST, "/api/v1/requests", headers: .bearer(w.acmeToken),
                                              json: ServiceRequestInput(kind: "claim", order_id: orderID, description: "Came a day late"))
            #expect(asRequest.status == .created, "\(asRequest.text)")
            let second = try w.request(asRequest)
            let secondClaim = try #require(try await claim(second.id))
            #expect(secondClaim["status"] as? String == "open" && secondClaim["order_id"] as? String == orderID.uuidString)
            let version = try #require(secondClaim["version"] as? Int)
            let stale = try await app.api(.PATCH, "/api/v1/claims/\(second.id)", headers: .bearer(w.manager.token, [("If-Match", "\"\(version + 5)\"")]),
                                          json: ["status": "rejected", "resolution": "Delivered within the window"])
            #expect(stale.status == .preconditionFailed)
            #expect(try w.request(try await app.api(.GET, "/api/v1/requests/\(second.id)", headers: .bearer(w.manager.token))).status == "new")
            let rejected = try await app.api(.PATCH, "/api/v1/claims/\(second.id)", headers: .bearer(w.manager.token, [("If-Match", "\"\(version)\"")]),
                                             json: ["status": "rejected", "resolution": "Delivered within the window"])
            #expect(rejected.status == .ok, "\(rejected.text)")
            #expect(rejected.json["status"] as? String == "rejected")
            let refused = try w.request(try await app.api(.GET, "/api/v1/requests/\(second.id)", headers: .bearer(w.manager.token)))
            #expect(refused.status == "refused" && refused.reason == "Delivered within the window" && refused.satisfied == false)

            // F counts both decisions, one satisfied; claims alone make no client of η.
            let figures = try await app.api(.GET, "/api/v1/service-figures?from=2026-03-01&to=2026-03-31&client_id=\(w.acme.id)", headers: .bearer(w.admin))
            #expect(figures.json["decided"] as? Int == 2 && figures.json["satisfied"] as? Int == 1, "\(figures.text)")
            #expect(figures.json["flexibility"] as? Double == 0.5)
            #expect(figures.json["clients"] as? Int == 0 && !(figures.json["service_level_by_count"] is Double))
        }
    }

    @Test func aClaimMadeBeforeClaimsWereRequestsGetsItsRequestWhenFirstWorked() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "CLM-2", name: "Toner", category: "Devices", unit: "pcs", priceMinor: 20_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 1)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))
            let claimID = UUID()
            try await app.db.sql.raw("""
                INSERT INTO claims (id, version, order_id, client_id, reason, description, status, created_at, created_day)
                VALUES (\(bind: claimID), 1, \(bind: orderID), \(bind: w.acme.id), 'shortage', 'One toner missing', 'open', \(bind: ServicesWorld.start), '2026-03-04')
                """).run()
            #expect(try await app.api(.GET, "/api/v1/requests/\(claimID)", headers: .bearer(w.manager.token)).status == .notFound)
            let taken = try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(w.manager.token, [("If-Match", "\"1\"")]),
                                          json: ["status": "in_progress"])
            #expect(taken.status == .ok, "\(taken.text)")
            let request = try w.request(try await app.api(.GET, "/api/v1/requests/\(claimID)", headers: .bearer(w.manager.token)))
            #expect(request.kind == "claim" && request.status == "accepted" && request.client_id == w.acme.id)
            let version = try #require(taken.json["version"] as? Int)
            let resolved = try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(w.manager.token, [("If-Match", "\"\(version)\"")]),
                                             json: ["status": "resolved", "resolution": "Sent the missing toner"])
            #expect(resolved.status == .ok && resolved.json["status"] as? String == "resolved", "\(resolved.text)")
            let closed = try w.request(try await app.api(.GET, "/api/v1/requests/\(claimID)", headers: .bearer(w.manager.token)))
            #expect(closed.status == "closed" && closed.satisfied == true && closed.reason == "Sent the missing toner" && closed.done_at != nil)
            // The client is refused the claims API's change (403), as before.
            #expect(try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(w.acmeToken, [("If-Match", "*")]),
                                      json: ["status": "rejected", "resolution": "x"]).status == .forbidden)
        }
    }
}
