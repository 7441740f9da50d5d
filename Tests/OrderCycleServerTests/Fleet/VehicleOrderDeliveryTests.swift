import Foundation
import OrderCycleCore
import SQLKit
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A vehicle order that carries an order of the cycle times that order's delivery stage, and the
/// client rates its delivered vehicle order (DOMAIN §2.5), on SQLite and PostgreSQL.
@Suite("Vehicle orders: the carried order's delivery stage, the client's rating")
struct VehicleOrderDeliveryTests {
    static let start = VehicleOrderTests.start

    func delivery(_ app: Application, order: String, token: String) async throws -> [String: Any]? {
        let r = try await app.api(.GET, "/api/v1/orders/\(order)", headers: .bearer(token))
        return (r.json["stages"] as? [[String: Any]])?.first { $0["stage"] as? String == "delivery" }
    }

    @Test func aLinkedVehicleOrderTimesTheOrdersDeliveryStage() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let f = try await VehicleOrderTests.fleet(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (order, _) = try await app.order(NewOrder(client_id: f.world.client, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: staff)
            let (foreign, _) = try await app.order(NewOrder(client_id: f.world.otherClient, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: staff)

            // Another client's order cannot be carried: 422 naming order_id, and nothing is stored.
            var body = VehicleOrderTests.order()
            body["order_id"] = .string(foreign)
            let refused = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: body)
            #expect(refused.status == .unprocessableEntity, "\(refused.text)")
            #expect(((refused.json["errors"] as? [[String: Any]])?.first?["field"] as? String) == "order_id")
            #expect((try await app.api(.GET, "/api/v1/vehicle-orders", headers: .bearer(f.client)).json["items"] as? [Any])?.count == 0)

            body["order_id"] = .string(order)
            let created = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: body)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.json["order_id"] as? String == order)
            let id = try #require(created.json["id"] as? String)
            func move(_ to: String, extra: [String: AnyCodableValue] = [:]) async throws {
                var b = extra
                b["to"] = .string(to)
                let r = try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.dispatcher), json: b)
                #expect(r.status == .ok, "\(to): \(r.text)")
            }
            try await move("assigned", extra: ["vehicle_id": .string(f.van.uuidString), "driver_id": .string(f.driver.uuidString)])
            #expect(try await delivery(app, order: order, token: staff)?["started_at"] as? String == nil)
            hand.advance(by: 600)
            try await move("en_route")
            let departed = hand.now()
            let started = try await delivery(app, order: order, token: staff)
            #expect(started?["started_at"] as? String == ISO8601DateFormatter().string(from: departed))
            #expect(started?["finished_at"] as? String == nil)
            // Steps minutes apart: the test's tokens last an hour of the clock.
            hand.advance(by: 600); try await move("arrived")
            hand.advance(by: 300); try await move("loaded")
            hand.advance(by: 1_200); try await move("delivered")
            let finished = try await delivery(app, order: order, token: staff)
            #expect(finished?["started_at"] as? String == ISO8601DateFormatter().string(from: departed))
            #expect(finished?["finished_at"] as? String == ISO8601DateFormatter().string(from: hand.now()))
            // The stage was recorded by the order area's own operation: its audit entries name the stage.
            let audits = try await app.db.sql.raw("SELECT \"after\" FROM audit_events WHERE entity = 'orders' AND entity_id = \(bind: UUID(uuidString: order)!)").all()
            #expect(try audits.filter { (try $0.decode(column: "after", as: String?.self) ?? "").contains("\"delivery\"") }.count == 2)
        }
    }

    @Test func theClientRatesItsDeliveredVehicleOrderAndNoOneElseDoes() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let f = try await VehicleOrderTests.fleet(app)
            let created = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: VehicleOrderTests.order())
            let id = try #require(created.json["id"] as? String)
            func rate(_ token: String, _ body: [String: AnyCodableValue]) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/rating", headers: .bearer(token), json: body)
            }
            // Not delivered yet: 409.
            #expect(try await rate(f.client, ["rating": .number(5)]).status == .conflict)
            for step in ["assigned", "en_route", "arrived", "loaded", "delivered"] {
                var b: [String: AnyCodableValue] = ["to": .string(step)]
                if step == "assigned" { b["vehicle_id"] = .string(f.van.uuidString); b["driver_id"] = .string(f.driver.uuidString) }
                let r = try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.dispatcher), json: b)
                #expect(r.status == .ok, "\(r.text)")
            }
            #expect(try await rate(f.dispatcher, ["rating": .number(5)]).status == .forbidden)
            #expect(try await rate(f.otherClient, ["rating": .number(5)]).status == .notFound)
            let bad = try await rate(f.client, ["rating": .number(6)])
            #expect(bad.status == .unprocessableEntity)
            #expect(((bad.json["errors"] as? [[String: Any]])?.first?["field"] as? String) == "rating")
            let ok = try await rate(f.client, ["rating": .number(4), "comment": .string("On time, careful driver")])
            #expect(ok.status == .ok, "\(ok.text)")
            #expect(ok.json["rating"] as? Int == 4)
            #expect(ok.json["rating_comment"] as? String == "On time, careful driver")
            let read = try await app.api(.GET, "/api/v1/vehicle-orders/\(id)", headers: .bearer(f.dispatcher))
            #expect(read.json["rating"] as? Int == 4)
        }
    }

    @Test func theClientRatesOnTheOrdersPageWithTheSameOperation() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            let f = try await VehicleOrderTests.fleet(app)
            try await makeUser(app, role: .client, email: "rater@test.example", clientID: f.world.client)
            let created = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: VehicleOrderTests.order())
            let id = try #require(created.json["id"] as? String)
            for step in ["assigned", "en_route", "arrived", "loaded", "delivered"] {
                var b: [String: AnyCodableValue] = ["to": .string(step)]
                if step == "assigned" { b["vehicle_id"] = .string(f.van.uuidString); b["driver_id"] = .string(f.driver.uuidString) }
                _ = try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.dispatcher), json: b)
            }
            let browser = Browser(app)
            _ = try await browser.logIn(email: "rater@test.example", password: "correct horse")
            let page = String(buffer: try await browser.get("/vehicle-orders/\(id)").body)
            #expect(page.contains("id=\"vo-rate\""))
            // No rating chosen: refused beside the field, the comment kept.
            let refused = try await browser.post("/vehicle-orders/\(id)/rating", form: ["rating": "", "comment": "Kept text"])
            #expect(refused.status == .unprocessableEntity)
            let again = String(buffer: refused.body)
            #expect(again.contains("id=\"rating-error\"") && again.contains("value=\"Kept text\""))
            let rated = try await browser.post("/vehicle-orders/\(id)/rating", form: ["rating": "5", "comment": "Very good"])
            #expect(rated.status == .seeOther)
            let read = try await app.api(.GET, "/api/v1/vehicle-orders/\(id)", headers: .bearer(f.client))
            #expect(read.json["rating"] as? Int == 5 && read.json["rating_comment"] as? String == "Very good")
            // Without the form's token the rating is refused.
            let forged = try await browser.post("/vehicle-orders/\(id)/rating", form: ["rating": "1"], csrf: false)
            #expect(forged.status == .forbidden)
        }
    }
}
