import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Keyset pagination")
struct PaginationTests {
    @Test func pagesCoverEveryRowOnceInOrder() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin, email: "a0@test.example")
            for i in 1...6 { try await makeUser(app, role: .worker, email: "w\(i)@test.example") }
            var seen: [String] = []
            var cursor: String?
            repeat {
                let path = "/api/v1/users?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await app.api(.GET, path, headers: .bearer(admin))
                seen += (page.json["items"] as? [[String: Any]] ?? []).compactMap { $0["email"] as? String }
                cursor = page.json["next_cursor"] as? String
            } while cursor != nil
            #expect(seen == seen.sorted())
            #expect(seen.count == 7)
            #expect(Set(seen).count == 7)
        }
    }

    @Test func badLimitAndCursorAreNamed() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let limit = try await app.api(.GET, "/api/v1/users?limit=0", headers: .bearer(admin))
            #expect(limit.status == .unprocessableEntity)
            let both = try await app.api(.GET, "/api/v1/users?limit=0&cursor=%%%", headers: .bearer(admin))
            #expect(both.status == .badRequest)
            let fields = Set((both.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["limit", "cursor"])
        }
    }

    /// A cursor's key is read as the list's own kind of key: a moment past the years 1…9999 or
    /// not a number at all (which once trapped in PostgreSQL's date encoder) is a 400.
    @Test(arguments: ["1e300", "nan", "inf", "-1e20", "99999999999999999999", "2026-01-01", ""])
    func forgedCursorsAreRefusedOnEveryList(_ key: String) async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let world = try await OrderWorld.make(app)
            let json = #"{"key":"\#(key)","id":"\#(UUID().uuidString)"}"#
            let cursor = Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
            for (path, token) in [("/api/v1/orders", admin), ("/api/v1/orders", client), ("/api/v1/claims", admin), ("/api/v1/claims", client),
                                  ("/api/v1/audit-events", admin), ("/api/v1/clients/\(world.client)/calls", admin), ("/api/v1/absences", admin),
                                  ("/api/v1/quality/requests?kind=claim", admin), ("/api/v1/quality/requests", admin)] {
                let separator = path.contains("?") ? "&" : "?"
                let response = try await app.api(.GET, path + separator + "cursor=" + cursor, headers: .bearer(token))
                #expect(response.status == .badRequest, "\(path) with key \(key): \(response.status)")
                let fields = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                #expect(fields == ["cursor"], "\(path)")
            }
            let health = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(health.status == .ok)
        }
    }
}
