import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Two clients with a user each, an operator in a team whose supervisor is a manager, and an
/// administrator, for the support tests; the clock is a `ManualClock` the test moves.
struct SupportWorld {
    struct Person { var id: UUID; var token: String; var email: String }

    var clock: ManualClock
    var segment: UUID
    var acme: UUID
    var globex: UUID
    var acmeUser: Person
    var globexUser: Person
    var admin: Person
    var `operator`: Person
    var supervisor: Person

    /// Monday 2026-03-02 09:00 UTC; tokens made now last an hour, so tests make fresh ones after moving further.
    static let start = Date(timeIntervalSince1970: 1_772_442_000)

    static func make(_ app: Application, clock: ManualClock) async throws -> SupportWorld {
        let segment = try await ClientFixtures.segment(app, code: "retail")
        func person(_ role: Role, clientID: UUID? = nil) async throws -> Person {
            let email = "\(role.rawValue)-\(UUID().uuidString.prefix(8).lowercased())@support.example"
            let (user, token) = try await makeUser(app, role: role, email: email, clientID: clientID)
            return Person(id: user.id!, token: token, email: email)
        }
        let admin = try await person(.admin)
        let acme = try await ClientFixtures.client(app, token: admin.token, name: "Acme Logistics", segment: segment, phones: ["+380 44 765 11 22"], emails: ["ops@acme.example"]).id
        let globex = try await ClientFixtures.client(app, token: admin.token, name: "Globex Trading", segment: segment).id
        let op = try await person(.operator)
        let supervisor = try await person(.manager)
        let team = try await WorkSetup.createTeam(name: "Hotline", now: clock.now(), on: app.db)
        try await WorkSetup.setMember(supervisor.id, of: team, supervisor: true, now: clock.now(), on: app.db)
        try await WorkSetup.setMember(op.id, of: team, now: clock.now(), on: app.db)
        return SupportWorld(clock: clock, segment: segment, acme: acme, globex: globex, acmeUser: try await person(.client, clientID: acme),
                            globexUser: try await person(.client, clientID: globex), admin: admin, operator: op, supervisor: supervisor)
    }

    /// A fresh token for the person, valid an hour from the clock's now.
    func token(_ app: Application, for person: Person) async throws -> String {
        let user = try #require(try await User.find(person.id, on: app.db))
        let token = Secrets.token()
        try await ApiToken(tokenHash: Secrets.hash(token), name: "test", kind: .login, role: user.role, userID: user.id, createdBy: user.id,
                           now: clock.now(), expiresAt: clock.now().addingTimeInterval(3600)).create(on: app.db)
        return token
    }

    func browser(_ app: Application, as person: Person, language: String = "en") async throws -> Browser {
        let browser = Browser(app)
        try await browser.logIn(email: person.email, password: "correct horse")
        browser.cookies[Request.languageCookie] = language
        return browser
    }
}

extension Application {
    /// Opens a ticket through the API and returns it as JSON.
    func ticket(_ token: String, subject: String = "The label printer is down", priority: String = "normal", clientID: UUID? = nil,
                extra: [(String, String)] = []) async throws -> [String: Any] {
        var body: [String: String] = ["subject": subject, "description": "Nothing prints since the morning.", "priority": priority]
        if let clientID { body["client_id"] = clientID.uuidString }
        let response = try await api(.POST, "/api/v1/tickets", headers: .bearer(token, extra), json: body)
        #expect(response.status == .created, "\(response.text)")
        return response.json
    }

    func ticketID(_ token: String, subject: String = "The label printer is down", priority: String = "normal", clientID: UUID? = nil) async throws -> UUID {
        try #require(UUID(uuidString: try await ticket(token, subject: subject, priority: priority, clientID: clientID)["id"] as? String ?? ""))
    }

    func moveTicket(_ id: UUID, to status: String, by token: String) async throws -> TestingHTTPResponse {
        try await api(.POST, "/api/v1/tickets/\(id)/transitions", headers: .bearer(token), json: ["to": status])
    }

    func reply(_ id: UUID, _ text: String, internal isInternal: Bool = false, by token: String) async throws -> TestingHTTPResponse {
        struct Body: Encodable, Sendable { var text: String; var `internal`: Bool }
        return try await api(.POST, "/api/v1/tickets/\(id)/messages", headers: .bearer(token), json: Body(text: text, internal: isInternal))
    }
}

extension TestingHTTPResponse {
    var sla: [String: Any] { json["sla"] as? [String: Any] ?? [:] }
}

/// Moments as the API writes them.
func iso(_ date: Date) -> String { date.formatted(.iso8601) }
