import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The dispatcher's form orders a vehicle on a client's behalf carrying one of its orders, named
/// by number; another client's order is refused beside the field and nothing is stored.
@Suite("Fleet: the dispatcher's form links an order")
struct DispatcherOrderLinkTests {
    @Test func theDispatcherNamesTheClientsOrderByNumber() async throws {
        let hand = ManualClock(VehicleOrderTests.start)
        try await withApp(clock: hand.clock) { app in
            let f = try await VehicleOrderTests.fleet(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (order, _) = try await app.order(NewOrder(client_id: f.world.client, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: staff)
            let (foreign, _) = try await app.order(NewOrder(client_id: f.world.otherClient, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: staff)
            func number(_ id: String) async throws -> String {
                try await app.db.sql.raw("SELECT number FROM orders WHERE id = \(bind: UUID(uuidString: id)!)").first()!.decode(column: "number", as: String.self)
            }
            let browser = Browser(app)
            _ = try await makeUser(app, role: .logistician, email: "dispatcher-link@test.example", password: "correct horse")
            try await browser.logIn(email: "dispatcher-link@test.example", password: "correct horse")
            let board = try await browser.get("/vehicle-orders")
            #expect(board.text.contains("name=\"order_number\""))
            var form = ["client_id": f.world.client.uuidString, "pickup_address": "Москва, ул. Тверская, 7", "destination_address": "Подольск, ул. Кирова, 1",
                        "window_from": "2026-03-02T16:00", "window_to": "2026-03-02T18:00", "weight_kg": "500", "volume_m3": "3", "pieces": "4",
                        "vehicle_type": "van", "order_number": try await number(foreign)]
            let refused = try await browser.post("/vehicle-orders", form: form)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("id=\"order_number-error\""), "\(refused.status)")
            #expect(try await app.db.sql.raw("SELECT id FROM vehicle_orders").all().isEmpty)

            form["order_number"] = "№ " + (try await number(order))
            let created = try await browser.post("/vehicle-orders", form: form)
            #expect(created.status == .seeOther || created.status == .found, "\(created.status) \(created.text.prefix(500))")
            let linked = try await app.db.sql.raw("SELECT order_id FROM vehicle_orders").all()
            #expect(linked.count == 1)
            let carried = try linked.first?.decode(column: "order_id", as: UUID?.self)
            #expect(carried == UUID(uuidString: order))
        }
    }
}
