import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Picking takes what is set aside for each line: a stock line's reservation, a made-to-order
/// line's production. A line with neither holds the pick, and the refusal says which and why.
@Suite("Picking waits for every line's goods")
struct PickingTests {
    /// An invoiced order for 10 of BOX-2 (none on hand) and 1 of the made-to-order CRATE-9.
    func invoicedOrder(_ app: Application, _ world: OrderWorld, token: String) async throws -> (id: String, version: Int) {
        try await StockItem.query(on: app.db).filter(\.$productID == world.scarce).set(\.$onHand, to: 0).update()
        var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received",
                                                         lines: [.init(product_id: world.scarce, quantity: 10), .init(product_id: world.madeToOrder, quantity: 1)]), token: token)
        let placed = try await app.step(id, to: "placed", version: version, token: token)
        // the stock line came up short; the made-to-order line never was stock's to cover
        #expect(placed.json["unsatisfied_from_stock"] as? Bool == true)
        let lines = try #require(placed.json["lines"] as? [[String: Any]])
        #expect(lines.map { $0["made_to_order"] as? Bool } == [false, true])
        version = try #require(placed.json["version"] as? Int)
        version = try #require(try await app.step(id, to: "invoiced", version: version, token: token).json["version"] as? Int)
        return (id, version)
    }

    @Test func aLineNeitherReservedNorMadeHoldsThePickAndTheRefusalNamesIt() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (_, admin) = try await makeUser(app, role: .admin)
            var (id, version) = try await invoicedOrder(app, world, token: staff)

            let refused = try await app.step(id, to: "picked", version: version, token: staff)
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "lines_not_ready")
            let errors = try #require(refused.json["errors"] as? [[String: Any]])
            #expect(errors.map { $0["field"] as? String } == ["lines[0]", "lines[1]"])
            #expect((errors[0]["message"] as? String)?.contains("BOX-2") == true)
            #expect((errors[0]["message"] as? String)?.contains("reserved 0 of 10") == true)
            #expect((errors[1]["message"] as? String)?.contains("made to order") == true)
            #expect(try await Order.find(UUID(uuidString: id), on: app.db)?.status == .invoiced)

            // stock arrives and is reserved for the invoiced order: only the made-to-order line holds it
            let receipt = try await app.api(.POST, "/api/v1/products/\(world.scarce)/stock-movements", headers: .bearer(admin),
                                            json: ["kind": .string("receipt"), "quantity": .int(10)] as [String: AnyCodable])
            #expect(receipt.status == .created)
            let reserved = try await app.api(.POST, "/api/v1/orders/\(id)/reserve", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]))
            #expect(reserved.status == .ok, "\(reserved.text)")
            version = try #require(reserved.json["version"] as? Int)
            let stillHeld = try await app.step(id, to: "picked", version: version, token: staff)
            #expect((stillHeld.json["errors"] as? [[String: Any]])?.map { $0["field"] as? String } == ["lines[1]"])

            // production finished: the made-to-order line is made, and the order is picked
            for action in ["start", "finish"] {
                let stage = try await app.api(.POST, "/api/v1/orders/\(id)/stages/production", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["action": action])
                version = try #require(stage.json["version"] as? Int)
            }
            let picked = try await app.step(id, to: "picked", version: version, token: staff)
            #expect(picked.status == .ok, "\(picked.text)")
        }
    }

    @Test func aMadeToOrderLineIsLabelledAndDoesNotMakeTheOrderUnsatisfiedFromStock() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "mto@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 3)]), token: staff)
            let placed = try await app.step(id, to: "placed", version: version, token: staff)
            #expect(placed.json["unsatisfied_from_stock"] as? Bool == false)

            let browser = Browser(app)
            try await browser.logIn(email: "mto@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)")
            #expect(page.text.contains("data-made-to-order>made to order<"))
            #expect(!page.text.contains("not satisfied from stock"))
            #expect(!page.text.contains("id=\"reserve-missing\""))
        }
    }

    @Test func theOrderPageSaysWhichLinesHoldThePickAndWhy() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "pick@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await invoicedOrder(app, world, token: staff)
            let browser = Browser(app)
            try await browser.logIn(email: "pick@test.example", password: "correct horse")

            let page = try await browser.get("/orders/\(id)")
            #expect(page.text.contains("id=\"pick-held\""))
            #expect(page.text.contains("Line 1 (BOX-2): reserved 0 of 10"))
            #expect(page.text.contains("Line 2 (CRATE-9): made to order"))
            #expect(page.text.contains("id=\"step-picked\" disabled"))
            let ru = try await browser.get("/orders/\(id)", headers: ["Accept-Language": "ru"])
            #expect(ru.text.contains("Позиция 1 (BOX-2): в резерве 0 из 10"))

            // a form sent anyway is refused with the same reasons beside the steps
            let sent = try await browser.post("/orders/\(id)/step", form: ["to": "picked", "version": String(version)])
            #expect(sent.status == .conflict)
            #expect(sent.text.contains("reserved 0 of 10"))
            #expect(try await Order.find(UUID(uuidString: id), on: app.db)?.status == .invoiced)
        }
    }
}
