import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A client's own contact added, changed and removed once through the API and once through the
/// cabinet's forms leaves the same contacts, the same card version and the same audit trail.
@Suite("Cabinet contact operations, API and form alike")
struct OwnContactOperationsTests {
    /// Two clients of one segment, each with its own client login: one works through the API,
    /// the other through the cabinet pages.
    struct Setting {
        let app: Application
        let byAPI: ClientDTO
        let byForm: ClientDTO
        let token: String
        let browser: Browser

        static func make(_ app: Application) async throws -> Setting {
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (_, staff) = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
            let byAPI = try await ClientFixtures.client(app, token: staff, name: "Api Ltd", segment: retail, phones: ["0441112233"])
            let byForm = try await ClientFixtures.client(app, token: staff, name: "Form Ltd", segment: retail, phones: ["0441112233"])
            let (_, token) = try await makeUser(app, role: .client, email: "api@client.example", password: "correct horse", clientID: byAPI.id)
            _ = try await makeUser(app, role: .client, email: "form@client.example", password: "correct horse", clientID: byForm.id)
            let browser = Browser(app)
            try await browser.logIn(email: "form@client.example", password: "correct horse")
            return Setting(app: app, byAPI: byAPI, byForm: byForm, token: token, browser: browser)
        }

        /// What the change left: the contacts by name, phones and e-mails, the card's version, and
        /// the audit entries with ids and names taken out.
        func stored(_ client: ClientDTO) async throws -> [String] {
            let card = try #require(try await ClientStore.card(client.id, on: app.db))
            let contacts = card.contacts.map { "\($0.name)|\($0.position ?? "")|\($0.phones.map(\.e164))|\($0.emails)" }.sorted()
            let trail = try await AuditEvent.query(on: app.db).filter(\.$entityID == client.id).all().map { e in
                "\(e.action) " + StoredOrder.normalised("\(e.before ?? "-") → \(e.after ?? "-")")
                    .replacingOccurrences(of: client.name, with: "<name>").replacingOccurrences(of: client.code, with: "<code>")
            }.sorted()
            return contacts + ["version \(card.version)"] + trail
        }
    }

    @Test func addChangeAndRemoveAContact() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            // Add.
            let added = try await app.api(.POST, "/api/v1/cabinet/contacts", headers: .bearer(s.token),
                                          json: ContactInput(name: "Olena Buyer", position: "Buyer", phones: [PhoneInput(number: "0501234567")], emails: ["olena@buyer.example"]))
            #expect(added.status == .created, "\(added.text)")
            _ = try await s.browser.get("/cabinet/contacts")
            let posted = try await s.browser.post("/cabinet/contacts", form: ["name": "Olena Buyer", "position": "Buyer", "phones": "0501234567", "emails": "olena@buyer.example"])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            #expect(try await s.stored(s.byAPI) == (try await s.stored(s.byForm)))

            // Change.
            let apiContact = try #require(try await ClientStore.card(s.byAPI.id, on: app.db)?.contacts.first { $0.name == "Olena Buyer" })
            let formCard = try #require(try await ClientStore.card(s.byForm.id, on: app.db))
            let formContact = try #require(formCard.contacts.first { $0.name == "Olena Buyer" })
            let apiVersion = try #require(try await ClientStore.card(s.byAPI.id, on: app.db)).version
            let changed = try await app.api(.PATCH, "/api/v1/cabinet/contacts/\(apiContact.id)", headers: .bearer(s.token, [("If-Match", "\"\(apiVersion)\"")]),
                                            json: ContactInput(name: "Olena Chief", position: "Chief buyer", phones: [PhoneInput(number: "0501234567")], emails: []))
            #expect(changed.status == .ok, "\(changed.text)")
            _ = try await s.browser.get("/cabinet/contacts/\(formContact.id)")
            let saved = try await s.browser.post("/cabinet/contacts/\(formContact.id)",
                                                 form: ["name": "Olena Chief", "position": "Chief buyer", "phones": "0501234567", "emails": "", "version": String(formCard.version)])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(300))")
            #expect(try await s.stored(s.byAPI) == (try await s.stored(s.byForm)))

            // Remove.
            let removed = try await app.api(.DELETE, "/api/v1/cabinet/contacts/\(apiContact.id)", headers: .bearer(s.token, [("If-Match", "\"\(apiVersion + 1)\"")]))
            #expect(removed.status == .noContent, "\(removed.text)")
            _ = try await s.browser.get("/cabinet")
            let deleted = try await s.browser.post("/cabinet/contacts/\(formContact.id)/delete", form: ["version": String(formCard.version + 1)])
            #expect(deleted.status == .seeOther, "\(deleted.text.prefix(300))")
            let left = try await s.stored(s.byAPI)
            #expect(left == (try await s.stored(s.byForm)))
            #expect(!left.contains { $0.hasPrefix("Olena") })
        }
    }
}
