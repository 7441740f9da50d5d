import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("A placed order short of stock waits or is split")
struct OrderShortfallTests {
    /// An order for 5 of the scarce product (2 on hand) and 3 of the stocked one (10 on hand),
    /// placed: 2 and 3 reserved.
    func shortOrder(_ app: Application, _ world: OrderWorld, token: String) async throws -> (id: String, version: Int) {
        let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received",
                                                         lines: [.init(product_id: world.scarce, quantity: 5), .init(product_id: world.stocked, quantity: 3)]), token: token)
        let placed = try await app.step(id, to: "placed", version: version, token: token)
        #expect(placed.json["unsatisfied_from_stock"] as? Bool == true)
        return (id, try #require(placed.json["version"] as? Int))
    }

    func post(_ app: Application, _ path: String, version: Int, token: String, key: String? = nil) async throws -> TestingHTTPResponse {
        var extra = [("If-Match", "\"\(version)\"")]
        if let key { extra.append(("Idempotency-Key", key)) }
        return try await app.api(.POST, path, headers: .bearer(token, extra))
    }

    @Test func splittingMovesWhatIsMissingIntoANewOrderLinkedBothWays() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await shortOrder(app, world, token: staff)
            let split = try await post(app, "/api/v1/orders/\(id)/split", version: version, token: staff, key: "split-1")
            #expect(split.status == .created, "\(split.text)")
            #expect(split.json["status"] as? String == "received")
            let moved = try #require(split.json["lines"] as? [[String: Any]])
            #expect(moved.count == 1)
            #expect(moved.first?["product_id"] as? String == world.scarce.uuidString)
            #expect(moved.first?["quantity"] as? Int == 3)
            #expect(split.json["total_minor"] as? Int == 3 * 1_250)
            #expect((split.json["split_from"] as? [String: Any])?["id"] as? String == id)

            let original = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(staff))
            let kept = try #require(original.json["lines"] as? [[String: Any]])
            #expect(kept.map { $0["quantity"] as? Int } == [2, 3])
            #expect(kept.allSatisfy { $0["quantity"] as? Int == $0["reserved_quantity"] as? Int })
            #expect(original.json["total_minor"] as? Int == 5 * 1_250)
            #expect(original.json["version"] as? Int == version + 1)
            // the stockout happened: the original keeps its mark for the indicator
            #expect(original.json["unsatisfied_from_stock"] as? Bool == true)
            #expect((original.json["split_into"] as? [[String: Any]])?.first?["id"] as? String == split.json["id"] as? String)
            // stock: the reserve is untouched, nothing reserved for the new order yet
            let product = try await app.api(.GET, "/api/v1/products/\(world.scarce)", headers: .bearer(staff))
            #expect(product.json["reserved"] as? Int == 2)

            // a replay gives the same new order, and nothing is split twice
            let replay = try await post(app, "/api/v1/orders/\(id)/split", version: version, token: staff, key: "split-1")
            #expect(replay.json["id"] as? String == split.json["id"] as? String)
            #expect(try await Order.query(on: app.db).count() == 2)
            // nothing is missing any more
            let again = try await post(app, "/api/v1/orders/\(id)/split", version: version + 1, token: staff)
            #expect(again.status == .conflict)
        }
    }

    @Test func aWaitingOrderReservesWhatArrivedSince() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (_, admin) = try await makeUser(app, role: .admin)
            let (id, version) = try await shortOrder(app, world, token: staff)
            let receipt = try await app.api(.POST, "/api/v1/products/\(world.scarce)/stock-movements", headers: .bearer(admin),
                                            json: ["kind": .string("receipt"), "quantity": .int(2)] as [String: AnyCodable])
            #expect(receipt.status == .created, "\(receipt.text)")
            let topped = try await post(app, "/api/v1/orders/\(id)/reserve", version: version, token: staff)
            #expect(topped.status == .ok, "\(topped.text)")
            #expect((topped.json["lines"] as? [[String: Any]])?.first?["reserved_quantity"] as? Int == 4)
            #expect(topped.headers.first(name: .eTag) == "\"\(version + 1)\"")
        }
    }

    @Test func refusedSplitsChangeNothing() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .operator)
            let (_, worker) = try await makeUser(app, role: .worker)
            let (id, version) = try await shortOrder(app, world, token: staff)
            // a stale version, no version, a role that may not, an order not short
            #expect(try await post(app, "/api/v1/orders/\(id)/split", version: version - 1, token: staff).status == .preconditionFailed)
            #expect(try await app.api(.POST, "/api/v1/orders/\(id)/split", headers: .bearer(staff)).status == .preconditionRequired)
            #expect(try await post(app, "/api/v1/orders/\(id)/split", version: version, token: worker).status == .forbidden)
            let (full, fullVersion) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let placed = try await app.step(full, to: "placed", version: fullVersion, token: staff)
            #expect(try await post(app, "/api/v1/orders/\(full)/split", version: placed.json["version"] as! Int, token: staff).status == .conflict)
            // nothing reserved at all: it can only wait
            let (none, noneVersion) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 4)]), token: staff)
            let placedNone = try await app.step(none, to: "placed", version: noneVersion, token: staff)
            let refused = try await post(app, "/api/v1/orders/\(none)/split", version: placedNone.json["version"] as! Int, token: staff)
            #expect(refused.status == .conflict)
            #expect(try await Order.query(on: app.db).count() == 3)
            let lines = try await OrderLine.query(on: app.db).filter(\.$orderID == UUID(uuidString: id)!).sort(\.$lineNo).all()
            #expect(lines.map(\.quantity) == [5, 3])
        }
    }

    @Test func theOrderPageOffersTheSplitAndLinksBothOrders() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "log@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await shortOrder(app, world, token: staff)
            let browser = Browser(app)
            try await browser.logIn(email: "log@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)")
            #expect(page.text.contains("id=\"split-missing\""))
            #expect(page.text.contains("id=\"reserve-missing\""))
            let done = try await browser.post("/orders/\(id)/split", form: ["version": String(version)])
            #expect(done.status == .seeOther || done.status == .found || done.status == .movedPermanently, "\(done.status)")
            let after = try await browser.get("/orders/\(id)")
            #expect(after.text.contains("id=\"order-splits\""))
            #expect(!after.text.contains("id=\"split-missing\""))
            let remainder = try #require(try await Order.query(on: app.db).filter(\.$splitFromID == UUID(uuidString: id)!).first())
            let other = try await browser.get("/orders/\(remainder.id!.uuidString)", headers: ["Accept-Language": "ru"])
            #expect(other.text.contains("Выделен из"))
        }
    }
}
