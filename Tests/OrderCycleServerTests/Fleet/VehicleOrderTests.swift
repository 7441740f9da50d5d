import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Vehicle orders through the API, on SQLite and PostgreSQL (DOMAIN §2.5): a client orders a
/// vehicle for a cargo, a dispatcher assigns a vehicle and a driver that fit and are free, the
/// order moves to delivery; a client sees only its own.
@Suite("Vehicle orders: ordering, dispatching, isolation")
struct VehicleOrderTests {
    /// Monday 2 March 2026, 09:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_772_442_000)

    struct Fleet {
        var world: OrderWorld
        var client: String
        var otherClient: String
        var dispatcher: String
        var van: UUID
        var smallVan: UUID
        var driver: UUID
        var secondDriver: UUID
    }

    static func fleet(_ app: Application) async throws -> Fleet {
        let world = try await OrderWorld.make(app)
        let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
        let (_, other) = try await makeUser(app, role: .client, clientID: world.otherClient)
        let (_, dispatcher) = try await makeUser(app, role: .logistician)
        func vehicle(_ plate: String, _ type: String, _ kg: Double, _ m3: Double) async throws -> UUID {
            let r = try await app.api(.POST, "/api/v1/vehicles", headers: .bearer(dispatcher), json: ["plate": AnyCodableValue.string(plate), "vehicle_type": .string(type),
                                                                                                   "capacity_kg": .number(kg), "capacity_m3": .number(m3)])
            #expect(r.status == .created, "\(r.text)")
            return try #require(UUID(uuidString: r.json["id"] as? String ?? ""))
        }
        func driver(_ name: String, _ phone: String) async throws -> UUID {
            let r = try await app.api(.POST, "/api/v1/drivers", headers: .bearer(dispatcher), json: ["name": name, "phone": phone])
            #expect(r.status == .created, "\(r.text)")
            return try #require(UUID(uuidString: r.json["id"] as? String ?? ""))
        }
        return Fleet(world: world, client: client, otherClient: other, dispatcher: dispatcher,
                     van: try await vehicle("a 123 bc 77", "van", 1_500, 12), smallVan: try await vehicle("B456CD77", "van", 800, 6),
                     driver: try await driver("Ivan Petrov", "+7 916 123-45-67"), secondDriver: try await driver("Olga Sidorova", "+7 916 765-43-21"))
    }

    static func order(from: String = "2026-03-02T12:00:00Z", to: String = "2026-03-02T15:00:00Z", kg: Double = 1_200, m3: Double = 8,
                      type: String? = "van") -> [String: AnyCodableValue] {
        var body: [String: AnyCodableValue] = [
            "pickup": .object(["address": .string("Москва, ул. Тверская, 7"), "lat": .number(55.7601), "lon": .number(37.614)]),
            "destination": .object(["address": .string("Подольск, ул. Кирова, 1")]),
            "window_from": .string(from), "window_to": .string(to),
            "cargo": .object(["weight_kg": .number(kg), "volume_m3": .number(m3), "pieces": .number(10), "notes": .string("Fragile: glass")]),
        ]
        if let type { body["vehicle_type"] = .string(type) }
        return body
    }

    @Test func aClientOrdersTheDispatcherAssignsAndTheOrderIsDelivered() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            let f = try await Self.fleet(app)
            let created = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client, [("Idempotency-Key", "vo-1")]), json: Self.order())
            #expect(created.status == .created, "\(created.text)")
            #expect(created.json["status"] as? String == "requested")
            #expect(created.json["client_id"] as? String == f.world.client.uuidString)
            let id = try #require(created.json["id"] as? String)
            // The same key again answers the first order, not a second one.
            let replay = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client, [("Idempotency-Key", "vo-1")]), json: Self.order())
            #expect(replay.json["id"] as? String == id)
            #expect((try await app.api(.GET, "/api/v1/vehicle-orders", headers: .bearer(f.client)).json["items"] as? [Any])?.count == 1)

            func move(_ body: [String: AnyCodableValue], by token: String) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(token), json: body)
            }
            // A van too small for 1.2 t is refused, naming the vehicle; the client cannot assign.
            let small = try await move(["to": .string("assigned"), "vehicle_id": .string(f.smallVan.uuidString), "driver_id": .string(f.driver.uuidString)], by: f.dispatcher)
            #expect(small.status == .unprocessableEntity)
            #expect(((small.json["errors"] as? [[String: Any]])?.first?["field"] as? String) == "vehicle_id")
            #expect(small.text.contains("1500") == false && small.text.contains("800 kg"))
            #expect(try await move(["to": .string("assigned"), "vehicle_id": .string(f.van.uuidString), "driver_id": .string(f.driver.uuidString)], by: f.client).status == .forbidden)
            let assigned = try await move(["to": .string("assigned"), "vehicle_id": .string(f.van.uuidString), "driver_id": .string(f.driver.uuidString)], by: f.dispatcher)
            #expect(assigned.status == .ok, "\(assigned.text)")
            #expect((assigned.json["vehicle"] as? [String: Any])?["plate"] as? String == "A123BC77")
            #expect((assigned.json["driver"] as? [String: Any])?["phone"] as? String == "+79161234567")
            // Skipping a step is not allowed.
            #expect(try await move(["to": .string("loaded")], by: f.dispatcher).status == .conflict)
            for step in ["en_route", "arrived", "loaded", "delivered"] {
                let r = try await move(["to": .string(step)], by: f.dispatcher)
                #expect(r.json["status"] as? String == step, "\(step): \(r.text)")
            }
            let done = try await app.api(.GET, "/api/v1/vehicle-orders/\(id)", headers: .bearer(f.client))
            let history = try #require(done.json["history"] as? [[String: Any]])
            #expect(history.map { $0["to"] as? String } == ["requested", "assigned", "en_route", "arrived", "loaded", "delivered"])
            #expect(try await move(["to": .string("cancelled"), "reason": .string("late")], by: f.dispatcher).status == .conflict)
        }
    }

    @Test func aBusyVehicleOrDriverIsRefusedForAnOverlappingWindow() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            let f = try await Self.fleet(app)
            func create(_ from: String, _ to: String) async throws -> String {
                let r = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.dispatcher),
                                          json: Self.order(from: from, to: to).merging(["client_id": .string(f.world.client.uuidString)]) { a, _ in a })
                #expect(r.status == .created, "\(r.text)")
                return try #require(r.json["id"] as? String)
            }
            let first = try await create("2026-03-02T12:00:00Z", "2026-03-02T15:00:00Z")
            let overlapping = try await create("2026-03-02T14:00:00Z", "2026-03-02T16:00:00Z")
            let after = try await create("2026-03-02T15:00:00Z", "2026-03-02T17:00:00Z")
            func assign(_ id: String, _ vehicle: UUID, _ driver: UUID) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.dispatcher),
                                  json: ["to": "assigned", "vehicle_id": vehicle.uuidString, "driver_id": driver.uuidString])
            }
            #expect(try await assign(first, f.van, f.driver).status == .ok)
            let busy = try await assign(overlapping, f.van, f.secondDriver)
            #expect(busy.status == .conflict)
            #expect(busy.json["code"] as? String == "vehicle_busy")
            #expect((busy.json["blocking"] as? [String]) == [first.uppercased()] || (busy.json["blocking"] as? [String]) == [first])
            // A window that begins as the first ends is free.
            #expect(try await assign(after, f.van, f.driver).status == .ok)
            // Cancelling the first frees the van for the overlapping one.
            let cancelled = try await app.api(.POST, "/api/v1/vehicle-orders/\(first)/transitions", headers: .bearer(f.dispatcher),
                                              json: ["to": "cancelled", "reason": "Client postponed"])
            #expect(cancelled.json["status"] as? String == "cancelled" && cancelled.json["cancel_reason"] as? String == "Client postponed")
            #expect(try await assign(overlapping, f.van, f.secondDriver).json["code"] as? String == "vehicle_busy")  // "after" (15–17) holds it
            // Another van is free, but the driver drives "after" (15–17).
            let other = try await app.api(.POST, "/api/v1/vehicles", headers: .bearer(f.dispatcher),
                                          json: ["plate": AnyCodableValue.string("C789EE77"), "vehicle_type": .string("van"), "capacity_kg": .number(1500), "capacity_m3": .number(12)])
            let otherVan = try #require(UUID(uuidString: other.json["id"] as? String ?? ""))
            let driverBusy = try await assign(overlapping, otherVan, f.driver)
            #expect(driverBusy.status == .conflict && driverBusy.json["code"] as? String == "driver_busy", "\(driverBusy.text)")
            #expect(try await assign(overlapping, otherVan, f.secondDriver).status == .ok)
        }
    }

    @Test func aClientSeesOnlyItsOwnVehicleOrders() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            let f = try await Self.fleet(app)
            let mine = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: Self.order())
            let id = try #require(mine.json["id"] as? String)
            // Another client: 404 on the order, its transitions and its page; an empty list.
            #expect(try await app.api(.GET, "/api/v1/vehicle-orders/\(id)", headers: .bearer(f.otherClient)).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.otherClient),
                                      json: ["to": "cancelled", "reason": "mine now"]).status == .notFound)
            #expect((try await app.api(.GET, "/api/v1/vehicle-orders", headers: .bearer(f.otherClient)).json["items"] as? [Any])?.isEmpty == true)
            #expect(try await app.testing().sendRequest(.GET, "/vehicle-orders/\(id)", headers: .bearer(f.otherClient)).status == .notFound)
            // A client cannot order for someone else, nor read the fleet.
            let forOther = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client),
                                             json: Self.order().merging(["client_id": .string(f.world.otherClient.uuidString)]) { a, _ in a })
            #expect(forOther.status == .unprocessableEntity)
            #expect(try await app.api(.GET, "/api/v1/vehicles", headers: .bearer(f.client)).status == .forbidden)
            // The owner cancels while nothing is on its way.
            let cancel = try await app.api(.POST, "/api/v1/vehicle-orders/\(id)/transitions", headers: .bearer(f.client),
                                           json: ["to": "cancelled", "reason": "Plans changed"])
            #expect(cancel.status == .ok && cancel.json["status"] as? String == "cancelled")
        }
    }

    @Test func badOrdersAreRefusedWithTheFieldNamed() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            let f = try await Self.fleet(app)
            func fields(_ body: [String: AnyCodableValue]) async throws -> Set<String> {
                let r = try await app.api(.POST, "/api/v1/vehicle-orders", headers: .bearer(f.client), json: body)
                #expect(r.status == .unprocessableEntity, "\(r.text)")
                return Set(((r.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
            }
            #expect(try await fields(Self.order(from: "2026-03-01T12:00:00Z", to: "2026-03-01T15:00:00Z")) == ["window_from"])
            #expect(try await fields(Self.order(from: "2026-03-02T15:00:00Z", to: "2026-03-02T12:00:00Z")) == ["window_to"])
            #expect(try await fields(Self.order(kg: 30_000, type: nil)) == ["cargo.weight_kg"])
            #expect(try await fields(Self.order(kg: 3_000)) == ["cargo.weight_kg"])
            var badPlace = Self.order()
            badPlace["pickup"] = .object(["lat": .number(95), "lon": .number(37)])
            badPlace["destination"] = .object([:])
            #expect(try await fields(badPlace) == ["pickup.lat", "destination"])
        }
    }
}
