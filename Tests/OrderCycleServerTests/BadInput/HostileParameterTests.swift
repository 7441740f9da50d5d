import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// No request may stop the server: the hostile battery goes to every operation of the API
/// document, as an administrator (who reaches every staff route) and as a client (who reaches
/// the cabinet's), and after each operation's probes the server must still answer `/healthz`
/// (a probe that left the server unable to answer — a connection never handed back, a lock never
/// released — shows in the next request, which names the operation). A trap in a handler ends
/// the test process, so a crash fails the suite outright; a 5xx is listed. Each role's battery
/// and each share of the operations or pages (every `shares`-th one) has an app and a database of
/// its own, so they run side by side.
@Suite("Hostile parameters: no request stops the server")
struct HostileParameterTests {
    static let shares = 3

    @Test(arguments: [Role.admin, Role.client], 0..<shares)
    func everyOperationSurvivesTheBattery(_ role: Role, _ share: Int) async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let (victim, _) = try await makeUser(app, role: .worker)
            let (manager, _) = try await makeUser(app, role: .manager)
            let (deputy, _) = try await makeUser(app, role: .manager)
            let token = role == .client ? try await makeUser(app, role: .client, clientID: stage.world.client).token : stage.admin
            let battery = HostileBattery(ids: [
                "orders": stage.order.id, "clients": stage.world.client.uuidString, "products": stage.world.stocked.uuidString,
                "segments": stage.world.segment.uuidString, "users": victim.id!.uuidString, "managers": manager.id!.uuidString,
                "deputy": deputy.id!.uuidString, "default": UUID().uuidString,
            ], document: OpenAPIContract.shared.document)
            var serverErrors: [String] = []
            var sent = 0
            for (index, operation) in battery.operations.enumerated() where index % Self.shares == share {
                for probe in battery.probes(for: operation, token: token) {
                    var body = ByteBuffer()
                    if let text = probe.body { body.writeString(text) }
                    let response = try await app.testing().sendRequest(probe.method, probe.path, headers: probe.headers, body: body)
                    sent += 1
                    if response.status.code >= 500 { serverErrors.append("\(probe.label): \(response.status.code) \(response.body.getString(at: 0, length: min(200, response.body.readableBytes)) ?? "")") }
                }
                let health = try await app.testing().sendRequest(.GET, "/healthz")
                #expect(health.status == .ok, "after the probes of \(operation) the server no longer answers /healthz")
            }
            #expect(sent * Self.shares > 5_000, "the battery's share sent only \(sent) requests")
            #expect(serverErrors.isEmpty, "\(serverErrors.count) of \(sent) requests answered 5xx:\n\(serverErrors.prefix(60).joined(separator: "\n"))")
        }
    }

    /// PostgreSQL's text cannot hold NUL, so a search for it once answered 500 there and 200 on
    /// SQLite; now both refuse it at the edge.
    @Test func aNulInTheAddressOrTheBodyIsA400OnBothDatabases() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            for path in ["/api/v1/clients?q=%00", "/api/v1/products?q=a%00b", "/api/v1/quality/stock?category=%00", "/clients?q=%00"] {
                let response = try await app.testing().sendRequest(.GET, path, headers: .bearer(admin))
                #expect(response.status == .badRequest, "\(path): \(response.status)")
            }
            let fine = try await app.api(.GET, "/api/v1/clients?q=%2500", headers: .bearer(admin))
            #expect(fine.status == .ok, "a literal \"%00\" typed into a search is text, not NUL")
            let world = try await OrderWorld.make(app)
            let before = try await Order.query(on: app.db).count()
            let order = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin),
                                          raw: #"{"client_id":"\#(world.client)","lines":[{"sku":"BOX\u0000","quantity":1}]}"#)
            #expect(order.status == .badRequest, "\(order.status) \(order.text)")
            #expect(try await Order.query(on: app.db).count() == before)
            let text = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin),
                                         raw: #"{"client_id":"\#(world.client)","notes":"a \\u0000 b","lines":[{"product_id":"\#(world.stocked)","quantity":1}]}"#)
            #expect(text.status == .created, "a backslash before u0000 is text: \(text.text)")
        }
    }

    /// The query names the pages read (`req.query[..., at: name]` across the server); each value
    /// goes to all of them at once, and one at a time to those that steer a page's queries.
    static let pageQueryNames = ["active", "status", "client_id", "category", "segment_id", "scope", "q", "next", "kind", "group",
                                 "segment", "priority", "phone", "period", "number", "moved", "misses", "manager_id", "limit", "late",
                                 "key", "indicator", "from_data", "cursor"]
    static let steeringNames = ["period", "cursor", "group", "key", "limit", "q", "category", "indicator", "kind", "next"]

    @Test(arguments: [Role.admin, Role.client], 0..<shares)
    func everyPageSurvivesTheBattery(_ role: Role, _ share: Int) async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let email = "hostile-\(UUID().uuidString.prefix(8).lowercased())@test.example"
            try await makeUser(app, role: role, email: email, password: BadInputStage.password, clientID: role == .client ? stage.world.client : nil)
            let browser = Browser(app)
            _ = try await browser.logIn(email: email, password: BadInputStage.password)
            let order = stage.order.id, client = stage.world.client.uuidString
            let pages = [PageRoute.Home.home(), PageRoute.Quality.dashboard(), PageRoute.Quality.print(), PageRoute.Quality.csv(), PageRoute.Quality.json(), PageRoute.Quality.orders(),
                         PageRoute.Quality.requests(), PageRoute.Quality.stock(), PageRoute.Quality.products(), PageRoute.Quality.cost(), PageRoute.Quality.standards(),
                         PageRoute.Quality.newStandard(), PageRoute.Orders.list(), PageRoute.Orders.new(), PageRoute.Orders.portfolio(), PageRoute.Orders.portfolioCSV(),
                         PageRoute.Orders.cycleTime(), PageRoute.Orders.claims(), "/products", "/control", "/orders/\(order)", "/orders/\(order)/plan",
                         "/orders/\(order)/invoice", "/orders/\(order)/picking-list", PageRoute.Clients.list(), PageRoute.Clients.export(), PageRoute.Clients.new(),
                         "/clients/\(client)", "/clients/\(client)/edit", PageRoute.Clients.segments(), PageRoute.Clients.workload(), PageRoute.Clients.absences(),
                         PageRoute.Users.users(), PageRoute.Users.newUser(), PageRoute.Accounts.integrationTokens(), PageRoute.Audit.trail(), PageRoute.Cabinet.home(), PageRoute.Cabinet.contacts(),
                         PageRoute.Accounts.login()]
            var serverErrors: [String] = []
            var sent = 0
            func encoded(_ value: String) -> String { value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
            for (index, page) in pages.enumerated() where index % Self.shares == share {
                for value in HostileBattery.pageTexts {
                    let all = Self.pageQueryNames.map { "\($0)=\(encoded(value))" }.joined(separator: "&")
                    for query in [all] + Self.steeringNames.map({ "\($0)=\(encoded(value))" }) {
                        let path = page + "?" + query
                        let response = try await browser.get(path)
                        sent += 1
                        if response.status.code >= 500 { serverErrors.append("GET \(path.prefix(100)): \(response.status.code)") }
                    }
                }
                let health = try await app.testing().sendRequest(.GET, "/healthz")
                #expect(health.status == .ok, "after the probes of \(page) the server no longer answers /healthz")
            }
            #expect(serverErrors.isEmpty, "\(serverErrors.count) of \(sent) page requests answered 5xx:\n\(serverErrors.prefix(60).joined(separator: "\n"))")
        }
    }
}
