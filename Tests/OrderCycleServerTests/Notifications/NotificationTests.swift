import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// What happens to a person's clients, orders, claims and comments reaches them as notifications,
/// written from the audit trail in the same transaction, never to the person who acted.
@Suite("Notifications")
struct NotificationTests {
    struct Fixture {
        var world: OrderWorld
        var manager: (user: User, token: String)
        var client: (user: User, token: String)
        var logistician: (user: User, token: String)
    }

    static func fixture(_ app: Application) async throws -> Fixture {
        let world = try await OrderWorld.make(app)
        let manager = try await makeUser(app, role: .manager, email: "manager@test.example", password: "correct horse")
        try await app.db.sql.raw("UPDATE clients SET manager_id = \(bind: manager.user.id!) WHERE id = \(bind: world.client)").run()
        let client = try await makeUser(app, role: .client, email: "buyer@test.example", password: "correct horse", clientID: world.client)
        let logistician = try await makeUser(app, role: .logistician)
        return Fixture(world: world, manager: manager, client: client, logistician: logistician)
    }

    static func notifications(_ app: Application, _ token: String, query: String = "") async throws -> NotificationPage {
        let response = try await app.api(.GET, "/api/v1/notifications\(query)", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(NotificationPage.self)
    }

    @Test func shippingAnOrderTellsItsClientAndManagerButNotWhoShippedIt() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            var (id, version) = try await app.order(NewOrder(client_id: f.world.client, status: "received",
                                                             lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: f.logistician.token)
            for step in ["placed", "invoiced", "picked", "dispatched"] {
                let response = try await app.step(id, to: step, version: version, token: f.logistician.token)
                version = try #require(response.json["version"] as? Int, "\(step): \(response.text)")
            }
            let mine = try await Self.notifications(app, f.client.token)
            #expect(mine.unread == 5 && mine.items.count == 5)
            let newest = try #require(mine.items.first)
            #expect(newest.kind == .order && newest.detail == "dispatched" && newest.link == "/orders/\(id)" && !newest.read)
            #expect(newest.text.contains(OrderStatus.dispatched.name(.en)))
            #expect(mine.items.last?.action == "create")
            #expect(try await Self.notifications(app, f.manager.token).unread == 5)
            #expect(try await Self.notifications(app, f.logistician.token).items.isEmpty)

            // Keyset pages, newest first.
            let first = try await Self.notifications(app, f.client.token, query: "?limit=2")
            #expect(first.items.map(\.id) == Array(mine.items.prefix(2)).map(\.id))
            let cursor = try #require(first.next_cursor)
            let second = try await Self.notifications(app, f.client.token, query: "?limit=2&cursor=\(cursor)")
            #expect(second.items.map(\.id) == Array(mine.items.dropFirst(2).prefix(2)).map(\.id))

            // Marking read: one, then all; another person's ids change nothing of theirs.
            let one = try await app.api(.POST, "/api/v1/notifications/read", headers: .bearer(f.client.token), json: ["ids": [newest.id.uuidString]])
            #expect(one.status == .ok && one.json["unread"] as? Int == 4)
            let foreign = try await Self.notifications(app, f.manager.token).items.map(\.id.uuidString)
            _ = try await app.api(.POST, "/api/v1/notifications/read", headers: .bearer(f.client.token), json: ["ids": foreign])
            #expect(try await Self.notifications(app, f.manager.token).unread == 5)
            let all = try await app.api(.POST, "/api/v1/notifications/read", headers: .bearer(f.client.token), json: ["all": true])
            #expect(all.json["unread"] as? Int == 0)
            #expect(try await app.api(.POST, "/api/v1/notifications/read", headers: .bearer(f.client.token), json: [String: String]()).status == .unprocessableEntity)
        }
    }

    @Test func aCommentTellsTheOtherSideAndAFailedWriteTellsNobody() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let (id, version) = try await app.order(NewOrder(client_id: f.world.client, status: "received",
                                                             lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: f.manager.token)
            let comment = try await app.api(.POST, "/api/v1/orders/\(id)/comments", headers: .bearer(f.client.token), json: ["body": "Please call before delivery"])
            #expect(comment.status == .created, "\(comment.text)")
            let told = try await Self.notifications(app, f.manager.token)
            #expect(told.items.first?.kind == .comment && told.items.first?.detail == "Please call before delivery")
            #expect(try await Self.notifications(app, f.client.token).items.allSatisfy { $0.kind != .comment })

            // A refused step (a stale version) leaves no notification behind.
            let before = try await Self.notifications(app, f.client.token).items.count
            let refused = try await app.step(id, to: "placed", version: version + 7, token: f.manager.token)
            #expect(refused.status == .preconditionFailed)
            #expect(try await Self.notifications(app, f.client.token).items.count == before)
        }
    }

    @Test func eachPersonChoosesTheKindsTheyHearOf() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let chosen = try await app.api(.PUT, "/api/v1/notifications/settings", headers: .bearer(f.client.token), json: ["kinds": ["comment", "claim"]])
            #expect(chosen.status == .ok, "\(chosen.text)")
            #expect(try chosen.decoded(NotificationsAPI.Settings.self).kinds == [.claim, .comment])
            _ = try await app.order(NewOrder(client_id: f.world.client, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: f.manager.token)
            #expect(try await Self.notifications(app, f.client.token).items.isEmpty)
            #expect(try await app.api(.PUT, "/api/v1/notifications/settings", headers: .bearer(f.client.token), json: ["kinds": ["nonsense"]]).status == .unprocessableEntity)

            // The same choice through the form.
            let browser = Browser(app)
            try await browser.logIn(email: "manager@test.example", password: "correct horse")
            try await browser.get("/notifications")
            let saved = try await browser.post("/notifications/settings", form: ["kinds[]": "order"])
            #expect(saved.status == .ok)
            let muted = try await NotificationQueries.mutes(of: f.manager.user.id!, on: app.db)
            #expect(muted == Set(NotificationKind.allCases).subtracting([.order]))
        }
    }

    @Test func theBellShowsTheUnreadCountOnEveryPage() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            _ = try await app.order(NewOrder(client_id: f.world.client, status: "received", lines: [.init(product_id: f.world.stocked, quantity: 1)]), token: f.manager.token)
            let browser = Browser(app)
            try await browser.logIn(email: "buyer@test.example", password: "correct horse")
            let cabinet = try await browser.get("/cabinet", headers: ["Accept-Language": "ru"])
            #expect(cabinet.text.contains("id=\"bell-count\"") && cabinet.text.contains("data-unread=\"1\""))
            let page = try await browser.get("/notifications")
            #expect(page.status == .ok && page.text.contains("data-read=\"false\""))
            try await browser.post("/notifications/read", form: ["all": "true"])
            #expect(try await browser.get("/notifications").text.contains("data-unread=\"0\""))
        }
    }

    @Test func anIntegrationTokenHasNoNotifications() async throws {
        try await withApp { app in
            let token = Secrets.token()
            try await ApiToken(tokenHash: Secrets.hash(token), name: "exchange", kind: .integration, role: .operator, userID: nil, createdBy: nil,
                               now: app.clock.now(), expiresAt: nil).create(on: app.db)
            #expect(try await app.api(.GET, "/api/v1/notifications", headers: .bearer(token)).status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/notifications").status == .unauthorized)
        }
    }
}
