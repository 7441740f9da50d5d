import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Each clients-area operation run once through the API and once through the pages' forms
/// leaves the same card, the same assignments and the same audit trail.
@Suite("Client operations, API and form alike")
struct ClientOperationsTests {
    /// One administrator with a token and a logged-in browser, a segment and the one manager serving it.
    struct Setting {
        let app: Application
        let token: String
        let browser: Browser
        let segment: UUID
        let manager: User

        static func make(_ app: Application) async throws -> Setting {
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (manager, _) = try await ClientFixtures.manager(app, serving: [segment], name: "Iryna Manager")
            let (_, token) = try await makeUser(app, role: .admin, email: "clients-admin@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "clients-admin@test.example", password: "correct horse")
            return Setting(app: app, token: token, browser: browser, segment: segment, manager: manager)
        }

        func client(_ name: String) async throws -> ClientDTO {
            try await ClientFixtures.client(app, token: token, name: name, segment: segment, phones: ["+380441234567"])
        }

        /// The card, its assignments and its trail, with ids, codes, the name and times as what must be equal.
        func stored(_ id: UUID, since mark: Date, name: String) async throws -> [String] {
            let card = try #require(try await ClientStore.card(id, on: app.db))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .custom { date, encoder in
                var c = encoder.singleValueContainer()
                try c.encode(date < mark ? "before" : "after")
            }
            func text<T: Encodable>(_ value: T) throws -> String {
                StoredOrder.normalised(String(decoding: try encoder.encode(value), as: UTF8.self))
                    .replacingOccurrences(of: card.code, with: "<code>").replacingOccurrences(of: name, with: "<name>")
            }
            let assignments = try await AssignmentHistory.entries(clientID: id, on: app.db)
            let trail = try await AuditEvent.query(on: app.db).filter(\.$entityID == id).all().map { e in
                "\(e.at < mark ? "before" : "after") \(e.actorLabel) \(e.entity) \(e.action) " + StoredOrder.normalised("\(e.before ?? "-") → \(e.after ?? "-")")
                    .replacingOccurrences(of: card.code, with: "<code>").replacingOccurrences(of: name, with: "<name>")
            }.sorted()
            return [try text(card)] + (try assignments.map(text)) + trail
        }
    }

    @Test func createClient() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let apiMark = Date()
            let byAPI = try await s.client("Acme Packaging")
            let throughAPI = try await s.stored(byAPI.id, since: apiMark, name: "Acme Packaging")
            try await s.browser.get("/clients/new")
            let formMark = Date()
            let created = try await s.browser.post("/clients", form: ["name": "Borys Packaging", "kind": "customer", "party": "company", "segment_id": s.segment.uuidString,
                                                                      "contact_name_0": "Main", "contact_phones_0": "+380441234567"])
            #expect(created.status == .seeOther, "\(created.text.prefix(300))")
            let formID = try #require(created.headers.first(name: .location).flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            #expect(try await s.stored(formID, since: formMark, name: "Borys Packaging") == throughAPI)
        }
    }

    @Test func updateClient() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let first = try await s.client("Acme Packaging"), second = try await s.client("Borys Packaging")
            let apiMark = Date()
            let patched = try await app.api(.PATCH, "/api/v1/clients/\(first.id)", headers: .bearer(s.token, [("If-Match", "\"\(first.version)\"")]),
                                            json: ["notes": "Pays on delivery", "tax_id": "12345678"])
            #expect(patched.status == .ok, "\(patched.text)")
            let throughAPI = try await s.stored(first.id, since: apiMark, name: "Acme Packaging")
            try await s.browser.get("/clients/\(second.id)/edit")
            let formMark = Date()
            var form = ClientFormPage.Values.of(second).fields
            form["notes"] = "Pays on delivery"
            form["tax_id"] = "12345678"
            let posted = try await s.browser.post("/clients/\(second.id)", form: form)
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            #expect(try await s.stored(second.id, since: formMark, name: "Borys Packaging") == throughAPI)
        }
    }

    @Test func archiveClient() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let first = try await s.client("Acme Packaging"), second = try await s.client("Borys Packaging")
            let apiMark = Date()
            let patched = try await app.api(.PATCH, "/api/v1/clients/\(first.id)", headers: .bearer(s.token, [("If-Match", "\"\(first.version)\"")]), json: ["active": false])
            #expect(patched.status == .ok, "\(patched.text)")
            let throughAPI = try await s.stored(first.id, since: apiMark, name: "Acme Packaging")
            try await s.browser.get("/clients/\(second.id)")
            let formMark = Date()
            let posted = try await s.browser.post("/clients/\(second.id)/archive", form: ["active": "false", "version": String(second.version)])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            #expect(try await s.stored(second.id, since: formMark, name: "Borys Packaging") == throughAPI)
        }
    }

    @Test func reassignClient() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let (other, _) = try await ClientFixtures.manager(app, serving: [], name: "Oksana Manager")
            let first = try await s.client("Acme Packaging"), second = try await s.client("Borys Packaging")
            let apiMark = Date()
            let moved = try await app.api(.POST, "/api/v1/clients/\(first.id)/reassign", headers: .bearer(s.token, [("If-Match", "\"\(first.version)\"")]),
                                          json: ["manager_id": other.id!.uuidString, "reason": "Key account moves to Kyiv office"])
            #expect(moved.status == .ok, "\(moved.text)")
            let throughAPI = try await s.stored(first.id, since: apiMark, name: "Acme Packaging")
            try await s.browser.get("/clients/\(second.id)")
            let formMark = Date()
            let posted = try await s.browser.post("/clients/\(second.id)/reassign", form: ["manager_id": other.id!.uuidString, "reason": "Key account moves to Kyiv office"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            #expect(try await s.stored(second.id, since: formMark, name: "Borys Packaging") == throughAPI)
        }
    }

    /// A manager's clients handed over in bulk, once by each way: the second client is made after
    /// the first has moved, so it too starts with the leaving manager.
    @Test func reassignAllClients() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let (other, _) = try await ClientFixtures.manager(app, serving: [], name: "Oksana Manager")
            let leaving = try s.manager.requireID()
            let first = try await s.client("Acme Packaging")
            let apiMark = Date()
            let moved = try await app.api(.POST, "/api/v1/managers/\(leaving)/reassign-clients", headers: .bearer(s.token),
                                          json: ["to_manager_id": other.id!.uuidString, "reason": "Leaves the company"])
            #expect(moved.status == .ok, "\(moved.text)")
            let throughAPI = try await s.stored(first.id, since: apiMark, name: "Acme Packaging")
            let second = try await s.client("Borys Packaging")
            #expect(second.manager?.id == leaving)
            try await s.browser.get("/managers/workload")
            let refused = try await s.browser.post("/managers/\(leaving)/reassign", form: ["to_manager_id": other.id!.uuidString, "reason": " "])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Give the reason for the reassignment."), "\(refused.text.prefix(300))")
            let formMark = Date()
            let posted = try await s.browser.post("/managers/\(leaving)/reassign", form: ["to_manager_id": other.id!.uuidString, "reason": "Leaves the company"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            #expect(try await s.stored(second.id, since: formMark, name: "Borys Packaging") == throughAPI)
        }
    }

    @Test func createSegment() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let created = try await app.api(.POST, "/api/v1/segments", headers: .bearer(s.token), json: ["code": "wholesale", "name_en": "Wholesale", "name_ru": "Опт"])
            #expect(created.status == .created, "\(created.text)")
            try await s.browser.get("/segments")
            let posted = try await s.browser.post("/segments", form: ["code": "export", "name_en": "Wholesale", "name_ru": "Опт"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            let trail = try await AuditEvent.query(on: app.db).filter(\.$entity == Segment.schema).all()
                .map { "\($0.actorLabel) \($0.action) " + StoredOrder.normalised($0.after ?? "").replacingOccurrences(of: "export", with: "wholesale") }
            #expect(trail.count == 2)
            #expect(Set(trail).count == 1, "\(trail)")
        }
    }

    @Test func recordAndEndAbsence() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let tz = app.appConfig.timeZone
            let starts = try #require(AbsencesPage.parse("2030-03-02T09:00", timeZone: tz)), ends = try #require(AbsencesPage.parse("2030-03-09T18:00", timeZone: tz))
            let created = try await app.api(.POST, "/api/v1/absences", headers: .bearer(s.token),
                                            json: AbsenceInput(manager_id: s.manager.id, starts_at: starts, ends_at: ends, note: "Leave"))
            #expect(created.status == .created, "\(created.text)")
            try await s.browser.get("/absences")
            let posted = try await s.browser.post("/absences", form: ["manager_id": s.manager.id!.uuidString, "starts_at": "2030-03-02T09:00", "ends_at": "2030-03-09T18:00", "note": "Leave"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            let absences = try await AbsenceStore.upcoming(now: app.clock.now(), after: nil, limit: 10, on: app.db)
            #expect(absences.count == 2)
            let (first, second) = (absences[0], absences[1])
            #expect(try await app.api(.DELETE, "/api/v1/absences/\(first.id)", headers: .bearer(s.token, [("If-Match", "\"\(first.version)\"")])).status == .noContent)
            try await s.browser.get("/absences")
            #expect(try await s.browser.post("/absences/\(second.id)/end", form: ["version": String(second.version)]).status == .seeOther)
            let trail = try await AuditEvent.query(on: app.db).filter(\.$entity == "manager_absences").all()
                .map { "\($0.actorLabel) \($0.action) " + StoredOrder.normalised("\($0.before ?? "-") → \($0.after ?? "-")") }
            #expect(trail.count == 4)
            #expect(Set(trail).count == 2, "\(trail)")
        }
    }
}
