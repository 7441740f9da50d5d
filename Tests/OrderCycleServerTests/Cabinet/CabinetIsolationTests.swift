import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A client sees and changes only its own data: every cabinet route is tried with the ids of another client.
@Suite("Client cabinet")
struct CabinetIsolationTests {
    struct Fixture {
        var mine: ClientDTO
        var theirs: ClientDTO
        var token: String
        var user: User
    }

    static func fixture(_ app: Application) async throws -> Fixture {
        let retail = try await ClientFixtures.segment(app, code: "retail")
        let (_, staff) = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
        let mine = try await ClientFixtures.client(app, token: staff, name: "Mine Ltd", segment: retail, phones: ["0441112233"])
        let theirs = try await ClientFixtures.client(app, token: staff, name: "Theirs Ltd", segment: retail, phones: ["0449998877"])
        let (user, token) = try await makeUser(app, role: .client, password: "correct horse", clientID: mine.id)
        return Fixture(mine: mine, theirs: theirs, token: token, user: user)
    }

    @Test func aClientSeesItsProfileContactsAndManager() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let cabinet = try await app.api(.GET, "/api/v1/cabinet", headers: .bearer(f.token)).decoded(CabinetDTO.self)
            #expect(cabinet.id == f.mine.id && cabinet.manager?.name == "Iryna Manager")
            #expect(cabinet.contacts.flatMap(\.phones).map(\.e164) == ["+380441112233"])
            let browser = Browser(app)
            _ = try await browser.logIn(email: f.user.email, password: "correct horse")
            let page = try await browser.get("/cabinet")
            #expect(page.text.contains("Mine Ltd") && page.text.contains("Iryna Manager") && !page.text.contains("Theirs Ltd"))
        }
    }

    @Test func aClientEditsItsOwnContact() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let contact = f.mine.contacts[0]
            let body = ["name": "New Person"]
            let changed = try await app.api(.PATCH, "/api/v1/cabinet/contacts/\(contact.id)", headers: .bearer(f.token, [("If-Match", "\"\(f.mine.version)\"")]), json: body)
            #expect(changed.status == .ok)
            #expect(try changed.decoded(ContactDTO.self).name == "New Person")
            let added = try await app.api(.POST, "/api/v1/cabinet/contacts", headers: .bearer(f.token),
                                          json: ContactInput(name: "Second", phones: [PhoneInput(number: "bad number")]))
            #expect(added.status == .unprocessableEntity)
            #expect(try added.decoded(Problem.self).errors?.first?.field == "phones[0].number")
        }
    }

    @Test func everyCabinetAPIRouteRefusesAnotherClientsContact() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let foreign = f.theirs.contacts[0].id
            let headers = HTTPHeaders.bearer(f.token, [("If-Match", "*")])
            let patch = try await app.api(.PATCH, "/api/v1/cabinet/contacts/\(foreign)", headers: headers, json: ["name": "Hijacked"])
            #expect(patch.status == .notFound)
            let delete = try await app.api(.DELETE, "/api/v1/cabinet/contacts/\(foreign)", headers: headers)
            #expect(delete.status == .notFound)
            // staff routes with the other client's id are closed to a client user
            for path in ["/api/v1/clients/\(f.theirs.id)", "/api/v1/clients/\(f.theirs.id)/calls", "/api/v1/clients/\(f.theirs.id)/assignments"] {
                #expect(try await app.api(.GET, path, headers: .bearer(f.token)).status == .forbidden, "\(path)")
            }
            let after = try await app.api(.GET, "/api/v1/clients/\(f.theirs.id)", headers: .bearer(try await makeUser(app, role: .manager).token))
            #expect(try after.decoded(ClientDTO.self).contacts.map(\.name) == ["Main"])
        }
    }

    @Test func everyCabinetPageRefusesAnotherClientsContact() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let foreign = f.theirs.contacts[0].id
            let browser = Browser(app)
            _ = try await browser.logIn(email: f.user.email, password: "correct horse")
            #expect(try await browser.get("/cabinet/contacts/\(foreign)").status == .notFound)
            try await browser.get("/cabinet")
            #expect(try await browser.post("/cabinet/contacts/\(foreign)", form: ["name": "Hijacked"]).status == .notFound)
            try await browser.get("/cabinet")
            #expect(try await browser.post("/cabinet/contacts/\(foreign)/delete", form: [:]).status == .notFound)
            for path in ["/clients/\(f.theirs.id)", "/clients/\(f.theirs.id)/edit", "/clients"] {
                #expect(try await browser.get(path).status == .forbidden, "\(path)")
            }
        }
    }
}
