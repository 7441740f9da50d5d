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
            let response = try await app.api(.GET, "/api/v1/users?limit=0&cursor=%%%", headers: .bearer(admin))
            #expect(response.status == .unprocessableEntity)
            let fields = Set((response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["limit", "cursor"])
        }
    }
}
