import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Fifty clients at once on the same orders and the same stock, through the API: each one
/// reads an order and takes a step with the version it read, or receives and writes off stock.
struct Storm {
    struct Step: Sendable { var order: String; var expected: Int; var status: UInt; var newVersion: Int? }

    var products: [String]
    var orders: [String]
    var steps: [Step]
    var stockStatuses: [UInt]
    var stockSeen: [(onHand: Int, reserved: Int)]

    static let clients = 50
    static let operationsPerClient = 8

    static func run(_ app: Application) async throws -> Storm {
        let world = try await OrderWorld.make(app)
        let (_, admin) = try await makeUser(app, role: .admin)
        let (_, logistician) = try await makeUser(app, role: .logistician)
        var products: [String] = []
        for (sku, onHand) in [("STORM-P", 40), ("STORM-Q", 10)] {
            let created = try await app.api(.POST, "/api/v1/products", headers: .bearer(admin),
                                            json: ["sku": .string(sku), "name": .string("Storm \(sku)"), "on_hand": .int(onHand)] as [String: AnyCodable])
            products.append(try #require(created.json["id"] as? String, "\(created.text)"))
        }
        var orders: [String] = []
        for _ in 0..<12 {
            let body: [String: AnyCodable] = ["client_id": .string(world.client.uuidString), "status": .string("received"), "lines": .array([
                .object(["product_id": .string(products[0]), "quantity": .int(5)]),
                .object(["product_id": .string(products[1]), "quantity": .int(1)]),
            ])]
            let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: body)
            orders.append(try #require(created.json["id"] as? String, "\(created.text)"))
        }
        let fixedOrders = orders, fixedProducts = products
        enum Outcome: Sendable { case step(Step), stock(UInt, Int?, Int?) }
        let outcomes = try await withThrowingTaskGroup(of: [Outcome].self) { group in
            for client in 0..<clients {
                group.addTask {
                    var rng = DemoRandom(seed: UInt64(client + 1)) // seeded, so a failing storm can be replayed
                    var out: [Outcome] = []
                    for _ in 0..<operationsPerClient {
                        if rng.next() % 10 < 7 {
                            let id = fixedOrders[Int(rng.next() % UInt64(fixedOrders.count))]
                            let read = try await app.testing().sendRequest(.GET, "/api/v1/orders/\(id)", headers: .bearer(admin))
                            let json = read.json
                            guard let version = json["version"] as? Int, let next = json["allowed_next"] as? [String], !next.isEmpty else { continue }
                            // Mostly forward; now and then a cancellation races the forward steps.
                            let forward = next.filter { $0 != "cancelled" }
                            let to = forward.isEmpty || rng.next() % 8 == 0 ? next[next.count - 1] : forward[0]
                            var body = ["to": to]
                            if to == "cancelled" { body["reason"] = "Client \(client) changed their mind" }
                            let response = try await app.testing().sendRequest(.POST, "/api/v1/orders/\(id)/transitions",
                                headers: .bearer(admin, [("If-Match", "\"\(version)\""), ("Content-Type", "application/json")]),
                                body: ByteBuffer(data: try JSONEncoder().encode(body)))
                            out.append(.step(Step(order: id, expected: version, status: response.status.code, newVersion: response.json["version"] as? Int)))
                        } else {
                            let product = fixedProducts[Int(rng.next() % 2)]
                            let receipt = rng.next() % 2 == 0
                            let quantity = receipt ? Int(rng.next() % 3) + 1 : -(Int(rng.next() % 5) + 1)
                            let response = try await app.testing().sendRequest(.POST, "/api/v1/products/\(product)/stock-movements",
                                headers: .bearer(logistician, [("Content-Type", "application/json")]),
                                body: ByteBuffer(string: #"{"kind":"\#(receipt ? "receipt" : "adjustment")","quantity":\#(quantity)}"#))
                            out.append(.stock(response.status.code, response.json["on_hand"] as? Int, response.json["reserved"] as? Int))
                        }
                    }
                    return out
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        var storm = Storm(products: products, orders: orders, steps: [], stockStatuses: [], stockSeen: [])
        for outcome in outcomes {
            switch outcome {
            case .step(let step): storm.steps.append(step)
            case .stock(let status, let onHand, let reserved):
                storm.stockStatuses.append(status)
                if let onHand, let reserved { storm.stockSeen.append((onHand, reserved)) }
            }
        }
        return storm
    }
}

@Suite("Concurrency: fifty clients on the same orders and stock")
struct ConcurrencyTests {
    @Test func everyConflictingWriteEitherWinsOrIsRefused() async throws {
        try await withApp { app in
            let storm = try await Storm.run(app)
            #expect(storm.steps.count + storm.stockStatuses.count > Storm.clients * Storm.operationsPerClient / 2)
            let stepStatuses = Set(storm.steps.map(\.status))
            #expect(stepStatuses.isSubset(of: [200, 409, 412]), "steps answered \(stepStatuses.sorted())")
            #expect(Set(storm.stockStatuses).isSubset(of: [201, 409]), "stock answered \(Set(storm.stockStatuses).sorted())")
            #expect(storm.steps.contains { $0.status == 412 || $0.status == 409 }, "the storm produced no conflict at all")
        }
    }

    @Test func noUpdateIsLost() async throws {
        try await withApp { app in
            let storm = try await Storm.run(app)
            for order in storm.orders {
                let wins = storm.steps.filter { $0.order == order && $0.status == 200 }
                // Two winners from the same version would mean one overwrote the other unseen.
                #expect(Set(wins.map(\.expected)).count == wins.count, "\(order): two steps won from one version")
                #expect(Set(wins.compactMap(\.newVersion)) == Set(wins.map { $0.expected + 1 }))
                let row = try #require(try await app.db.sql.raw("SELECT version FROM orders WHERE id = \(bind: UUID(uuidString: order)!)").first())
                #expect(try row.decode(column: "version", as: Int.self) == 1 + wins.count, "\(order): version does not count the winning steps")
                let events = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM order_events WHERE order_id = \(bind: UUID(uuidString: order)!)").first()
                #expect(try events?.decode(column: "n", as: Int.self) == 1 + wins.count, "\(order): history does not match the winning steps")
            }
        }
    }

    @Test func stockNeverGoesBelowZeroAndTheLedgerBalances() async throws {
        try await withApp { app in
            let storm = try await Storm.run(app)
            for seen in storm.stockSeen {
                #expect(seen.onHand >= 0 && seen.reserved >= 0 && seen.reserved <= seen.onHand, "an answer showed \(seen)")
            }
            for product in storm.products {
                let id = UUID(uuidString: product)!
                let balance = try #require(try await app.db.sql.raw("SELECT on_hand, reserved FROM stock_items WHERE product_id = \(bind: id)").first())
                let onHand = try balance.decode(column: "on_hand", as: Int.self), reserved = try balance.decode(column: "reserved", as: Int.self)
                #expect(onHand >= 0 && reserved >= 0 && reserved <= onHand)
                var sums: [String: Int] = [:]
                for row in try await app.db.sql.raw("SELECT kind, CAST(SUM(quantity) AS BIGINT) AS total FROM stock_movements WHERE product_id = \(bind: id) GROUP BY kind").all() {
                    sums[try row.decode(column: "kind", as: String.self)] = try row.decode(column: "total", as: Int.self)
                }
                let ledgerOnHand = sums["receipt", default: 0] + sums["adjustment", default: 0] - sums["shipment", default: 0]
                let ledgerReserved = sums["reservation", default: 0] - sums["release", default: 0] - sums["shipment", default: 0]
                #expect(onHand == ledgerOnHand, "\(product): on hand \(onHand), ledger \(ledgerOnHand) (\(sums))")
                #expect(reserved == ledgerReserved, "\(product): reserved \(reserved), ledger \(ledgerReserved) (\(sums))")
            }
        }
    }

    @Test func everyOrderHistoryIsALegalPath() async throws {
        try await withApp { app in
            let storm = try await Storm.run(app)
            for order in storm.orders {
                let rows = try await app.db.sql.raw("SELECT from_status, to_status FROM order_events WHERE order_id = \(bind: UUID(uuidString: order)!)").all()
                var edges = try rows.map { (from: try $0.decode(column: "from_status", as: String?.self), to: try $0.decode(column: "to_status", as: String.self)) }
                // Follow the chain from the creation event; every step must be one the machine allows.
                guard let first = edges.firstIndex(where: { $0.from == nil }) else { Issue.record("\(order): no creation event"); continue }
                var current = try #require(OrderStatus(rawValue: edges.remove(at: first).to))
                while let next = edges.firstIndex(where: { $0.from == current.rawValue }) {
                    let to = try #require(OrderStatus(rawValue: edges.remove(at: next).to))
                    #expect(current.allowedNext.contains(to), "\(order): \(current) → \(to) is not allowed")
                    current = to
                }
                #expect(edges.isEmpty, "\(order): events off the path: \(edges)")
                let status = try await app.db.sql.raw("SELECT status FROM orders WHERE id = \(bind: UUID(uuidString: order)!)").first()
                #expect(try status?.decode(column: "status", as: String.self) == current.rawValue, "\(order): status is not where its history ends")
            }
        }
    }
}
