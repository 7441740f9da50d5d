import Fluent
import SQLKit
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Each service operation run once through the API and once through its page's form leaves the
/// same row and the same audit trail; the pages speak Russian and English.
@Suite("Services operations, API and form alike")
struct ServicesTwoWaysTests {
    /// A stored row and its audit trail, with ids and times as what must be equal.
    static func stored(_ entity: String, _ id: UUID, row: some Encodable, on db: any Database) async throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let text = StoredOrder.normalised(String(decoding: try encoder.encode(row), as: UTF8.self))
        // The clock stands still in these tests: every entry has the same moment, so they compare as a set.
        let trail = try await AuditEvent.query(on: db).filter(\.$entityID == id).all().map { e in
            StoredOrder.normalised("\(e.actorLabel) \(e.entity) \(e.action) \(e.before ?? "-") → \(e.after ?? "-")")
        }.sorted()
        return [text] + trail
    }

    @Test func addingAServiceByAPIAndByTheCatalogFormStoresTheSame() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let byAPI = try await app.api(.POST, "/api/v1/services", headers: .bearer(w.manager.token), json: ServiceInput(
                code: "pallets", name_en: "Pallet exchange", name_ru: "Обмен паллет", kind: "additional", phase: "post_sale", standard_minutes: 15,
                price_minor: 40_50, segment_ids: [w.wholesale])).decoded(ServiceDTO.self)
            let browser = Browser(app)
            try await browser.logIn(email: "services-manager@test.example", password: "correct horse")
            let page = try await browser.get("/services", headers: ["Accept-Language": "ru"])
            #expect(page.status == .ok && page.text.contains("Каталог услуг") && page.text.contains("data-service=\"labels\""))
            let bad = try await browser.post("/services", form: ["code": "pallets-2", "name_en": "x", "name_ru": "x", "kind": "basic", "phase": "sale",
                                                                 "standard_minutes": "ten", "price": "1.234"])
            #expect(bad.status == .unprocessableEntity && bad.text.contains("standard_minutes-error") && bad.text.contains("price-error"))
            let posted = try await browser.post("/services", form: ["code": "pallets-2", "name_en": "Pallet exchange", "name_ru": "Обмен паллет", "kind": "additional",
                                                                    "phase": "post_sale", "standard_minutes": "15", "price": "40.50", "segment_\(w.wholesale)": "on"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(400))")
            let byForm = try #require(try await CatalogQueries.services(on: app.db).first { $0.code == "pallets-2" })
            func same(_ dto: ServiceDTO) -> ServiceDTO { var d = dto; d.code = "<code>"; return d }
            let a = try await Self.stored("services", byAPI.id, row: same(byAPI), on: app.db).map { $0.replacingOccurrences(of: "pallets-2", with: "pallets") }
            let b = try await Self.stored("services", byForm.id, row: same(byForm), on: app.db).map { $0.replacingOccurrences(of: "pallets-2", with: "pallets") }
            #expect(a == b)
            // Retiring from the service's page.
            _ = try await browser.get("/services/\(byForm.id)")
            #expect(try await browser.post("/services/\(byForm.id)/retire", form: ["version": "1", "active": "false"]).status == .seeOther)
            #expect(try await CatalogQueries.service(byForm.id, on: app.db)?.active == false)
            // A client may not open the catalog page.
            let client = Browser(app)
            try await client.logIn(email: "acme@test.example", password: "correct horse")
            #expect(try await client.get("/services").status != .ok)
        }
    }

    @Test func aSpecialRequestFiledInTheCabinetAndClosedFromItsPageMatchesTheAPI() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            #expect(try await w.connect(w.acme.id, from: "2026-03-01").status == .created)
            // Through the API, as Borys.
            #expect(try await w.connect(w.borys.id, from: "2026-03-01").status == .created)
            let byAPI = try w.request(try await w.file("special", at: ServicesWorld.tenPM, token: w.borysToken, description: "Accept our cargo at 22:00"))
            try await w.complete(byAPI.id, satisfied: true)
            // Through the pages: Acme files in its cabinet (22:00 Kyiv, as the browser's datetime-local sends it).
            let cabinet = Browser(app)
            try await cabinet.logIn(email: "acme@test.example", password: "correct horse")
            let home = try await cabinet.get("/cabinet")
            #expect(home.text.contains("id=\"current-package\"") && home.text.contains("my-requests-link"))
            let form = try await cabinet.get("/cabinet/requests", headers: ["Accept-Language": "ru"])
            #expect(form.status == .ok && form.text.contains("Новая заявка") && form.text.contains("data-allowance=\"intake\""))
            let past = try await cabinet.post("/cabinet/requests", form: ["kind": "special", "scheduled_at": "2026-03-03T22:00", "description": "Too late"])
            #expect(past.status == .unprocessableEntity && past.text.contains("scheduled_at-error"))
            let filed = try await cabinet.post("/cabinet/requests", form: ["kind": "special", "service_id": "", "scheduled_at": "2026-03-04T22:00", "description": "Accept our cargo at 22:00"])
            #expect(filed.status == .seeOther, "\(filed.text.prefix(400))")
            let listed = try await cabinet.get("/cabinet/requests")
            let id = try #require(try await app.db.sql.raw("SELECT id FROM service_requests WHERE client_id = \(bind: w.acme.id)").first()?.decode(column: "id", as: UUID.self))
            #expect(listed.text.contains("data-request-id=\"\(id)\""))
            // The manager takes it through its page.
            let manager = Browser(app)
            try await manager.logIn(email: "services-manager@test.example", password: "correct horse")
            let queue = try await manager.get("/requests")
            #expect(queue.status == .ok && queue.text.contains("data-request-id=\"\(id)\""))
            var version = 1
            for (to, extra) in [("accepted", [:]), ("planned", ["assignee_id": w.manager.user.id!.uuidString]), ("done", [:]), ("closed", ["satisfied": "true"])] as [(String, [String: String])] {
                _ = try await manager.get("/requests/\(id)")
                let moved = try await manager.post("/requests/\(id)/transitions", form: ["to": to, "version": String(version)].merging(extra) { a, _ in a })
                #expect(moved.status == .seeOther, "\(to): \(moved.text.prefix(400))")
                version += 1
            }
            let refusal = try await manager.post("/requests/\(id)/transitions", form: ["to": "done", "version": String(version)])
            #expect(refusal.status == .conflict && refusal.text.contains("request-error"))
            let byForm = try #require(try await RequestQueries.request(id, on: app.db))
            func same(_ r: ServiceRequestDTO) -> ServiceRequestDTO {
                var r = r; r.client_id = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!; r.client_name = "<client>"; return r
            }
            let a = try await Self.stored("service_requests", byAPI.id, row: same(try #require(try await RequestQueries.request(byAPI.id, on: app.db))), on: app.db)
            let b = try await Self.stored("service_requests", id, row: same(byForm), on: app.db)
            #expect(a.count == b.count && a.first == b.first, "\(a.first ?? "") vs \(b.first ?? "")")
            #expect(a.dropFirst().map { $0.replacingOccurrences(of: "client tester", with: "") } == b.dropFirst().map { $0.replacingOccurrences(of: "client tester", with: "") })
            // Another client never opens it.
            let other = Browser(app)
            try await other.logIn(email: "borys@test.example", password: "correct horse")
            #expect(try await other.get("/requests/\(id)").status == .notFound)
            #expect(try await other.get("/requests/\(byAPI.id)").status == .ok)
        }
    }
}
