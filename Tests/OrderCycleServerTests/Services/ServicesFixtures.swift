import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A small personal service department: two segments, an administrator and a manager with
/// tokens, two clients of the wholesale segment and one of retail, each client with a user,
/// a catalog of four services and a package. The clock stands on Wednesday 4 March 2026,
/// 10:00 in Kyiv (08:00 UTC).
struct ServicesWorld {
    static let start = Date(timeIntervalSince1970: 1_772_611_200)
    /// 22:00 in Kyiv that day: outside working hours.
    static let tenPM = "2026-03-04T20:00:00Z"

    let app: Application
    let clock: ManualClock
    let admin: String
    let manager: (user: User, token: String)
    let wholesale: UUID
    let retail: UUID
    let acme: ClientDTO
    let borys: ClientDTO
    let corner: ClientDTO
    let acmeToken: String
    let borysToken: String
    /// Services by code: `intake` (night intake, wholesale only, 60 min, 150.00), `labels` (all, 10 min, 10.00),
    /// `training` (all, 120 min, 500.00), `audit` (retail only, 30 min, 80.00).
    var services: [String: UUID]
    /// `business`: 2 intakes and 5 labels a month for 300.00.
    var package: UUID

    static func make(_ app: Application, clock: ManualClock) async throws -> ServicesWorld {
        let wholesale = try await ClientFixtures.segment(app, code: "wholesale")
        let retail = try await ClientFixtures.segment(app, code: "retail")
        _ = try await ClientFixtures.manager(app, serving: [wholesale, retail], name: "Iryna Manager")
        let (_, admin) = try await makeUser(app, role: .admin, email: "services-admin@test.example")
        let manager = try await makeUser(app, role: .manager, email: "services-manager@test.example")
        let acme = try await ClientFixtures.client(app, token: admin, name: "Acme Wholesale", segment: wholesale)
        let borys = try await ClientFixtures.client(app, token: admin, name: "Borys Wholesale", segment: wholesale)
        let corner = try await ClientFixtures.client(app, token: admin, name: "Corner Shop", segment: retail)
        let (_, acmeToken) = try await makeUser(app, role: .client, email: "acme@test.example", clientID: acme.id)
        let (_, borysToken) = try await makeUser(app, role: .client, email: "borys@test.example", clientID: borys.id)
        var world = ServicesWorld(app: app, clock: clock, admin: admin, manager: manager, wholesale: wholesale, retail: retail, acme: acme, borys: borys,
                                  corner: corner, acmeToken: acmeToken, borysToken: borysToken, services: [:], package: UUID())
        world.services["intake"] = try await world.service("intake", kind: "special", minutes: 60, price: 150_00, segments: [wholesale])
        world.services["labels"] = try await world.service("labels", kind: "basic", minutes: 10, price: 10_00)
        world.services["training"] = try await world.service("training", kind: "additional", minutes: 120, price: 500_00, phase: "post_sale")
        world.services["audit"] = try await world.service("audit", kind: "basic", minutes: 30, price: 80_00, segments: [retail])
        let created = try await app.api(.POST, "/api/v1/packages", headers: .bearer(admin), json: PackageInput(
            code: "business", name_en: "Business", name_ru: "Бизнес", price_minor: 300_00,
            services: [.init(service_id: world.services["intake"], included_per_month: 2), .init(service_id: world.services["labels"], included_per_month: 5)]))
        #expect(created.status == .created, "\(created.text)")
        world.package = try created.decoded(PackageDTO.self).id
        return world
    }

    func service(_ code: String, kind: String, minutes: Int, price: Int64, phase: String = "sale", segments: [UUID] = []) async throws -> UUID {
        let response = try await app.api(.POST, "/api/v1/services", headers: .bearer(admin), json: ServiceInput(
            code: code, name_en: code.capitalized, name_ru: "Услуга \(code)", kind: kind, phase: phase, standard_minutes: minutes, price_minor: price, segment_ids: segments))
        #expect(response.status == .created, "\(response.text)")
        return try response.decoded(ServiceDTO.self).id
    }

    @discardableResult
    func connect(_ client: UUID, from day: String, package: UUID? = nil) async throws -> TestingHTTPResponse {
        try await app.api(.POST, "/api/v1/clients/\(client)/subscriptions", headers: .bearer(admin),
                          json: SubscriptionInput(package_id: package ?? self.package, starts_on: day))
    }

    /// Files a request; `token` a client's (for itself) or staff's (naming `client`).
    func file(_ kind: String, service: String? = nil, at moment: String? = nil, client: UUID? = nil, token: String,
              description: String = "Please", headers: [(String, String)] = []) async throws -> TestingHTTPResponse {
        try await app.api(.POST, "/api/v1/requests", headers: .bearer(token, headers), json: ServiceRequestInput(
            kind: kind, service_id: service.flatMap { services[$0] }, scheduled_at: moment, description: description, client_id: client))
    }

    func request(_ response: TestingHTTPResponse) throws -> ServiceRequestDTO { try response.decoded(ServiceRequestDTO.self) }

    @discardableResult
    func move(_ id: UUID, to: String, satisfied: Bool? = nil, reason: String? = nil, assignee: UUID? = nil, token: String? = nil) async throws -> TestingHTTPResponse {
        try await app.api(.POST, "/api/v1/requests/\(id)/transitions", headers: .bearer(token ?? manager.token),
                          json: TransitionInput(to: to, satisfied: satisfied, reason: reason, assignee_id: assignee))
    }

    /// Takes a request from new to `closed` (satisfied or not) through every step.
    func complete(_ id: UUID, satisfied: Bool) async throws {
        #expect(try await move(id, to: "accepted").status == .ok)
        #expect(try await move(id, to: "planned", assignee: manager.user.id).status == .ok)
        #expect(try await move(id, to: "done").status == .ok)
        let closed = try await move(id, to: "closed", satisfied: satisfied, reason: satisfied ? nil : "Late")
        #expect(closed.status == .ok, "\(closed.text)")
    }
}
