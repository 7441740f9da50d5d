import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Audit trail")
struct AuditTrailTests {
    @Test func changesRecordWhoAndBeforeAndAfter() async throws {
        try await withApp { app in
            let (admin, token) = try await makeUser(app, role: .admin)
            let (user, _) = try await makeUser(app, role: .worker)
            let id = try user.requireID()
            try await app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(token, [("If-Match", "\"1\"")]), json: ["display_name": "Renamed"])
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == id).all()
            let update = try #require(events.first { $0.action == "update" })
            #expect(update.actorID == admin.id)
            #expect(update.before?.contains("worker tester") == true)
            #expect(update.after?.contains("Renamed") == true)
        }
    }

    @Test func theTrailIsAppendOnlyInTheDatabase() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .admin)
            try await app.api(.POST, "/api/v1/users", headers: .bearer(token), json: ["email": "au@test.example", "password": "longenough", "role": "worker"])
            await #expect(throws: (any Error).self) { try await app.db.sqlRaw("UPDATE audit_events SET actor_label = 'forged'") }
            await #expect(throws: (any Error).self) { try await app.db.sqlRaw("DELETE FROM audit_events") }
            #expect(try await AuditEvent.query(on: app.db).count() == 1)
        }
    }

    @Test func theRecordsPageShowsItsTrail() async throws {
        try await withApp { app in
            try await makeUser(app, role: .admin, email: "adm@test.example", password: "correct horse")
            let (_, token) = try await makeUser(app, role: .admin)
            let created = try await app.api(.POST, "/api/v1/users", headers: .bearer(token), json: ["email": "shown@test.example", "password": "longenough", "role": "worker", "display_name": "Shown"])
            let id = try #require(created.json["id"] as? String)
            let browser = Browser(app)
            try await browser.logIn(email: "adm@test.example", password: "correct horse")
            let page = try await browser.get("/users/\(id)")
            #expect(page.text.contains("id=\"audit-trail\""))
            #expect(page.text.contains("Created"))
        }
    }
}
