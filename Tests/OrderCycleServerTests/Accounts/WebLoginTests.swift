import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Web login, sessions and CSRF")
struct WebLoginTests {
    @Test func loginSetsAHardenedSessionCookieAndShowsTheHomePage() async throws {
        try await withApp { app in
            // setup
            try await makeUser(app, role: .manager, email: "m@test.example", password: "correct horse")
            let browser = Browser(app)
            // MUT
            let response = try await browser.logIn(email: "m@test.example", password: "correct horse")
            // validate
            #expect(response.status == .seeOther)
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("oc_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Welcome"))
        }
    }

    @Test func cookiesAreSecureWhenServedBehindHTTPS() async throws {
        try await withApp({ $0.secureCookies = true }) { app in
            try await makeUser(app, role: .manager, email: "s@test.example", password: "correct horse")
            let response = try await Browser(app).logIn(email: "s@test.example", password: "correct horse")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("oc_session=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func eachLoginIssuesANewSessionIDAndRetiresTheOldOne() async throws {
        try await withApp { app in
            try await makeUser(app, role: .operator, email: "o@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "o@test.example", password: "correct horse")
            let first = try #require(browser.cookies["oc_session"])
            try await browser.get("/") // a page carrying this session's CSRF token
            try await browser.post("/login", form: ["email": "o@test.example", "password": "correct horse"])
            let second = try #require(browser.cookies["oc_session"])
            #expect(first != second)
            let stale = try await app.testing().sendRequest(.GET, "/", headers: ["Cookie": "oc_session=\(first)"])
            #expect(stale.status == .seeOther)
            #expect(try await WebSession.query(on: app.db).count() == 1)
        }
    }

    @Test func loginFormWithoutCSRFTokenIsRefused() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "c@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.get("/login")
            let response = try await browser.post("/login", form: ["email": "c@test.example", "password": "correct horse"], csrf: false)
            #expect(response.status == .forbidden)
            #expect(browser.cookies["oc_session"] == nil)
        }
    }

    @Test func anotherBrowserGetsAnotherSession() async throws {
        try await withApp { app in
            try await makeUser(app, role: .operator, email: "b@test.example", password: "correct horse")
            let one = Browser(app), two = Browser(app)
            try await one.logIn(email: "b@test.example", password: "correct horse")
            try await two.logIn(email: "b@test.example", password: "correct horse")
            #expect(one.cookies["oc_session"] != nil)
            #expect(one.cookies["oc_session"] != two.cookies["oc_session"])
        }
    }

    @Test func formWithAnotherSessionsCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await withApp { app in
            try await makeUser(app, role: .admin, email: "a@test.example", password: "correct horse")
            let attacker = Browser(app)
            try await attacker.logIn(email: "a@test.example", password: "correct horse")
            try await attacker.get("/users/new")
            let victim = Browser(app)
            try await victim.logIn(email: "a@test.example", password: "correct horse")
            victim.lastPage = attacker.lastPage // the victim's browser posts a token it did not get
            let before = try await User.query(on: app.db).count()
            let response = try await victim.post("/users", form: ["email": "x@test.example", "password": "longenough", "display_name": "X", "role": "worker"])
            #expect(response.status == .forbidden)
            #expect(try await User.query(on: app.db).count() == before)
        }
    }

    @Test func wrongPasswordShowsAMessageAndNoSession() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "w@test.example", password: "correct horse")
            let browser = Browser(app)
            let response = try await browser.logIn(email: "w@test.example", password: "wrong horse")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Wrong e-mail or password"))
            #expect(browser.cookies["oc_session"] == nil)
        }
    }

    @Test func emptyFieldsShowErrorsBesideTheFields() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.get("/login")
            let response = try await browser.post("/login", form: ["email": "", "password": ""])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"email-error\""))
            #expect(response.text.contains("id=\"password-error\""))
        }
    }

    @Test func idleSessionExpires() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "i@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "i@test.example", password: "correct horse")
            let session = try #require(try await WebSession.query(on: app.db).first())
            session.lastSeenAt = Date().addingTimeInterval(-app.appConfig.sessionIdleTimeout - 5)
            try await session.update(on: app.db)
            let response = try await browser.get("/")
            #expect(response.status == .seeOther)
            #expect(try await WebSession.query(on: app.db).count() == 0)
        }
    }

    @Test func sessionEndsAtItsAbsoluteTimeoutEvenWhenActive() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "x@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "x@test.example", password: "correct horse")
            let session = try #require(try await WebSession.query(on: app.db).first())
            session.expiresAt = Date().addingTimeInterval(-1)
            try await session.update(on: app.db)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "l@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "l@test.example", password: "correct horse")
            try await browser.get("/")
            let response = try await browser.post("/logout", form: [:])
            #expect(response.status == .seeOther)
            #expect(try await WebSession.query(on: app.db).count() == 0)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func loginFollowsOnlyLocalNextPaths() {
        #expect(SessionIssuer.safeLocalPath("/users") == "/users")
        #expect(SessionIssuer.safeLocalPath("//evil.example") == nil)
        #expect(SessionIssuer.safeLocalPath("https://evil.example") == nil)
        #expect(SessionIssuer.safeLocalPath("/\\evil") == nil)
    }
}
