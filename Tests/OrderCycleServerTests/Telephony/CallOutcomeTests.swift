import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// How a call ended is set by the exchange through the API or by the person who took it on a
/// page, through one operation; every logged call of a known client is its last contact; each
/// person has a list of their calls.
@Suite("Call outcomes, the call list and the last contact")
struct CallOutcomeTests {
    struct Call: Encodable, Sendable { var caller: String; var called = "+380441110000"; var exchange_call_id: String }

    /// A manager with a client whose number is 044 123 45 67, and the exchange's token.
    func world(_ app: Application) async throws -> (manager: User, managerToken: String, client: ClientDTO, pbx: String) {
        let retail = try await ClientFixtures.segment(app, code: "retail")
        let (manager, token) = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
        let client = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["(044) 123-45-67"])
        return (manager, token, client, try await IncomingCallTests.exchangeToken(app))
    }

    func call(_ app: Application, _ pbx: String, id: String) async throws -> CallCardDTO {
        try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx), json: Call(caller: "0441234567", exchange_call_id: id)).decoded(CallCardDTO.self)
    }

    @Test func theFormAndTheAPICompleteACallAlike() async throws {
        try await withApp { app in
            let (_, _, _, pbx) = try await world(app)
            let byAPI = try #require(try await call(app, pbx, id: "pbx-api").call_id)
            let byForm = try #require(try await call(app, pbx, id: "pbx-form").call_id)
            let (_, admin) = try await makeUser(app, role: .admin, email: "calls-admin@test.example")
            let done = try await app.api(.PATCH, "/api/v1/telephony/calls/\(byAPI)", headers: .bearer(admin, [("If-Match", "\"1\"")]),
                                         json: ["outcome": "missed", "note": "Call back after lunch"])
            #expect(done.status == .ok, "\(done.text)")
            let browser = Browser(app)
            try await browser.logIn(email: "calls-admin@test.example", password: "correct horse")
            try await browser.get("/calls")
            let sent = try await browser.post("/calls/\(byForm)/outcome", form: ["outcome": "missed", "note": "Call back after lunch", "version": "1", "next": "/clients"])
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == "/clients")
            let (a, f) = (try #require(try await CallQueries.find(byAPI, on: app.db)), try #require(try await CallQueries.find(byForm, on: app.db)))
            #expect(a.outcome == "missed" && f.outcome == "missed" && a.note == f.note && a.version == 2 && f.version == 2)
            #expect(a.completed_at != nil && f.completed_at != nil && a.answered_by_id == f.answered_by_id)
            let trails = [try await AuditTrail.entries(on: app.db, entity: "calls", id: byAPI), try await AuditTrail.entries(on: app.db, entity: "calls", id: byForm)]
            #expect(trails.map { $0.map(\.action) } == [["update", "create"], ["update", "create"]])
            // a form sent elsewhere than this site goes back to the call list
            #expect(CallsPage.localPath("//evil.example") == nil && CallsPage.localPath("https://evil.example") == nil)
        }
    }

    @Test func theOutcomeFormRefusesAnEmptyChoiceBesideItsFieldInTheUsersLanguage() async throws {
        try await withApp { app in
            let (manager, _, _, pbx) = try await world(app)
            let id = try #require(try await call(app, pbx, id: "pbx-1").call_id)
            let browser = Browser(app)
            try await browser.logIn(email: manager.email, password: "correct horse")
            browser.cookies["oc_lang"] = "ru"
            let page = try await browser.get("/calls")
            #expect(page.text.contains("data-call=\"\(id)\""))
            #expect(page.text.contains("action=\"/calls/\(id)/outcome\""))
            let refused = try await browser.post("/calls/\(id)/outcome", form: ["outcome": "", "note": "Hung up", "version": "1"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"call-\(id)-outcome-error\">выберите, чем закончился звонок<"))
            #expect(try await CallQueries.find(id, on: app.db)?.outcome == nil)
        }
    }

    @Test func everyLoggedCallIsTheClientsLastContact() async throws {
        let hand = ManualClock(Date(timeIntervalSince1970: 1_906_545_600))
        try await withApp(clock: hand.clock) { app in
            let (_, token, client, pbx) = try await world(app)
            let first = try await call(app, pbx, id: "pbx-1")
            #expect(first.last_contact_at == nil)
            let card = try await app.api(.GET, "/api/v1/clients/\(client.id)", headers: .bearer(token)).decoded(ClientDTO.self)
            #expect(card.last_contact_at == hand.clock.now())
            hand.advance(by: 600)
            // the second call's card shows the first call as the last contact, and then becomes it
            let second = try await call(app, pbx, id: "pbx-2")
            #expect(second.last_contact_at == card.last_contact_at)
            let after = try await app.api(.GET, "/api/v1/clients/\(client.id)", headers: .bearer(token)).decoded(ClientDTO.self)
            #expect(after.last_contact_at == hand.clock.now())
            // completing the first call as answered does not move the contact back
            let done = try await app.api(.PATCH, "/api/v1/telephony/calls/\(first.call_id!)", headers: .bearer(pbx, [("If-Match", "\"1\"")]), json: ["outcome": "answered"])
            #expect(done.status == .ok)
            let still = try await app.api(.GET, "/api/v1/clients/\(client.id)", headers: .bearer(token)).decoded(ClientDTO.self)
            #expect(still.last_contact_at == hand.clock.now())
        }
    }

    @Test func eachPersonHasAListOfTheirCallsAndTheClientCardSetsAnOutcome() async throws {
        try await withApp { app in
            let (manager, _, client, pbx) = try await world(app)
            let id = try #require(try await call(app, pbx, id: "pbx-1").call_id)
            let (other, _) = try await makeUser(app, role: .manager)
            let (_, _) = try await makeUser(app, role: .operator, email: "duty@test.example")

            let mine = Browser(app)
            try await mine.logIn(email: manager.email, password: "correct horse")
            let list = try await mine.get("/calls")
            #expect(list.status == .ok)
            #expect(list.text.contains("id=\"user-calls\""))
            #expect(list.text.contains("Caller Ltd"))
            // the client card offers the same form for a call in progress, and returns to the card
            let card = try await mine.get("/clients/\(client.id)")
            #expect(card.text.contains("action=\"/calls/\(id)/outcome\""))
            let saved = try await mine.post("/calls/\(id)/outcome", form: ["outcome": "answered", "note": "Wants a pallet", "version": "1", "next": "/clients/\(client.id)"])
            #expect(saved.headers.first(name: .location) == "/clients/\(client.id)")
            #expect(try await mine.get("/clients/\(client.id)").text.contains("Wants a pallet"))

            // nobody routed it to another manager, who sees an empty list that says what will appear
            let theirs = Browser(app)
            try await theirs.logIn(email: other.email, password: "correct horse")
            let empty = try await theirs.get("/calls")
            #expect(empty.text.contains("id=\"calls-empty\""))
            // the call went to the operators on duty (no live page): an operator sees it
            let duty = Browser(app)
            try await duty.logIn(email: "duty@test.example", password: "correct horse")
            #expect(try await duty.get("/calls").text.contains("Caller Ltd"))
        }
    }
}
