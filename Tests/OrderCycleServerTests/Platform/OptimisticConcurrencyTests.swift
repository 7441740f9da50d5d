import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Versions, ETag and If-Match")
struct OptimisticConcurrencyTests {
    @Test func getSendsTheVersionAsETag() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (user, _) = try await makeUser(app, role: .worker)
            let response = try await app.api(.GET, "/api/v1/users/\(try user.requireID())", headers: .bearer(admin))
            #expect(response.headers.first(name: .eTag) == "\"1\"")
        }
    }

    @Test func changeWithoutIfMatchIs428AndChangesNothing() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (user, _) = try await makeUser(app, role: .worker)
            let response = try await app.api(.PATCH, "/api/v1/users/\(try user.requireID())", headers: .bearer(admin), json: ["display_name": "Changed"])
            #expect(response.status == .preconditionRequired)
            #expect(try await User.find(user.id, on: app.db)?.displayName == "worker tester")
        }
    }

    @Test func staleIfMatchIs412AndChangesNothing() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (user, _) = try await makeUser(app, role: .worker)
            let id = try user.requireID()
            let ok = try await app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(admin, [("If-Match", "\"1\"")]), json: ["display_name": "First"])
            #expect(ok.status == .ok)
            #expect(ok.headers.first(name: .eTag) == "\"2\"")
            let stale = try await app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(admin, [("If-Match", "\"1\"")]), json: ["display_name": "Second"])
            #expect(stale.status == .preconditionFailed)
            #expect(try await User.find(id, on: app.db)?.displayName == "First")
        }
    }

    @Test func ofConcurrentChangesWithTheSameVersionExactlyOneWins() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (user, _) = try await makeUser(app, role: .worker)
            let id = try user.requireID()
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        try await app.testing().sendRequest(.PATCH, "/api/v1/users/\(id)",
                            headers: .bearer(admin, [("If-Match", "\"1\""), ("Content-Type", "application/json")]),
                            body: ByteBuffer(string: #"{"display_name": "Writer \#(i)"}"#)).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .preconditionFailed }.count == 7)
            #expect(try await User.find(id, on: app.db)?.version == 2)
        }
    }
}
