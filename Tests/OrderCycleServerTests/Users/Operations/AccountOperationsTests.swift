import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A user and an integration token made once through the API and once through the
/// administrator's pages are stored and audited alike.
@Suite("Account operations, API and form alike")
struct AccountOperationsTests {
    struct Setting {
        let app: Application
        let token: String
        let browser: Browser

        static func make(_ app: Application) async throws -> Setting {
            let (_, token) = try await makeUser(app, role: .admin, email: "accounts-admin@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "accounts-admin@test.example", password: "correct horse")
            return Setting(app: app, token: token, browser: browser)
        }

        /// The audit entries of one record, with its own name or e-mail taken out.
        func trail(_ id: UUID, naming name: String) async throws -> [String] {
            try await AuditEvent.query(on: app.db).filter(\.$entityID == id).all().map { e in
                "\(e.actorLabel) \(e.entity) \(e.action) request:\(e.requestID == nil ? "no" : "yes") "
                    + StoredOrder.normalised("\(e.before ?? "-") → \(e.after ?? "-")").replacingOccurrences(of: name, with: "<name>")
            }
        }
    }

    @Test func createUser() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let created = try await app.api(.POST, "/api/v1/users", headers: .bearer(s.token),
                                            json: UsersAPI.CreateBody(email: "api.logistician@test.example", password: "long enough secret",
                                                                      display_name: "Logistician", role: "logistician", phone: nil))
            #expect(created.status == .created, "\(created.text)")
            _ = try await s.browser.get("/users/new")
            let posted = try await s.browser.post("/users", form: ["email": "form.logistician@test.example", "password": "long enough secret",
                                                                   "display_name": "Logistician", "role": "logistician", "phone": ""])
            #expect(posted.status == .seeOther, "\(posted.text.prefix(300))")
            let byAPI = try #require(try await User.query(on: app.db).filter(\.$email == "api.logistician@test.example").first())
            let byForm = try #require(try await User.query(on: app.db).filter(\.$email == "form.logistician@test.example").first())
            #expect(byAPI.role == byForm.role && byAPI.displayName == byForm.displayName && byAPI.version == byForm.version)
            #expect(try await app.password.async.verify("long enough secret", created: byForm.passwordHash))
            let apiTrail = try await s.trail(try byAPI.requireID(), naming: "api.logistician@test.example")
            #expect(!apiTrail.isEmpty)
            #expect(apiTrail == (try await s.trail(try byForm.requireID(), naming: "form.logistician@test.example")))
        }
    }

    /// The user rules answer in the reader's language, through the API as on the form.
    @Test func userRulesSpeakTheReadersLanguage() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            var headers = HTTPHeaders.bearer(s.token)
            headers.add(name: .acceptLanguage, value: "ru")
            let refused = try await app.api(.POST, "/api/v1/users", headers: headers,
                                            json: UsersAPI.CreateBody(email: "not-an-address", password: "short",
                                                                      display_name: "X", role: "pilot", phone: nil))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("это не адрес e-mail") && refused.text.contains("не короче 8 символов") && refused.text.contains("допустимо: "))
            s.browser.cookies["oc_lang"] = "ru"
            _ = try await s.browser.get("/users/new")
            let page = try await s.browser.post("/users", form: ["email": "accounts-admin@test.example", "password": "long enough secret",
                                                                "display_name": "Twin", "role": "logistician", "phone": ""])
            #expect(page.text.contains("уже занят"), "\(page.text.prefix(400))")
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test func issueIntegrationToken() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            let created = try await app.api(.POST, "/api/v1/integration-tokens", headers: .bearer(s.token),
                                            json: IntegrationTokensAPI.CreateBody(name: "Exchange by API", role: "operator"))
            #expect(created.status == .created, "\(created.text)")
            _ = try await s.browser.get("/integrations")
            let posted = try await s.browser.post("/integrations", form: ["name": "Exchange by form", "role": "operator"])
            #expect(posted.status == .ok, "\(posted.text.prefix(300))")
            let tokens = try await ApiToken.query(on: app.db).filter(\.$kind == .integration).all()
            let byAPI = try #require(tokens.first { $0.name == "Exchange by API" })
            let byForm = try #require(tokens.first { $0.name == "Exchange by form" })
            #expect(byAPI.role == byForm.role && byAPI.expiresAt == nil && byForm.expiresAt == nil && byAPI.createdBy == byForm.createdBy)
            #expect(try await s.trail(try byAPI.requireID(), naming: "Exchange by API")
                    == (try await s.trail(try byForm.requireID(), naming: "Exchange by form")))
            // The form refuses a client role beside the field, and stores nothing.
            let refused = try await s.browser.post("/integrations", form: ["name": "As a client", "role": "client"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await ApiToken.query(on: app.db).filter(\.$name == "As a client").count() == 0)
        }
    }

    @Test func theIntegrationFormKeepsTheChosenRoleAfterATokenIsMade() async throws {
        try await withApp { app in
            let s = try await Setting.make(app)
            _ = try await s.browser.get("/integrations")
            let posted = try await s.browser.post("/integrations", form: ["name": "Warehouse scanner", "role": "logistician"])
            #expect(posted.status == .ok)
            #expect(posted.text.contains("id=\"new-token\""))
            #expect(posted.text.contains("<option value=\"logistician\" selected>"))
            #expect(!posted.text.contains("<option value=\"admin\" selected>") && !posted.text.contains("<option value=\"operator\" selected>"))
            #expect(posted.text.contains("id=\"name\" name=\"name\" value=\"\""))
        }
    }
}
