import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Orders through the logistics order cycle")
struct OrderCycleTests {
    @Test func anOrderWalksEveryStepAndKeepsItsHistory() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 3)]), token: staff)
            for step in ["sent", "received", "placed", "invoiced", "picked", "dispatched", "delivered", "accepted"] {
                let response = try await app.step(id, to: step, version: version, token: staff)
                #expect(response.status == .ok, "\(step): \(response.text)")
                version = response.json["version"] as? Int ?? version
            }
            let order = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(staff))
            #expect(order.json["status"] as? String == "accepted")
            #expect((order.json["history"] as? [[String: Any]])?.count == 9)
            let cycle = try #require(order.json["cycle"] as? [String: Any])
            #expect(cycle["complete"] as? Bool == true)
            let seller = try #require(cycle["seller_seconds"] as? Int)
            let sum = try #require(cycle["stages_sum_seconds"] as? Int)
            let overlap = try #require(cycle["overlap_seconds"] as? Int)
            let gaps = try #require(cycle["interruption_seconds"] as? Int)
            #expect(seller == sum - overlap + gaps)
            // stock: 3 reserved then shipped
            let product = try await app.api(.GET, "/api/v1/products/\(world.stocked)", headers: .bearer(staff))
            #expect(product.json["on_hand"] as? Int == 7)
            #expect(product.json["reserved"] as? Int == 0)
        }
    }

    @Test func anIllegalStepIs409AndChangesNothing() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let response = try await app.step(id, to: "dispatched", version: version, token: staff)
            #expect(response.status == .conflict)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/illegal-transition")
            let order = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(staff))
            #expect(order.json["status"] as? String == "draft")
            #expect(order.json["version"] as? Int == version)
        }
    }

    @Test func cancellingNeedsAReasonAndReleasesTheReserve() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 4)]), token: staff)
            let placed = try await app.step(id, to: "placed", version: version, token: staff)
            version = placed.json["version"] as! Int
            #expect(try await app.api(.GET, "/api/v1/products/\(world.stocked)", headers: .bearer(staff)).json["reserved"] as? Int == 4)
            let noReason = try await app.step(id, to: "cancelled", version: version, token: staff)
            #expect(noReason.status == .unprocessableEntity)
            let cancelled = try await app.step(id, to: "cancelled", version: version, token: staff, reason: "Client changed plans")
            #expect(cancelled.status == .ok)
            #expect(try await app.api(.GET, "/api/v1/products/\(world.stocked)", headers: .bearer(staff)).json["reserved"] as? Int == 0)
        }
    }

    @Test func placingWhatStockCannotCoverMarksTheOrderUnsatisfied() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.scarce, quantity: 5)]), token: staff)
            let placed = try await app.step(id, to: "placed", version: version, token: staff)
            #expect(placed.json["unsatisfied_from_stock"] as? Bool == true)
            #expect((placed.json["lines"] as? [[String: Any]])?.first?["reserved_quantity"] as? Int == 2)
        }
    }

    /// Placing reserves every product of the order in one pass: each product's stock goes to its
    /// lines in line order, and each product reserved is one movement of the ledger.
    @Test func placingReservesEachProductOnceAndItsLinesInOrder() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            let lines: [NewOrder.Line] = [.init(product_id: world.stocked, quantity: 3), .init(product_id: world.scarce, quantity: 1),
                                          .init(product_id: world.scarce, quantity: 4)]
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: lines), token: staff)
            let placed = try await app.step(id, to: "placed", version: version, token: staff)
            #expect(placed.json["unsatisfied_from_stock"] as? Bool == true)
            #expect((placed.json["lines"] as? [[String: Any]])?.map { $0["reserved_quantity"] as? Int } == [3, 1, 1])
            let stocked = try #require(try await StockLedger.balance(of: world.stocked, on: app.db))
            let scarce = try #require(try await StockLedger.balance(of: world.scarce, on: app.db))
            #expect((stocked.reserved, scarce.reserved, scarce.available) == (3, 2, 0))
            let movements = try await app.db.sql.raw("""
                SELECT product_id, quantity FROM stock_movements WHERE kind = 'reservation' AND order_id = \(bind: UUID(uuidString: id)!)
                """).all().map { (try $0.decode(column: "product_id", as: UUID.self), try $0.decode(column: "quantity", as: Int.self)) }
            #expect(movements.count == 2)
            #expect(Set(movements.map { "\($0.0)=\($0.1)" }) == ["\(world.stocked)=3", "\(world.scarce)=2"])
        }
    }

    @Test func ofTwoConcurrentStepsExactlyOneWins() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for step in ["placed", "cancelled", "placed", "cancelled"] {
                    group.addTask {
                        try await app.testing().sendRequest(.POST, "/api/v1/orders/\(id)/transitions",
                            headers: .bearer(staff, [("If-Match", "\"\(version)\""), ("Content-Type", "application/json")]),
                            body: ByteBuffer(string: #"{"to": "\#(step)", "reason": "race"}"#)).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1)
            let events = try await OrderEvent.query(on: app.db).filter(\.$orderID == UUID(uuidString: id)!).count()
            #expect(events == 2)
        }
    }

    @Test func concurrentOrdersNeverTakeStockBelowZero() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            var orders: [(String, Int)] = []
            for _ in 0..<6 {
                orders.append(try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 3)]), token: staff))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (id, version) in orders {
                    group.addTask { _ = try await app.step(id, to: "placed", version: version, token: staff) }
                }
                try await group.waitForAll()
            }
            let balance = try #require(try await StockLedger.balance(of: world.stocked, on: app.db))
            #expect(balance.onHand == 10)
            #expect(balance.reserved == 10)
            let reservedByOrders = try await OrderLine.query(on: app.db).filter(\.$productID == world.stocked).all().reduce(0) { $0 + $1.reservedQuantity }
            #expect(reservedByOrders == 10)
        }
    }

    @Test func stagesAreTimedAndShownInTheCycle() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: staff)
            version = try await app.step(id, to: "placed", version: version, token: staff).json["version"] as! Int
            let start = try await app.api(.POST, "/api/v1/orders/\(id)/stages/production", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["action": "start"])
            #expect(start.status == .ok)
            version = start.json["version"] as! Int
            let skipNoReason = try await app.api(.POST, "/api/v1/orders/\(id)/stages/materials", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["action": "skip"])
            #expect(skipNoReason.status == .unprocessableEntity)
            let finish = try await app.api(.POST, "/api/v1/orders/\(id)/stages/production", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["action": "finish"])
            #expect(finish.status == .ok)
            let stages = finish.json["stages"] as? [[String: Any]] ?? []
            #expect(stages.contains { $0["stage"] as? String == "production" && $0["finished_at"] != nil })
            #expect(stages.contains { $0["stage"] as? String == "receipt" && $0["finished_at"] != nil })
            // A new product keeps technical preparation; it was not skipped.
            #expect(!stages.contains { $0["stage"] as? String == "technical_preparation" && $0["skipped"] as? Bool == true })
        }
    }

    @Test func aWorkerCannotTakeAnOrderInAndAClientCannotPlaceIt() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, manager) = try await makeUser(app, role: .manager)
            let (_, worker) = try await makeUser(app, role: .worker)
            let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: manager)
            #expect(try await app.step(id, to: "placed", version: version, token: worker).status == .forbidden)
            #expect(try await app.step(id, to: "placed", version: version, token: client).status == .forbidden)
        }
    }

    @Test func invalidOrdersNameEveryFieldAndStoreNothing() async throws {
        try await withApp { app in
            _ = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(staff),
                                             raw: #"{"channel": "pigeon", "promised_date": "2026-02-30", "delivery_method": "\#(String(repeating: "x", count: 101))", "lines": [{"quantity": -3}]}"#)
            #expect(response.status == .unprocessableEntity)
            let fields = Set((response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["client_id", "channel", "promised_date", "delivery_method", "lines[0].product_id", "lines[0].quantity"])
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    @Test func anOrderKeepsItsDeliveryMethod() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .operator, email: "op@test.example", password: "correct horse")
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(staff),
                                             raw: #"{"client_id": "\#(world.client)", "delivery_method": "  Courier ", "lines": [{"product_id": "\#(world.stocked)", "quantity": 1}]}"#)
            #expect(response.status == .created, "\(response.text)")
            #expect(response.json["delivery_method"] as? String == "Courier")
            let id = try #require(response.json["id"] as? String)
            let browser = Browser(app)
            try await browser.logIn(email: "op@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)")
            #expect(page.text.contains("Courier"))
        }
    }
}
