import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Changing a user through `PATCH /api/v1/users/{id}` and through the user's page runs one
/// operation: the same rows and audit trail, and the same refusals — the last active
/// administrator stays, and a user's role stays on its side of the client/staff line.
@Suite("Change a user, API and form alike")
struct ChangeUserTests {
    typealias Setting = AccountOperationsTests.Setting

    /// What a refusal must leave untouched.
    static func state(_ id: UUID, on db: any Database) async throws -> String {
        let u = try #require(try await User.find(id, on: db))
        let audits = try await AuditEvent.query(on: db).filter(\.$entityID == id).count()
        return "\(u.role) \(u.active) \(u.displayName) \(u.clientID?.uuidString ?? "-") v\(u.version) audits:\(audits)"
    }

    @Test func changeUserBothWays() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let (a, _) = try await makeUser(app, role: .logistician, email: "change-api@test.example")
            let (b, _) = try await makeUser(app, role: .logistician, email: "change-form@test.example")
            let changed = try await app.api(.PATCH, "/api/v1/users/\(try a.requireID())", headers: .bearer(s.token, [("If-Match", "\"\(a.version)\"")]),
                                            json: UsersAPI.UpdateBody(display_name: "Night planner", role: "operator", active: false, phone: "+7 900 000-00-00"))
            #expect(changed.status == .ok, "\(changed.text)")
            _ = try await s.browser.get("/users/\(try b.requireID())")
            let posted = try await s.browser.post("/users/\(try b.requireID())", form: ["display_name": "Night planner", "role": "operator", "active": "false",
                                                                                      "phone": "+7 900 000-00-00", "version": "\(b.version)"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            let byAPI = try #require(try await User.find(a.id, on: app.db))
            let byForm = try #require(try await User.find(b.id, on: app.db))
            #expect(byAPI.role == .operator && !byAPI.active && byAPI.displayName == "Night planner")
            #expect("\(byAPI.role) \(byAPI.active) \(byAPI.displayName) \(byAPI.phone ?? "-") \(byAPI.version)"
                    == "\(byForm.role) \(byForm.active) \(byForm.displayName) \(byForm.phone ?? "-") \(byForm.version)")
            let apiTrail = try await s.trail(try a.requireID(), naming: "change-api@test.example")
            #expect(!apiTrail.isEmpty)
            #expect(apiTrail == (try await s.trail(try b.requireID(), naming: "change-form@test.example")))
        }
    }

    @Test func theLastActiveAdministratorStays() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let me = try #require(try await User.query(on: app.db).filter(\.$email == "accounts-admin@test.example").first())
            let id = try me.requireID()
            let before = try await Self.state(id, on: app.db)
            for body in [UsersAPI.UpdateBody(active: false), UsersAPI.UpdateBody(role: "manager")] {
                let refused = try await app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(s.token, [("If-Match", "\"\(me.version)\""), ("Accept-Language", "ru")]), json: body)
                #expect(refused.status == .conflict, "\(refused.text)")
                #expect((refused.json["detail"] as? String)?.contains("последний активный администратор") == true, "\(refused.text)")
            }
            _ = try await s.browser.get("/users/\(id)")
            let form = try await s.browser.post("/users/\(id)", form: ["display_name": "Admin", "role": "admin", "active": "false", "version": "\(me.version)"])
            #expect(form.status == .conflict)
            #expect(form.text.contains("last active administrator"), "\(form.text.prefix(300))")
            #expect(try await Self.state(id, on: app.db) == before)

            // With a second administrator, two administrators demoting each other at once: one
            // change wins, the other is refused, and one active administrator remains.
            let (other, otherToken) = try await makeUser(app, role: .admin, email: "second-admin@test.example")
            async let first = app.api(.PATCH, "/api/v1/users/\(try other.requireID())", headers: .bearer(s.token, [("If-Match", "*")]), json: UsersAPI.UpdateBody(role: "analyst"))
            async let second = app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(otherToken, [("If-Match", "*")]), json: UsersAPI.UpdateBody(role: "analyst"))
            let statuses = [try await first.status, try await second.status]
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(try await User.query(on: app.db).filter(\.$role == .admin).filter(\.$active == true).count() == 1)
        }
    }

    @Test func roleAndClientLinkAgree() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let world = try await OrderWorld.make(app)
            let (clientUser, _) = try await makeUser(app, role: .client, email: "client-user@test.example", clientID: world.client)
            let (staff, _) = try await makeUser(app, role: .manager, email: "staff-user@test.example")
            for (user, role) in [(clientUser, "manager"), (staff, "client")] {
                let id = try user.requireID()
                let before = try await Self.state(id, on: app.db)
                let refused = try await app.api(.PATCH, "/api/v1/users/\(id)", headers: .bearer(s.token, [("If-Match", "*")]), json: UsersAPI.UpdateBody(role: role))
                #expect(refused.status == .unprocessableEntity, "\(refused.text)")
                #expect(refused.text.contains("\"field\":\"role\""), "\(refused.text)")
                _ = try await s.browser.get("/users/\(id)")
                let form = try await s.browser.post("/users/\(id)", form: ["display_name": user.displayName, "role": role, "active": "true", "version": "\(user.version)"])
                #expect(form.status == .unprocessableEntity)
                #expect(try await Self.state(id, on: app.db) == before)
            }
            let created = try await app.api(.POST, "/api/v1/users", headers: .bearer(s.token),
                                            json: UsersAPI.CreateBody(email: "staff-with-client@test.example", password: "long enough secret",
                                                                      role: "operator", client_id: world.client))
            #expect(created.status == .unprocessableEntity && created.text.contains("\"field\":\"client_id\""), "\(created.text)")
            #expect(try await User.query(on: app.db).filter(\.$email == "staff-with-client@test.example").count() == 0)
        }
    }
}
