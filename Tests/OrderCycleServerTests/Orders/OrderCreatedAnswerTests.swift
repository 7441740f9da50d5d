import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A new order's answer is made from what its creation wrote, without reading it back: it must
/// be the answer a read of the order gives.
@Suite("Orders: the answer to a creation")
struct OrderCreatedAnswerTests {
    private func canonical(_ json: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func theCreatedAnswerIsWhatAReadOfTheOrderAnswers() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            for status in ["received", "draft"] {
                let body: [String: AnyCodable] = ["client_id": .string(world.client.uuidString), "status": .string(status), "notes": .string("By phone"),
                                                 "promised_date": .string("2100-01-05"), "lines": .array([
                    .object(["product_id": .string(world.stocked.uuidString), "quantity": .int(3)]),
                    .object(["product_id": .string(world.madeToOrder.uuidString), "quantity": .int(1), "unit_price_minor": .int(990)]),
                    .object(["product_id": .string(world.stocked.uuidString), "quantity": .int(2)]),
                ])]
                let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: body)
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(admin))
                var a = created.json, b = read.json
                // The cycle runs on to the moment of each answer.
                a["cycle"] = nil; b["cycle"] = nil
                #expect(try canonical(a) == canonical(b))
                #expect((created.json["cycle"] == nil) == (read.json["cycle"] == nil))
            }
        }
    }
}
