import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

struct RatingBody: Encodable, Sendable { var rating: Int; var comment: String? }

@Suite("A client sees only its own orders")
struct OrderIsolationTests {
    @Test func aClientComposesAndSendsItsOwnOrder() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
            // client_id in the body is ignored: the client's own record is used
            let (id, version) = try await app.order(NewOrder(client_id: world.otherClient, lines: [.init(product_id: world.stocked, quantity: 1)]), token: client)
            let order = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(client))
            #expect(order.json["client_id"] as? String == world.client.uuidString)
            #expect(order.json["channel"] as? String == "cabinet")
            #expect(try await app.step(id, to: "sent", version: version, token: client).status == .ok)
        }
    }

    @Test func anotherClientsOrderIsNotFoundAnywhere() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (_, intruder) = try await makeUser(app, role: .client, clientID: world.otherClient)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            for step in ["placed", "invoiced", "picked", "dispatched", "delivered"] {
                version = try await app.step(id, to: step, version: version, token: staff).json["version"] as! Int
            }
            let h = HTTPHeaders.bearer(intruder, [("If-Match", "\"\(version)\"")])
            #expect(try await app.api(.GET, "/api/v1/orders/\(id)", headers: h).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/orders/\(id)/transitions", headers: h, json: ["to": "accepted"]).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/orders/\(id)/rating", headers: h, json: RatingBody(rating: 1, comment: nil)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/orders/\(id)/comments", headers: h).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/orders/\(id)/comments", headers: h, json: ["body": "hi"]).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/orders/\(id)/claims", headers: h, json: ["reason": "late", "description": "x"]).status == .notFound)
            let list = try await app.api(.GET, "/api/v1/orders", headers: .bearer(intruder))
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
            let claims = try await app.api(.GET, "/api/v1/claims", headers: .bearer(intruder))
            #expect((claims.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func onlyTheClientRatesItsOrderAndTheFormStartsWithoutARating() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (_, admin) = try await makeUser(app, role: .admin)
            try await makeUser(app, role: .manager, email: "rm@test.example", password: "correct horse")
            try await makeUser(app, role: .client, email: "rc@test.example", password: "correct horse", clientID: world.client)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            for step in ["placed", "invoiced", "picked", "dispatched", "delivered"] {
                version = try await app.step(id, to: step, version: version, token: staff).json["version"] as! Int
            }
            // staff may not put words in the client's mouth, through the API or the page
            for token in [staff, admin] {
                let refused = try await app.api(.POST, "/api/v1/orders/\(id)/rating", headers: .bearer(token, [("If-Match", "\"\(version)\"")]),
                                                json: RatingBody(rating: 5, comment: nil))
                #expect(refused.status == .forbidden)
            }
            let manager = Browser(app)
            try await manager.logIn(email: "rm@test.example", password: "correct horse")
            var page = try await manager.get("/orders/\(id)")
            #expect(!page.text.contains("id=\"rating\""))
            #expect(page.text.contains("id=\"order-rating\""))
            let posted = try await manager.post("/orders/\(id)/rating", form: ["rating": "5", "version": String(version)])
            #expect(posted.status == .forbidden)
            #expect(try await Order.find(UUID(uuidString: id), on: app.db)?.rating == nil)

            // the client's form chooses nothing until the client does, and refuses an empty choice
            let client = Browser(app)
            try await client.logIn(email: "rc@test.example", password: "correct horse")
            page = try await client.get("/orders/\(id)")
            #expect(page.text.contains("<select id=\"rating\" name=\"rating\" required><option value=\"\" selected>"))
            #expect(!page.text.contains("<option value=\"1\" selected>"))
            let empty = try await client.post("/orders/\(id)/rating", form: ["rating": "", "version": String(version)])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await Order.find(UUID(uuidString: id), on: app.db)?.rating == nil)
            let rated = try await client.post("/orders/\(id)/rating", form: ["rating": "4", "version": String(version)])
            #expect(rated.status == .seeOther)
            page = try await manager.get("/orders/\(id)")
            #expect(page.text.contains("4/5"))
        }
    }

    @Test func theBuyerAcceptsRatesClaimsAndStaffResolve() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (_, buyer) = try await makeUser(app, role: .client, clientID: world.client)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 2)]), token: staff)
            for step in ["placed", "invoiced", "picked", "dispatched", "delivered"] {
                version = try await app.step(id, to: step, version: version, token: staff).json["version"] as! Int
            }
            let accepted = try await app.step(id, to: "accepted", version: version, token: buyer)
            #expect(accepted.status == .ok)
            version = accepted.json["version"] as! Int
            let rated = try await app.api(.POST, "/api/v1/orders/\(id)/rating", headers: .bearer(buyer, [("If-Match", "\"\(version)\"")]),
                                          json: RatingBody(rating: 4, comment: "Fine"))
            #expect(rated.json["rating"] as? Int == 4)
            let ratedVersion = rated.json["version"] as? Int ?? 0
            let badRating = try await app.api(.POST, "/api/v1/orders/\(id)/rating", headers: .bearer(buyer, [("If-Match", "\"\(ratedVersion)\"")]),
                                              json: RatingBody(rating: 6, comment: nil))
            #expect(badRating.status == .unprocessableEntity)
            let claim = try await app.api(.POST, "/api/v1/orders/\(id)/claims", headers: .bearer(buyer), json: ["reason": "damaged", "description": "One box crushed"])
            #expect(claim.status == .created)
            let claimID = try #require(claim.json["id"] as? String)
            #expect(try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(buyer, [("If-Match", "\"1\"")]), json: ["status": "resolved", "resolution": "x"]).status == .forbidden)
            let resolved = try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(staff, [("If-Match", "\"1\"")]), json: ["status": "resolved", "resolution": "Replaced the box"])
            #expect(resolved.json["status"] as? String == "resolved")
            let order = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(buyer))
            #expect(order.json["claim_count"] as? Int == 1)
            let comment = try await app.api(.POST, "/api/v1/orders/\(id)/comments", headers: .bearer(buyer), json: ["body": "Thanks!"])
            #expect(comment.json["from_client"] as? Bool == true)
        }
    }
}
