import Fluent
import Foundation
import NIOCore
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The login backoff under concurrency and behind shared addresses (ASVS 5.0 V6.3.1, V6.1.1).
@Suite("Login backoff: concurrent guesses, shared addresses, proxies")
struct LoginThrottleTests {
    func failures(_ app: Application, _ key: String) async throws -> Int {
        let row = try await app.db.sql.raw("SELECT failures FROM login_throttles WHERE key = \(bind: key)").first()
        return try row?.decode(column: "failures", as: Int.self) ?? 0
    }

    func login(_ app: Application, _ email: String, _ password: String) async throws -> HTTPStatus {
        try await app.api(.POST, "/api/v1/auth/login", json: ["email": email, "password": password]).status
    }

    @Test func fiftyGuessesAtOnceAreCountedExactlyAndMostAreNotChecked() async throws {
        // Time stands still: a wait of two seconds must not run out while a loaded machine hashes.
        try await withApp(clock: .fixed(Date())) { app in
            try await makeUser(app, role: .admin, email: "boss@test.example", password: "correct horse")
            let sent = 50
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<sent {
                    group.addTask {
                        try await app.testing().sendRequest(.POST, "/api/v1/auth/login", headers: ["Content-Type": "application/json"],
                                                            body: ByteBuffer(string: #"{"email":"boss@test.example","password":"wrong guess"}"#)).status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(statuses).isSubset(of: [401, 429]), "answers: \(statuses.sorted())")
            // 401 = the password was checked and was wrong; 429 = refused before any check.
            let checked = statuses.filter { $0 == 401 }.count
            #expect(checked + statuses.filter { $0 == 429 }.count == sent)
            // The pair allows 5 checks before its first wait; the burst gets no more than the
            // same guesses sent one by one within that wait.
            #expect(checked >= LoginBackoff.pair.freeFailures && checked < sent, "\(checked) of \(sent) were checked")
            // Every checked guess is one stored failure on each key; a refused one is none.
            for key in ["account:boss@test.example", "address:unknown", "pair:unknown|boss@test.example"] {
                #expect(try await failures(app, key) == checked, "\(key)")
            }
        }
    }

    @Test func guessesOnUnknownEmailsDoNotLockTheAdministratorOutOfTheSameAddress() async throws {
        // Time stands still: a wait of two seconds must not run out while a loaded machine hashes.
        try await withApp(clock: .fixed(Date())) { app in
            try await makeUser(app, role: .admin, email: "admin@test.example", password: "correct horse")
            for i in 0..<LoginBackoff.address.freeFailures {
                #expect(try await login(app, "nobody\(i)@test.example", "guess") == .unauthorized)
            }
            #expect(try await failures(app, "address:unknown") == LoginBackoff.address.freeFailures)
            // The address waits: a second guess on an account that already failed is refused…
            #expect(try await login(app, "nobody0@test.example", "guess again") == .tooManyRequests)
            // …but the administrator, whose account has no failures of its own, logs in.
            #expect(try await login(app, "admin@test.example", "correct horse") == .created)
            // And a guesser there gets one guess on a fresh account, then waits with the address.
            try await makeUser(app, role: .manager, email: "m@test.example", password: "correct horse")
            #expect(try await login(app, "m@test.example", "guess") == .unauthorized)
            #expect(try await login(app, "m@test.example", "correct horse") == .tooManyRequests)
        }
    }

    func request(_ app: Application, peer: String, forwardedFor: String?) throws -> Request {
        var headers = HTTPHeaders()
        if let forwardedFor { headers.add(name: .xForwardedFor, value: forwardedFor) }
        return Request(application: app, method: .POST, url: URI(path: "/api/v1/auth/login"), headers: headers,
                       remoteAddress: try SocketAddress(ipAddress: peer, port: 40_000), on: app.eventLoopGroup.any())
    }

    @Test func forwardedForIsIgnoredWithoutATrustedProxy() async throws {
        try await withApp { app in
            let seen = try request(app, peer: "192.0.2.10", forwardedFor: "203.0.113.7").clientAddress
            #expect(seen == "192.0.2.10")
        }
    }

    @Test func forwardedForIsTakenFromATrustedProxyUpToItsNearestUntrustedHop() async throws {
        try await withApp({ $0.trustedProxies = ["10.0.0.5", "10.0.0.6"] }) { app in
            // The sender wrote "1.2.3.4" itself; the proxies appended what they saw.
            let forwarded = try request(app, peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.7, 10.0.0.6").clientAddress
            #expect(forwarded == "203.0.113.7")
            let direct = try request(app, peer: "10.0.0.5", forwardedFor: nil).clientAddress
            #expect(direct == "10.0.0.5")
            // Not from a trusted proxy: the header proves nothing.
            let untrusted = try request(app, peer: "192.0.2.10", forwardedFor: "203.0.113.7").clientAddress
            #expect(untrusted == "192.0.2.10")
        }
    }

    @Test func trustedProxiesAreReadFromTheEnvironment() throws {
        let config = try AppConfig.fromEnvironment(["ORDERCYCLE_TRUSTED_PROXIES": "10.0.0.5, ::1"])
        #expect(config.trustedProxies == ["10.0.0.5", "::1"])
        #expect(throws: AppConfig.Invalid.self) { try AppConfig.fromEnvironment(["ORDERCYCLE_TRUSTED_PROXIES": "proxy.local"]) }
        #expect(try AppConfig.fromEnvironment([:]).trustedProxies.isEmpty)
    }
}
