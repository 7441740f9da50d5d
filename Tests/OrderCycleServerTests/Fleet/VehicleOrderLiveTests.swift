import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("A client follows its vehicle live")
struct VehicleOrderLiveTests {
    /// The client's open page hears "arrived" when the dispatcher records it; another client does not.
    @Test func theClientHearsEachStepAndNoOtherClientDoes() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (client, clientToken) = try await makeUser(app, role: .client, clientID: world.client)
            let (other, _) = try await makeUser(app, role: .client, clientID: world.otherClient)
            let (_, dispatcher) = try await makeUser(app, role: .logistician)
            let van = try await app.api(.POST, "/api/v1/vehicles", headers: .bearer(dispatcher),
                                        json: ["plate": AnyCodableValue.string("LIVE1"), "vehicle_type": .string("van"), "capacity_kg": .number(1500), "capacity_m3": .number(12)])
            let driver = try await app.api(.POST, "/api/v1/drivers", headers: .bearer(dispatcher), json: ["name": "Ivan", "phone": "+79161234567"])
            let now = Date()
            let order = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(clientToken), json: [
                "pickup": AnyCodableValue.object(["lat": .number(55.75), "lon": .number(37.61)]), "destination": .object(["address": .string("Podolsk")]),
                "window_from": .string(ISO8601DateFormatter().string(from: now)), "window_to": .string(ISO8601DateFormatter().string(from: now.addingTimeInterval(7200))),
                "cargo": .object(["weight_kg": .number(100), "volume_m3": .number(1), "pieces": .number(2)]),
            ])
            let id = try #require(order.json["id"] as? String, "\(order.text)")
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            let mine = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: client.id!), on: app.eventLoopGroup)
            let theirs = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: other.id!), on: app.eventLoopGroup)
            try await eventually { mine.messages.contains { $0.contains("hello") } && theirs.messages.contains { $0.contains("hello") } }
            for (step, extra) in [("assigned", ["vehicle_id": van.json["id"] as? String ?? "", "driver_id": driver.json["id"] as? String ?? ""]),
                                  ("en_route", [:]), ("arrived", [:])] {
                let r = try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(dispatcher), json: extra.merging(["to": step]) { a, _ in a })
                #expect(r.status == .ok, "\(step): \(r.text)")
            }
            let arrived = try #require(try await mine.waitFor("\"status\":\"arrived\""))
            #expect(arrived.contains("\"kind\":\"vehicle_order\"") && arrived.lowercased().contains(id.lowercased()))
            #expect(!theirs.messages.contains { $0.contains("vehicle_order") })
            try await mine.socket.close()
            try await theirs.socket.close()
            await app.server.shutdown()
        }
    }
}
