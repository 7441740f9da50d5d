import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Opening a branch through the API and through the staff form runs one operation: the stored
/// branch and its audit entry are the same either way.
@Suite("Branches: the API and the form share one write")
struct BranchFormTwoWaysTests {
    @Test func aBranchOpenedThroughTheFormIsStoredAsThroughTheAPI() async throws {
        try await withApp { app in
            try await app.branchServices()
            let email = "keeper@test.example"
            let (_, token) = try await makeUser(app, role: .logistician, email: email)
            let browser = Browser(app)
            try await browser.logIn(email: email, password: "correct horse")
            let viaAPI = try await app.branch(BranchPlaces.moscowCentre, token: token)

            try await browser.get("/branches/new")
            var form: [String: String] = [
                "name_en": "Moscow Centre", "name_ru": "Москва Центр", "address": "Москва, ул. Тверская, 7", "lat": "55,7601", "lon": "37.6140",
                "phones": "8 (495) 123-45-67", "services": "pickup, storage", "internal_notes": "Key safe code 4711", "active": "on",
                "holidays": "2027-01-01 New Year", "version": "",
                "sat_open": "10:00", "sat_close": "15:00",
            ]
            for d in ["mon", "tue", "wed", "thu", "fri"] {
                form["\(d)_open"] = "09:00"; form["\(d)_close"] = "18:00"; form["\(d)_break_from"] = "13:00"; form["\(d)_break_to"] = "14:00"
            }
            let posted = try await browser.post("/branches", form: form)
            #expect(posted.status == .seeOther, "\(posted.text.prefix(500))")
            let location = try #require(posted.headers.first(name: .location))
            let viaForm = try #require(UUID(uuidString: String(location.split(separator: "/").last ?? "")))

            func stored(_ id: UUID) async throws -> [String] {
                let row = try #require(try await app.db.sql.raw("""
                    SELECT name_en, name_ru, address, lat, lon, hours, phones, services, internal_notes, active FROM branches WHERE id = \(bind: id)
                    """).first())
                let audit = try #require(try await app.db.sql.raw("SELECT action, after FROM audit_events WHERE entity = 'branch' AND entity_id = \(bind: id)").first())
                var after = try JSONSerialization.jsonObject(with: Data(try audit.decode(column: "after", as: String.self).utf8)) as? [String: Any] ?? [:]
                after["id"] = nil
                after["updated_at"] = nil
                return [
                    try row.decode(column: "name_en", as: String.self), try row.decode(column: "address", as: String.self),
                    String(try row.decode(column: "lat", as: Double.self)), String(try row.decode(column: "lon", as: Double.self)),
                    try row.decode(column: "hours", as: String.self), try row.decode(column: "phones", as: String.self),
                    try row.decode(column: "services", as: String.self), try row.decode(column: "internal_notes", as: String?.self) ?? "",
                    String(try row.decode(column: "active", as: Bool.self)), try audit.decode(column: "action", as: String.self),
                    String(decoding: try JSONSerialization.data(withJSONObject: after, options: [.sortedKeys]), as: UTF8.self),
                ]
            }
            #expect(try await stored(viaAPI) == stored(viaForm))

            // The form shows a refusal beside its field, in the same words as the API.
            try await browser.get("/branches/new")
            form["lat"] = "95"
            form["mon_close"] = "08:00"
            let refused = try await browser.post("/branches", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"lat-error\"") && refused.text.contains("id=\"mon_open-error\""))
        }
    }
}
