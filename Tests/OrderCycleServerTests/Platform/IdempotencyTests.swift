import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Idempotency-Key on creating POSTs")
struct IdempotencyTests {
    let body = ["email": "idem@test.example", "password": "longenough", "role": "worker", "display_name": "Idem"]

    @Test func replayReturnsTheFirstResponseAndCreatesNothingNew() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let headers = HTTPHeaders.bearer(admin, [("Idempotency-Key", "k-1")])
            let first = try await app.api(.POST, "/api/v1/users", headers: headers, json: body)
            let second = try await app.api(.POST, "/api/v1/users", headers: headers, json: body)
            #expect(first.status == .created)
            #expect(second.status == .created)
            #expect(first.text == second.text)
            #expect(second.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(try await User.query(on: app.db).filter(\.$email == "idem@test.example").count() == 1)
        }
    }

    @Test func sameKeyWithAnotherBodyIs422() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let headers = HTTPHeaders.bearer(admin, [("Idempotency-Key", "k-2")])
            #expect(try await app.api(.POST, "/api/v1/users", headers: headers, json: body).status == .created)
            var other = body
            other["email"] = "other@test.example"
            let response = try await app.api(.POST, "/api/v1/users", headers: headers, json: other)
            #expect(response.status == .unprocessableEntity)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/idempotency-key-reused")
            #expect(try await User.query(on: app.db).filter(\.$email == "other@test.example").count() == 0)
        }
    }

    @Test func keyStillRunningIs409() async throws {
        try await withApp { app in
            let (admin, token) = try await makeUser(app, role: .admin)
            let raw = #"{"email": "run@test.example", "password": "longenough", "role": "worker"}"#
            // Learn the request's fingerprint from a completed twin with another key.
            try await app.api(.POST, "/api/v1/users", headers: .bearer(token, [("Idempotency-Key", "k-probe")]), raw: raw)
            let probe = try #require(try await IdempotencyRecord.query(on: app.db).filter(\.$key == "k-probe").first())
            // A first request with k-3 holds the claim and has not committed its write yet.
            let running = IdempotencyRecord(scope: "user:\(try admin.requireID())", key: "k-3", fingerprint: probe.fingerprint, now: Date())
            try await running.create(on: app.db)
            let response = try await app.api(.POST, "/api/v1/users", headers: .bearer(token, [("Idempotency-Key", "k-3")]), raw: raw)
            #expect(response.status == .conflict)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/idempotency-key-in-flight")
        }
    }

    @Test func aFailedRequestFreesItsKeyAndStoresNothing() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            try await makeUser(app, role: .worker, email: "taken@test.example")
            let headers = HTTPHeaders.bearer(admin, [("Idempotency-Key", "k-4")])
            var taken = body
            taken["email"] = "taken@test.example"
            #expect(try await app.api(.POST, "/api/v1/users", headers: headers, json: taken).status == .unprocessableEntity)
            #expect(try await IdempotencyRecord.query(on: app.db).filter(\.$key == "k-4").count() == 0)
        }
    }

    @Test func keysAreScopedPerCaller() async throws {
        try await withApp { app in
            let (_, a) = try await makeUser(app, role: .admin)
            let (_, b) = try await makeUser(app, role: .admin)
            var second = body
            second["email"] = "second@test.example"
            #expect(try await app.api(.POST, "/api/v1/users", headers: .bearer(a, [("Idempotency-Key", "same")]), json: body).status == .created)
            #expect(try await app.api(.POST, "/api/v1/users", headers: .bearer(b, [("Idempotency-Key", "same")]), json: second).status == .created)
        }
    }
}
