import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Events that someone must act on become tasks on their board (DOMAIN §2.2: every incoming
/// task in one system, so none is lost).
@Suite("Claims and unanswered calls become tasks for the client's manager")
struct AutomaticTasksTests {
    @Test func aMissedCallAndAClaimLandOnTheManagersBoard() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
            let client = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["(044) 123-45-67"])
            let team = try await WorkSetup.createTeam(name: "Client service", now: app.clock.now(), on: app.db)
            try await WorkSetup.setMember(manager.id!, of: team, now: app.clock.now(), on: app.db)
            let (board, _) = try await WorkSetup.createBoard(team: team, name: "Clients", now: app.clock.now(), on: app.db)

            // A call nobody answered: a call-back task for the client's manager.
            let pbx = try await IncomingCallTests.exchangeToken(app)
            let call = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                         json: IncomingCallTests.Call(caller: "+380441234567", exchange_call_id: "pbx-missed"))
            let callID = try #require(call.json["call_id"] as? String)
            let ended = try await app.api(.PATCH, "/api/v1/telephony/calls/\(callID)", headers: .bearer(pbx, [("If-Match", "\"1\"")]), json: ["outcome": "missed"])
            #expect(ended.status == .ok, "\(ended.text)")

            // A claim on a dispatched order: a task for the same manager.
            let (_, admin) = try await makeUser(app, role: .admin)
            let product = Product(sku: "BOX-A", name: "Box", category: "Boxes", unit: "pcs", priceMinor: 100, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 1).create(on: app.db)
            var (order, version) = try await app.order(NewOrder(client_id: client.id, status: "received", lines: [.init(product_id: product.id!, quantity: 1)]), token: admin)
            for step in ["placed", "invoiced", "picked", "dispatched"] {
                version = try #require(try await app.step(order, to: step, version: version, token: admin).json["version"] as? Int)
            }
            let claim = try await app.api(.POST, "/api/v1/orders/\(order)/claims", headers: .bearer(admin), json: ["reason": "damaged", "description": "Crushed"])
            #expect(claim.status == .created, "\(claim.text)")

            let tasks = try await app.api(.GET, "/api/v1/tasks?responsible_id=me", headers: .bearer(token))
            let items = try #require(tasks.json["items"] as? [[String: Any]])
            #expect(Set(items.compactMap { $0["source"] as? String }) == ["missed_call", "claim"], "\(tasks.text)")
            #expect(items.allSatisfy { $0["board_id"] as? String == board.uuidString && $0["client_id"] as? String == client.id.uuidString })
            let claimTask = try #require(items.first { $0["source"] as? String == "claim" })
            #expect(claimTask["order_id"] as? String == order && claimTask["claim_id"] != nil && claimTask["priority"] as? String == "high")
        }
    }
}
