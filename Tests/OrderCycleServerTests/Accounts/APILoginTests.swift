import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("API login, bearer and integration tokens")
struct APILoginTests {
    @Test func loginReturnsABearerTokenThatAuthenticates() async throws {
        try await withApp { app in
            try await makeUser(app, role: .analyst, email: "an@test.example", password: "correct horse")
            let response = try await app.api(.POST, "/api/v1/auth/login", json: ["email": "an@test.example", "password": "correct horse"])
            #expect(response.status == .created)
            let token = try #require(response.json["token"] as? String)
            let me = try await app.api(.GET, "/api/v1/me", headers: .bearer(token))
            #expect(me.status == .ok)
            #expect(me.json["role"] as? String == "analyst")
            // the token is stored hashed only
            #expect(try await ApiToken.query(on: app.db).filter(\.$tokenHash == token).count() == 0)
        }
    }

    @Test func wrongPasswordIs401AndUnknownTokenIs401() async throws {
        try await withApp { app in
            try await makeUser(app, role: .analyst, email: "an@test.example", password: "correct horse")
            let wrong = try await app.api(.POST, "/api/v1/auth/login", json: ["email": "an@test.example", "password": "nope nope"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let unknown = try await app.api(.GET, "/api/v1/me", headers: .bearer("not-a-token"))
            #expect(unknown.status == .unauthorized)
        }
    }

    /// Read at one fixed moment, so the pair's first wait (2 s) cannot run out while a loaded
    /// machine sends the next attempt.
    @Test func repeatedFailuresAreSlowedDownButTheAccountIsNotLockedFromElsewhere() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "t@test.example", password: "correct horse")
            let gate = LoginGate(db: app.db, app: app, hasher: app.password.async, now: Date(), decoyHash: app.decoyPasswordHash)
            var invalid = 0
            for _ in 0..<LoginBackoff.pair.freeFailures {
                if case .invalid = try await gate.attempt(email: "t@test.example", password: "bad password", address: "10.1.1.1") { invalid += 1 }
            }
            #expect(invalid == LoginBackoff.pair.freeFailures)
            let slowed = try await gate.attempt(email: "t@test.example", password: "correct horse", address: "10.1.1.1")
            guard case .wait(let seconds) = slowed else { Issue.record("the attacker's pair was not slowed: \(slowed)"); return }
            #expect(seconds > 0)
            // The real user from another address is not affected by the attacker's pair and address keys.
            guard case .success = try await gate.attempt(email: "t@test.example", password: "correct horse", address: "10.9.9.9") else {
                Issue.record("the real user was locked out"); return
            }
        }
    }

    @Test func backoffGrowsAndIsCappedPerAccount() {
        #expect(LoginBackoff.account.delay(afterFailures: 9) == 0)
        #expect(LoginBackoff.account.delay(afterFailures: 10) == 1)
        #expect(LoginBackoff.account.delay(afterFailures: 12) == 4)
        #expect(LoginBackoff.account.delay(afterFailures: 1_000) == 60)
        #expect(LoginBackoff.pair.delay(afterFailures: 1_000) == 15 * 60)
    }

    @Test func logoutRevokesTheBearerToken() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .worker)
            #expect(try await app.api(.POST, "/api/v1/auth/logout", headers: .bearer(token)).status == .noContent)
            #expect(try await app.api(.GET, "/api/v1/me", headers: .bearer(token)).status == .unauthorized)
        }
    }

    @Test func integrationTokenActsInItsRoleAndCanBeRevoked() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let created = try await app.api(.POST, "/api/v1/integration-tokens", headers: .bearer(admin), json: ["name": "PBX", "role": "operator"])
            #expect(created.status == .created)
            let secret = try #require(created.json["token"] as? String)
            let id = try #require(created.json["id"] as? String)
            let me = try await app.api(.GET, "/api/v1/me", headers: .bearer(secret))
            #expect(me.json["role"] as? String == "operator")
            // an operator token may not administer users
            #expect(try await app.api(.GET, "/api/v1/users", headers: .bearer(secret)).status == .forbidden)
            let revoked = try await app.api(.DELETE, "/api/v1/integration-tokens/\(id)", headers: .bearer(admin, [("If-Match", "\"1\"")]))
            #expect(revoked.status == .noContent)
            #expect(try await app.api(.GET, "/api/v1/me", headers: .bearer(secret)).status == .unauthorized)
        }
    }

    @Test func integrationTokensCannotActAsAClient() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/integration-tokens", headers: .bearer(admin), json: ["name": "Shop", "role": "client"])
            #expect(response.status == .unprocessableEntity)
            #expect(try await ApiToken.query(on: app.db).filter(\.$kind == .integration).count() == 0)
        }
    }

    @Test func passwordsAreBcryptHashedWithLimits() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let short = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin),
                                          json: ["email": "p@test.example", "password": "1234567", "role": "worker"])
            #expect(short.status == .unprocessableEntity)
            #expect((short.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "password")
            let long = String(repeating: "x", count: 64)
            let ok = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin),
                                       json: ["email": "p@test.example", "password": long, "role": "worker"])
            #expect(ok.status == .created)
            let stored = try #require(try await User.query(on: app.db).filter(\.$email == "p@test.example").first())
            #expect(stored.passwordHash.hasPrefix("$2"))
            #expect(try app.password.verify(long, created: stored.passwordHash))
        }
    }
}
