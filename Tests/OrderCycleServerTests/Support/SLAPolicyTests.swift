import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// SLA policies by subscription package (a client's package in force takes precedence over its
/// segment), changed through `PATCH /api/v1/sla-policies/{id}`, and the administrators' page
/// that lists, adds and changes them through the same operations.
@Suite("SLA policies by package, their change and their page")
struct SLAPolicyTests {
    /// A package with `client` on it from `from` (inclusive) to `to` (inclusive, open when nil).
    static func package(_ app: Application, code: String, client: UUID, from: String, to: String? = nil, now: Date) async throws -> UUID {
        let id = UUID()
        try await app.db.sql.raw("""
            INSERT INTO service_packages (id, version, code, name_en, name_ru, price_minor, currency, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: code), \(bind: "Premium \(code)"), \(bind: "Премиум \(code)"), 100000, 'UAH', \(bind: true), \(bind: now), \(bind: now))
            """).run()
        try await app.db.sql.raw("""
            INSERT INTO subscriptions (id, version, client_id, package_id, starts_on, ends_on, created_at, updated_at)
            VALUES (\(bind: UUID()), 1, \(bind: client), \(bind: id), \(bind: from), \(bind: to), \(bind: now), \(bind: now))
            """).run()
        return id
    }

    struct Policy: Encodable, Sendable {
        var segment_id: UUID?
        var package_id: UUID?
        var priority: String
        var first_response_minutes: Int
        var resolution_minutes: Int
    }

    func due(_ app: Application, _ token: String, client: UUID) async throws -> (first: String?, resolution: String?) {
        let ticket = try await app.ticket(token, clientID: client)
        let sla = ticket["sla"] as? [String: Any] ?? [:]
        return (sla["first_response_due"] as? String, sla["resolution_due"] as? String)
    }

    @Test func aClientsActivePackageTakesPrecedenceOverItsSegment() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let now = clock.now()
            let premium = try await Self.package(app, code: "premium", client: w.acme, from: "2026-03-01", now: now)
            // Globex was on the package until yesterday: it no longer counts.
            _ = try await Self.package(app, code: "expired", client: w.globex, from: "2026-01-01", to: "2026-03-01", now: now)
            let expired = try #require(try await app.db.sql.raw("SELECT id FROM service_packages WHERE code = 'expired'").first(decodingColumn: "id", as: UUID.self))
            let policies: [Policy] = [
                Policy(segment_id: nil, package_id: nil, priority: "normal", first_response_minutes: 180, resolution_minutes: 1200),
                Policy(segment_id: w.segment, package_id: nil, priority: "normal", first_response_minutes: 120, resolution_minutes: 600),
                Policy(segment_id: nil, package_id: premium, priority: "normal", first_response_minutes: 30, resolution_minutes: 180),
                Policy(segment_id: nil, package_id: expired, priority: "normal", first_response_minutes: 5, resolution_minutes: 10),
            ]
            for policy in policies {
                let created = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: policy)
                #expect(created.status == .created, "\(created.text)")
            }
            // Acme, on the package: the package's targets, not its segment's.
            let acme = try await due(app, w.operator.token, client: w.acme)
            #expect(acme.first == iso(now.addingTimeInterval(30 * 60)) && acme.resolution == iso(now.addingTimeInterval(3 * 3600)))
            // Globex, in the same segment, its package ended: the segment's.
            let globex = try await due(app, w.operator.token, client: w.globex)
            #expect(globex.first == iso(now.addingTimeInterval(2 * 3600)) && globex.resolution == iso(now.addingTimeInterval(10 * 3600)))
            // A priority the package has no policy for falls back to the segment's, then every segment's, then the standard.
            let high = try await app.ticket(w.operator.token, priority: "high", clientID: w.acme)
            #expect((high["sla"] as? [String: Any])?["first_response_due"] as? String == iso(now.addingTimeInterval(3600)))

            let list = try await app.api(.GET, "/api/v1/sla-policies", headers: .bearer(w.operator.token))
            let items = list.json["items"] as? [[String: Any]] ?? []
            #expect(items.filter { $0["package_id"] as? String == premium.uuidString }.count == 1)
        }
    }

    @Test func aPolicyNamesASegmentOrAPackageNotBothAndOneOnlyPerPackageAndPriority() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let premium = try await Self.package(app, code: "premium", client: w.acme, from: "2026-03-01", now: clock.now())
            let both = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token),
                                         json: Policy(segment_id: w.segment, package_id: premium, priority: "low", first_response_minutes: 60, resolution_minutes: 600))
            #expect(both.status == .unprocessableEntity && both.text.contains("package_id"), "\(both.text)")
            let unknown = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token),
                                            json: Policy(segment_id: nil, package_id: UUID(), priority: "low", first_response_minutes: 60, resolution_minutes: 600))
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("package_id"))
            let policy = Policy(segment_id: nil, package_id: premium, priority: "low", first_response_minutes: 60, resolution_minutes: 600)
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: policy).status == .created)
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: policy).status == .conflict)
            // The same priority for every segment is another scope.
            var anySegment = policy
            anySegment.package_id = nil
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: anySegment).status == .created)
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.operator.token), json: policy).status == .forbidden)
        }
    }

    @Test func aChangedPolicyPromisesNewTicketsOnlyAndTakesTheVersionItWasReadAt() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let created = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token),
                                            json: Policy(segment_id: nil, package_id: nil, priority: "normal", first_response_minutes: 60, resolution_minutes: 600))
            let id = try #require(created.json["id"] as? String)
            let before = try await app.ticket(w.acmeUser.token)
            let path = "/api/v1/sla-policies/\(id)"
            #expect(try await app.api(.PATCH, path, headers: .bearer(w.admin.token), json: ["first_response_minutes": 20]).status == .preconditionRequired)
            #expect(try await app.api(.PATCH, path, headers: .bearer(w.admin.token, [("If-Match", "\"7\"")]), json: ["first_response_minutes": 20]).status == .preconditionFailed)
            #expect(try await app.api(.PATCH, path, headers: .bearer(w.operator.token, [("If-Match", "\"1\"")]), json: ["first_response_minutes": 20]).status == .forbidden)
            // Resolution shorter than the first response, counting the kept resolution target.
            let short = try await app.api(.PATCH, path, headers: .bearer(w.admin.token, [("If-Match", "\"1\"")]), json: ["first_response_minutes": 900])
            #expect(short.status == .unprocessableEntity && short.text.contains("resolution_minutes"), "\(short.text)")
            struct Change: Encodable, Sendable { var first_response_minutes: Int; var calendar: String; var weekdays: [String]; var opens: String; var closes: String }
            let changed = try await app.api(.PATCH, path, headers: .bearer(w.admin.token, [("If-Match", "\"1\"")]),
                                            json: Change(first_response_minutes: 20, calendar: "business_hours", weekdays: ["monday", "tuesday"], opens: "10:00", closes: "17:00"))
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(changed.json["first_response_minutes"] as? Int == 20 && changed.json["resolution_minutes"] as? Int == 600)
            #expect((changed.json["calendar"] as? String)?.hasPrefix("hours mon,tue 10:00-17:00") == true, "\(changed.json["calendar"] ?? "")")
            #expect(changed.headers.first(name: .eTag) == "\"2\"")
            #expect(try await app.api(.GET, path, headers: .bearer(w.operator.token)).json["version"] as? Int == 2)
            #expect(try await app.api(.GET, "/api/v1/sla-policies/\(UUID())", headers: .bearer(w.admin.token)).status == .notFound)
            // The earlier ticket keeps its promise; a new one gets the new terms.
            let kept = try await app.api(.GET, "/api/v1/tickets/\(before["id"] as? String ?? "")", headers: .bearer(w.operator.token))
            #expect(kept.sla["first_response_target_seconds"] as? Int == 3600)
            let after = try await app.ticket(w.acmeUser.token)
            #expect((after["sla"] as? [String: Any])?["first_response_target_seconds"] as? Int == 1200)
        }
    }

    @Test func administratorsAddAndChangePoliciesOnThePageAndOthersOnlyRead() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let premium = try await Self.package(app, code: "premium", client: w.acme, from: "2026-03-01", now: clock.now())
            let admin = try await w.browser(app, as: w.admin, language: "ru")
            let page = try await admin.get("/support/sla-policies")
            #expect(page.status == .ok && page.text.contains("Политики SLA") && page.text.contains("Пакет Премиум premium"))
            // A resolution shorter than the first response comes back beside the field with what was typed.
            let wrong = try await admin.post("/support/sla-policies", form: ["scope": "package:\(premium)", "priority": "high", "first_response_minutes": "90",
                                                                             "resolution_minutes": "30", "calendar": "24x7"])
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("id=\"resolution_minutes-error\">не может быть короче первого ответа<"))
            #expect(wrong.text.contains("value=\"90\"") && wrong.text.contains("<option value=\"package:\(premium)\" selected>"))
            let added = try await admin.post("/support/sla-policies", form: ["scope": "package:\(premium)", "priority": "high", "first_response_minutes": "15",
                                                                             "resolution_minutes": "120", "calendar": "24x7"])
            #expect(added.status == .seeOther, "\(added.text.prefix(400))")
            let policy = try #require(try await SLAPolicyQueries.list(on: app.db).first)
            #expect(policy.package_id == premium && policy.first_response_minutes == 15)

            // The change form: office hours on two days, through the same operation as PATCH.
            let edit = try await admin.get("/support/sla-policies/\(policy.id)")
            #expect(edit.status == .ok && edit.text.contains("value=\"15\""))
            let badHours = try await admin.post("/support/sla-policies/\(policy.id)", form: ["version": "1", "first_response_minutes": "15", "resolution_minutes": "120",
                                                                                              "calendar": "business_hours", "opens": "18:00", "closes": "09:00", "weekdays[]": "monday"])
            #expect(badHours.status == .unprocessableEntity && badHours.text.contains("closes-error"))
            let saved = try await admin.post("/support/sla-policies/\(policy.id)", form: ["version": "1", "first_response_minutes": "20", "resolution_minutes": "240",
                                                                                           "calendar": "business_hours", "opens": "08:00", "closes": "20:00", "weekdays[]": "monday",
                                                                                           "holidays": "2026-03-09"])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(400))")
            let after = try #require(try await SLAPolicyQueries.one(policy.id, on: app.db))
            #expect(after.first_response_minutes == 20 && after.version == 2 && after.calendar.contains("08:00-20:00") && after.calendar.contains("2026-03-09"))
            // A stale form is refused, saying why.
            let stale = try await admin.post("/support/sla-policies/\(policy.id)", form: ["version": "1", "first_response_minutes": "25", "resolution_minutes": "240", "calendar": "24x7"])
            #expect(stale.status == .preconditionFailed)

            // An operator reads the list without the forms and may not post.
            let op = try await w.browser(app, as: w.operator)
            let read = try await op.get("/support/sla-policies")
            #expect(read.status == .ok && read.text.contains("SLA policies") && !read.text.contains("policy-form"))
            #expect(try await op.get("/support/sla-policies/\(policy.id)").status == .forbidden)
            #expect(try await op.post("/support/sla-policies", form: ["scope": "all", "priority": "low", "first_response_minutes": "1", "resolution_minutes": "2"]).status == .forbidden)
            // A client has no such page.
            let client = try await w.browser(app, as: w.acmeUser)
            #expect(try await client.get("/support/sla-policies").status == .forbidden)
        }
    }
}
