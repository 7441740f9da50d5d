import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A buyer orders at the catalogue's prices; the price, the promised date and the priority
/// are staff's to set (ASVS 5.0 V2.3: business logic values come from the server).
@Suite("A client cannot set its own price, promise or priority")
struct ClientPricingTests {
    func fields(_ response: TestingHTTPResponse) -> Set<String> {
        Set((response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
    }

    @Test(arguments: [
        (#""lines": [{"product_id": "$P", "quantity": 2, "unit_price_minor": 0}]"#, "lines[0].unit_price_minor"),
        (#""promised_date": "2030-01-01", "lines": [{"product_id": "$P", "quantity": 2}]"#, "promised_date"),
        (#""priority": "urgent", "lines": [{"product_id": "$P", "quantity": 2}]"#, "priority"),
    ])
    func aClientsOrderNamingAStaffFieldIsRefusedAndNothingStored(body: String, field: String) async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
            let json = "{" + body.replacingOccurrences(of: "$P", with: world.stocked.uuidString) + "}"
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(client), raw: json)
            #expect(response.status == .unprocessableEntity, "\(response.text)")
            #expect(fields(response) == [field])
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await OrderLine.query(on: app.db).count() == 0)
        }
    }

    @Test func aClientsOrderIsPricedFromTheCatalogue() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(client),
                                             raw: #"{"lines": [{"product_id": "\#(world.stocked)", "quantity": 2}]}"#)
            #expect(response.status == .created, "\(response.text)")
            let lines = response.json["lines"] as? [[String: Any]] ?? []
            #expect(lines.first?["unit_price_minor"] as? Int == 1_250)
            #expect(response.json["total_minor"] as? Int == 2_500)
            #expect(response.json["priority"] as? String == "normal")
            #expect(response.json["promised_date"] == nil)
        }
    }

    @Test func aManagerStillSetsAPricePromiseAndPriority() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, manager) = try await makeUser(app, role: .manager)
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(manager), raw: """
                {"client_id": "\(world.client)", "priority": "urgent", "promised_date": "2030-01-01",
                 "lines": [{"product_id": "\(world.stocked)", "quantity": 2, "unit_price_minor": 900}]}
                """)
            #expect(response.status == .created, "\(response.text)")
            #expect((response.json["lines"] as? [[String: Any]])?.first?["unit_price_minor"] as? Int == 900)
            #expect(response.json["total_minor"] as? Int == 1_800)
            #expect(response.json["priority"] as? String == "urgent")
            #expect(response.json["promised_date"] as? String == "2030-01-01")
        }
    }

    @Test func theCabinetFormRefusesAPriorityOrPromiseAndOffersNeither() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .client, email: "buyer@test.example", password: "correct horse", clientID: world.client)
            let browser = Browser(app)
            try await browser.logIn(email: "buyer@test.example", password: "correct horse")
            let form = try await browser.get("/orders/new")
            #expect(!form.text.contains("name=\"priority\""))
            #expect(!form.text.contains("name=\"promised_date\""))
            for extra in [["priority": "urgent"], ["promised_date": "2030-01-01"]] {
                let response = try await browser.post("/orders", form: ["sku0": "BOX-1", "qty0": "2"].merging(extra) { a, _ in a })
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("role=\"alert\""))
            }
            #expect(try await Order.query(on: app.db).count() == 0)
            let placed = try await browser.post("/orders", form: ["sku0": "BOX-1", "qty0": "2"])
            #expect(placed.status == .seeOther)
            let order = try #require(try await Order.query(on: app.db).first())
            #expect(order.totalMinor == 2_500)
            #expect(order.priority == .normal)
        }
    }
}
