import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A client's contact gets into the cabinet through a one-time link that its manager (or an
/// administrator) makes: valid 72 hours, spent once, kept only as a hash.
@Suite("Client invitations")
struct InvitationTests {
    /// 2030-06-01 12:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_906_545_600)

    struct Fixture {
        var client: ClientDTO
        var manager: (user: User, token: String)
        var otherManager: (user: User, token: String)
    }

    static func fixture(_ app: Application) async throws -> Fixture {
        let retail = try await ClientFixtures.segment(app, code: "retail")
        let manager = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
        let client = try await ClientFixtures.client(app, token: manager.token, name: "Invited Ltd", segment: retail,
                                                     phones: ["0441112233"], emails: ["olha@invited.example"])
        let other = try await makeUser(app, role: .manager)
        return Fixture(client: client, manager: manager, otherManager: other)
    }

    static func tokenOf(_ url: String) throws -> String {
        try #require(url.components(separatedBy: "/invitations/").last)
    }

    @Test func theManagerInvitesAContactWhoSetsAPasswordAndLogsIn() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let contact = f.client.contacts[0]
            let made = try await app.api(.POST, "/api/v1/clients/\(f.client.id)/invitations", headers: .bearer(f.manager.token),
                                         json: ["contact_id": contact.id.uuidString])
            #expect(made.status == .created, "\(made.text)")
            let dto = try made.decoded(InvitationDTO.self)
            #expect(dto.email == "olha@invited.example" && dto.state == .open && dto.display_name == "Main")
            #expect(dto.expires_at.timeIntervalSince(dto.invited_at) == 72 * 3600)
            let url = try #require(dto.url)
            let token = try Self.tokenOf(url)
            #expect(url.hasPrefix("http") && token.count >= 40)

            // Only the token's hash is stored; the link is nowhere in the database.
            let stored = try #require(try await ClientInvitation.find(dto.id, on: app.db))
            #expect(stored.tokenHash == Secrets.hash(token) && stored.tokenHash != token)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == ClientInvitation.schema).all()
            #expect(audit.count == 1 && !(audit[0].after ?? "").contains(token))

            let browser = Browser(app)
            let form = try await browser.get("/invitations/\(token)")
            #expect(form.status == .ok && form.text.contains("olha@invited.example") && form.text.contains("Invited Ltd"))
            // Messages beside the fields, nothing created.
            let short = try await browser.post("/invitations/\(token)", form: ["password": "short", "password_repeat": "other"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.text.contains("id=\"password-error\"") && short.text.contains("id=\"password_repeat-error\""))
            #expect(try await User.query(on: app.db).filter(\.$email == "olha@invited.example").count() == 0)

            let set = try await browser.post("/invitations/\(token)", form: ["password": "correct horse", "password_repeat": "correct horse"])
            #expect(set.status == .seeOther)
            let cabinet = try await browser.get("/cabinet")
            #expect(cabinet.status == .ok && cabinet.text.contains("Invited Ltd"))
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "olha@invited.example").first())
            #expect(user.role == .client && user.clientID == f.client.id && user.displayName == "Main")

            // Spent: the link opens nothing now, and the password logs in.
            let again = try await Browser(app).get("/invitations/\(token)")
            #expect(again.status == .gone && again.text.contains("data-reason=\"used\""))
            let login = try await Browser(app).logIn(email: "olha@invited.example", password: "correct horse")
            #expect(login.status == .seeOther)
        }
    }

    @Test func anExpiredOrUnknownLinkGetsAClearPage() async throws {
        let hand = ManualClock(Self.start)
        try await withApp(clock: hand.clock) { app in
            let f = try await Self.fixture(app)
            let made = try await app.api(.POST, "/api/v1/clients/\(f.client.id)/invitations", headers: .bearer(f.manager.token),
                                         json: ["email": "Buyer@Invited.example"])
            let dto = try made.decoded(InvitationDTO.self)
            #expect(dto.email == "buyer@invited.example" && dto.contact_id == nil)
            let token = try Self.tokenOf(try #require(dto.url))
            hand.advance(by: 72 * 3600 - 60)
            #expect(try await Browser(app).get("/invitations/\(token)").status == .ok)
            hand.advance(by: 60)
            let browser = Browser(app)
            let expired = try await browser.get("/invitations/\(token)")
            #expect(expired.status == .gone && expired.text.contains("data-reason=\"expired\""))
            let late = try await browser.post("/invitations/\(token)", form: ["password": "correct horse", "password_repeat": "correct horse"])
            #expect(late.status == .gone)
            #expect(try await User.query(on: app.db).filter(\.$email == "buyer@invited.example").count() == 0)
            let unknown = try await Browser(app).get("/invitations/\(Secrets.token())")
            #expect(unknown.status == .notFound && unknown.text.contains("data-reason=\"unknown\""))
        }
    }

    @Test func aNewLinkEndsTheEarlierOne() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let path = "/api/v1/clients/\(f.client.id)/invitations"
            let first = try await app.api(.POST, path, headers: .bearer(f.manager.token), json: ["email": "a@invited.example"]).decoded(InvitationDTO.self)
            let second = try await app.api(.POST, path, headers: .bearer(f.manager.token), json: ["email": "a@invited.example"]).decoded(InvitationDTO.self)
            #expect(try await Browser(app).get("/invitations/\(try Self.tokenOf(first.url ?? ""))").status == .gone)
            #expect(try await Browser(app).get("/invitations/\(try Self.tokenOf(second.url ?? ""))").status == .ok)
        }
    }

    @Test func onlyTheClientsManagerOrAnAdministratorInvites() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let path = "/api/v1/clients/\(f.client.id)/invitations"
            let body = ["email": "x@invited.example"]
            #expect(try await app.api(.POST, path, headers: .bearer(f.otherManager.token), json: body).status == .forbidden)
            for role in [Role.operator, .logistician, .worker, .analyst] {
                #expect(try await app.api(.POST, path, headers: .bearer(try await makeUser(app, role: role).token), json: body).status == .forbidden, "\(role)")
            }
            let client = try await makeUser(app, role: .client, clientID: f.client.id)
            #expect(try await app.api(.POST, path, headers: .bearer(client.token), json: body).status == .forbidden)
            #expect(try await app.api(.POST, path, json: body).status == .unauthorized)
            #expect(try await ClientInvitation.query(on: app.db).count() == 0)
            let admin = try await makeUser(app, role: .admin)
            #expect(try await app.api(.POST, path, headers: .bearer(admin.token), json: body).status == .created)

            // The card shows the form only to those who may use it; the page form refuses the others.
            let other = Browser(app)
            try await makeUser(app, role: .manager, email: "other@test.example", password: "correct horse")
            try await other.logIn(email: "other@test.example", password: "correct horse")
            let card = try await other.get("/clients/\(f.client.id)")
            #expect(card.status == .ok && !card.text.contains("id=\"invite-form\""))
            #expect(try await other.post("/clients/\(f.client.id)/invitations", form: ["email": "y@invited.example"]).status == .forbidden)
            #expect(try await ClientInvitation.query(on: app.db).count() == 1)
        }
    }

    @Test func refusalsNameTheField() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let path = "/api/v1/clients/\(f.client.id)/invitations"
            let headers = HTTPHeaders.bearer(f.manager.token)
            let nothing = try await app.api(.POST, path, headers: headers, json: [String: String]())
            #expect(nothing.status == .unprocessableEntity)
            #expect(try nothing.decoded(Problem.self).errors?.first?.field == "contact_id")
            let bad = try await app.api(.POST, path, headers: headers, json: ["email": "not an address"])
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.decoded(Problem.self).errors?.first?.field == "email")
            let foreign = try await app.api(.POST, path, headers: headers, json: ["contact_id": UUID().uuidString])
            #expect(foreign.status == .unprocessableEntity)
            #expect(try foreign.decoded(Problem.self).errors?.first?.field == "contact_id")
            let taken = try await app.api(.POST, path, headers: headers, json: ["email": f.manager.user.email])
            #expect(taken.status == .conflict)
            #expect(try taken.decoded(Problem.self).errors?.first?.field == "email")
            #expect(try await ClientInvitation.query(on: app.db).count() == 0)
        }
    }

    @Test func theManagerInvitesFromTheCardInRussian() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            f.manager.user.email = "iryna@test.example"
            f.manager.user.passwordHash = try await app.password.async.hash("correct horse")
            f.manager.user.language = "ru"
            try await f.manager.user.update(on: app.db)
            let browser = Browser(app)
            try await browser.logIn(email: "iryna@test.example", password: "correct horse")
            let card = try await browser.get("/clients/\(f.client.id)")
            #expect(card.text.contains("Доступ в кабинет") && card.text.contains("id=\"invite-form\""))
            let refused = try await browser.post("/clients/\(f.client.id)/invitations", form: ["contact_id": "", "email": "nonsense"])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("id=\"email-error\"") && refused.text.contains("это не адрес e-mail"))
            #expect(refused.text.contains("value=\"nonsense\""))
            let made = try await browser.post("/clients/\(f.client.id)/invitations", form: ["contact_id": f.client.contacts[0].id.uuidString, "email": ""])
            #expect(made.status == .ok && made.text.contains("id=\"invitation-url\"") && made.text.contains("/invitations/"))
            let listed = try await browser.get("/clients/\(f.client.id)")
            #expect(listed.text.contains("data-state=\"open\"") && listed.text.contains("olha@invited.example"))
        }
    }

    @Test func theDemosSecondClientLoginIsMadeByInvitation() async throws {
        try await withApp { app in
            let f = try await Self.fixture(app)
            let retail = try await ClientFixtures.segment(app, code: "wholesale")
            _ = try await ClientFixtures.manager(app, serving: [retail])
            _ = try await ClientFixtures.client(app, token: f.manager.token, name: "Second Ltd", segment: retail)
            try await makeUser(app, role: .admin, email: "admin@ordercycle.demo")
            try await DemoInvitations.generate(app, now: app.clock.now())
            let user = try #require(try await User.query(on: app.db).filter(\.$email == DemoInvitations.clientEmail).first())
            #expect(user.role == .client && user.clientID != nil)
            #expect(try await ClientInvitation.query(on: app.db).filter(\.$userID == user.id).count() == 1)
            #expect(try await Browser(app).logIn(email: DemoInvitations.clientEmail, password: DemoData.password).status == .seeOther)
            try await DemoInvitations.generate(app, now: app.clock.now())
            #expect(try await ClientInvitation.query(on: app.db).count() == 1)
        }
    }
}
