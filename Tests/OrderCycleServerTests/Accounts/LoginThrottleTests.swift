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
        try await withApp { app in
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
}
