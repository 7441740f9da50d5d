import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Clients in the browser")
struct ClientsPagesTests {
    static func loggedIn(_ app: Application, role: Role) async throws -> (Browser, User) {
        let (user, _) = try await makeUser(app, role: role, password: "correct horse")
        let browser = Browser(app)
        _ = try await browser.logIn(email: user.email, password: "correct horse")
        return (browser, user)
    }

    @Test func theNewClientFormShowsErrorsBesideTheFields() async throws {
        try await withApp { app in
            try await ClientFixtures.segment(app, code: "retail")
            let (browser, _) = try await Self.loggedIn(app, role: .operator)
            try await browser.get("/clients/new")
            let response = try await browser.post("/clients", form: ["name": "", "kind": "customer", "party": "company",
                                                                     "contact_name_0": "Olha", "contact_phones_0": "+380 44 123 45 67\ncall me"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"name-error\""))
            #expect(response.text.contains("id=\"segment_id-error\""))
            #expect(response.text.contains("id=\"contact_phones_0-error\">Line 2:"))
            #expect(response.text.contains("call me")) // the form comes back as typed
        }
    }

    @Test func aClientCreatedInTheFormOpensItsCardWithTheResponsibleManager() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            _ = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
            let (browser, _) = try await Self.loggedIn(app, role: .operator)
            try await browser.get("/clients/new?phone=%2B380441234567")
            #expect(browser.lastPage.contains("+380441234567"))
            let created = try await browser.post("/clients", form: ["name": "Форма Лтд", "kind": "customer", "party": "company",
                                                                    "segment_id": retail.uuidString, "contact_name_0": "Olha",
                                                                    "contact_phones_0": "+380441234567", "address_line_0": "Khreshchatyk 1",
                                                                    "address_lat_0": "50.45", "address_lon_0": "30.52"])
            #expect(created.status == .seeOther)
            let card = try await browser.get(created.headers.first(name: .location)!)
            #expect(card.text.contains("Форма Лтд"))
            #expect(card.text.contains("Iryna Manager"))
            #expect(card.text.contains("id=\"audit-trail\""))
        }
    }

    @Test func theListSearchesByPhoneAndExportsCSV() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .manager)
            _ = try await ClientFixtures.client(app, token: token, name: "=Formula, Inc", segment: retail, phones: ["+380 44 123 45 67"])
            _ = try await ClientFixtures.client(app, token: token, name: "Other", segment: retail)
            let (browser, _) = try await Self.loggedIn(app, role: .analyst)
            let page = try await browser.get("/clients?q=" + "(044) 123-45-67".formEncoded)
            #expect(page.text.contains("=Formula, Inc") || page.text.contains("=Formula, Inc".replacingOccurrences(of: "&", with: "&amp;")))
            #expect(!page.text.contains(">Other<"))
            let csv = try await browser.get("/clients/export.csv?active=all")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.text.contains("\"'=Formula, Inc\""))
            #expect(csv.text.contains("Other"))
        }
    }

    @Test func anAdministratorReassignsOnTheCard() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await ClientFixtures.manager(app, serving: [retail])
            let client = try await ClientFixtures.client(app, token: token, name: "Moving Ltd", segment: retail)
            let (other, _) = try await ClientFixtures.manager(app, serving: [], name: "New Owner")
            let (browser, _) = try await Self.loggedIn(app, role: .admin)
            try await browser.get("/clients/\(client.id)")
            let moved = try await browser.post("/clients/\(client.id)/reassign", form: ["manager_id": other.id!.uuidString, "reason": "Vacation cover"])
            #expect(moved.status == .seeOther)
            let card = try await browser.get("/clients/\(client.id)")
            #expect(card.text.contains("New Owner") && card.text.contains("Vacation cover"))
        }
    }
}
