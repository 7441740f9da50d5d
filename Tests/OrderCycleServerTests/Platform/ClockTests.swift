import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// "Now" comes from the application's clock: moving the clock moves what is late, what has
/// expired and what a record says happened when, with no test sleeping.
@Suite("One clock: the app reads now from the clock the test sets")
struct ClockTests {
    /// 2030-06-01 12:00 UTC: noon, so the company's day is the same date in any nearby time zone.
    static let start = Date(timeIntervalSince1970: 1_906_545_600)
    static let day: TimeInterval = 86_400

    @Test func anOrderTurnsAtRiskThenLateOnThePortfolioAsTheClockMoves() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .manager, email: "pf@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", promised_date: "2030-06-10",
                                                       lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            func portfolio(_ path: String = "/portfolio") async throws -> String {
                // A fresh login each time: moving the clock by days also ends the last session.
                let browser = Browser(app)
                try await browser.logIn(email: "pf@test.example", password: "correct horse")
                let page = try await browser.get(path)
                #expect(page.status == .ok)
                return page.text
            }
            let atRisk = "<span class=\"badge warn\">at risk</span>", late = "<span class=\"badge bad\">late</span>"

            var page = try await portfolio()
            #expect(page.contains(id) && !page.contains(atRisk) && !page.contains(late))
            #expect(try await portfolio("/portfolio?late=1").contains("id=\"portfolio-count\">0<"))

            hand.advance(by: 8 * Self.day) // 2030-06-09: due within two days
            page = try await portfolio()
            #expect(page.contains(atRisk) && !page.contains(late))

            hand.advance(by: 2 * Self.day) // 2030-06-11: past the promised date
            page = try await portfolio()
            #expect(page.contains(late))
            #expect(try await portfolio("/portfolio?late=1").contains("id=\"portfolio-count\">1<"))
        }
    }

    @Test func stagesFallBehindTheirPlanOnTheControlPageAsTheClockMoves() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "ctl@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: staff)
            // The plan is proposed from the norms, starting when the order was received: all ahead of now.
            let plan = try await app.api(.GET, "/api/v1/orders/\(id)/plan", headers: .bearer(staff))
            #expect(plan.status == .ok)
            func drifts() async throws -> String {
                let browser = Browser(app)
                try await browser.logIn(email: "ctl@test.example", password: "correct horse")
                return try await browser.get("/control").text
            }
            #expect(try await drifts().contains("id=\"drift-count\">0<"))
            hand.advance(by: 365 * Self.day)
            let later = try await drifts()
            #expect(!later.contains("id=\"drift-count\">0<"))
            #expect(later.contains("Materials supply"))
        }
    }

    @Test func aLoginWaitEndsWhenTheClockPassesIt() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            try await makeUser(app, role: .admin, email: "wait@test.example", password: "correct horse")
            func login(_ password: String) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/auth/login", json: ["email": "wait@test.example", "password": password])
            }
            for _ in 0..<LoginBackoff.pair.freeFailures { #expect(try await login("wrong guess").status == .unauthorized) }
            let refused = try await login("correct horse")
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers.first(name: .retryAfter).flatMap(TimeInterval.init))
            #expect(wait == LoginBackoff.pair.delay(afterFailures: LoginBackoff.pair.freeFailures))
            hand.advance(by: wait - 1)
            #expect(try await login("correct horse").status == .tooManyRequests)
            hand.advance(by: 1)
            #expect(try await login("correct horse").status == .created)
        }
    }

    @Test func aBearerTokenExpiresWhenTheClockPassesItsEnd() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let (_, token) = try await makeUser(app, role: .manager) // valid for an hour from the clock's now
            #expect(try await app.api(.GET, "/api/v1/me", headers: .bearer(token)).status == .ok)
            hand.advance(by: 3_599)
            #expect(try await app.api(.GET, "/api/v1/me", headers: .bearer(token)).status == .ok)
            hand.advance(by: 1)
            #expect(try await app.api(.GET, "/api/v1/me", headers: .bearer(token)).status == .unauthorized)
        }
    }

    @Test func aCreatedOrderAndItsAuditEntryCarryTheClocksTime() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            hand.advance(by: 42)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let orderID = try #require(UUID(uuidString: id))
            let order = try #require(try await Order.find(orderID, on: app.db))
            let expected = Self.start.addingTimeInterval(42)
            #expect(abs(order.createdAt.timeIntervalSince(expected)) < 0.001)
            #expect(abs((order.receivedAt ?? .distantPast).timeIntervalSince(expected)) < 0.001)
            let trail = try await AuditTrail.entries(on: app.db, entity: Order.schema, id: orderID)
            #expect(!trail.isEmpty)
            for entry in trail { #expect(abs(entry.at.timeIntervalSince(expected)) < 0.001, "\(entry.action)") }
        }
    }
}
