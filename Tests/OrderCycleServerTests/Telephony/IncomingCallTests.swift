import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Incoming calls: the card, routing and the call log")
struct IncomingCallTests {
    /// An integration token in the operator role, as the telephone exchange holds.
    static func exchangeToken(_ app: Application) async throws -> String {
        let secret = Secrets.token()
        try await ApiToken(tokenHash: Secrets.hash(secret), name: "PBX", kind: .integration, role: .operator, userID: nil, createdBy: nil,
                           now: Date(), expiresAt: nil).create(on: app.db)
        return secret
    }

    struct Call: Encodable, Sendable { var caller: String; var called = "+380441110000"; var exchange_call_id: String }

    @Test func aKnownCallerGetsTheClientsCardWithItsManager() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail], name: "Iryna Manager")
            let client = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["(044) 123-45-67"])
            let pbx = try await Self.exchangeToken(app)
            let response = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                             json: Call(caller: "+380441234567", exchange_call_id: "pbx-1"))
            #expect(response.status == .created)
            let card = try response.decoded(CallCardDTO.self)
            #expect(card.known && card.client?.id == client.id && card.client?.name == "Caller Ltd")
            #expect(card.manager?.id == manager.id && card.manager?.name == "Iryna Manager")
            #expect(card.open_orders == 0 && card.open_requests == 0)
            // Nobody has a live page open: the operators on duty get the pop-up.
            #expect(card.routed_to.kind == "operators")
        }
    }

    @Test func theCardCountsTheCallersOpenOrdersOnly() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            try await app.db.sql.raw("INSERT INTO client_phones (id, client_id, e164, as_written) VALUES (\(bind: UUID()), \(bind: world.client), '+380445556677', '044 555 66 77')").run()
            _ = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let (gone, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            try await app.step(gone, to: "cancelled", version: version, token: staff, reason: "Withdrawn")
            _ = try await app.order(NewOrder(client_id: world.otherClient, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let card = try await app.api(.GET, "/api/v1/telephony/lookup?number=%2B380445556677", headers: .bearer(staff)).decoded(CallCardDTO.self)
            #expect(card.client?.id == world.client)
            #expect(card.open_orders == 1)
        }
    }

    @Test func anUnknownNumberOffersANewClientWithThatNumber() async throws {
        try await withApp { app in
            let pbx = try await Self.exchangeToken(app)
            let card = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                         json: Call(caller: "0501234567", exchange_call_id: "pbx-2")).decoded(CallCardDTO.self)
            #expect(!card.known && card.client == nil)
            #expect(card.caller_e164 == "+380501234567")
            #expect(card.new_client_url == "/clients/new?phone=%2B380501234567")
        }
    }

    @Test func aRepeatedExchangeCallIdReturnsTheFirstCall() async throws {
        try await withApp { app in
            let pbx = try await Self.exchangeToken(app)
            let first = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx), json: Call(caller: "0501234567", exchange_call_id: "pbx-3"))
            let again = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx), json: Call(caller: "0501234567", exchange_call_id: "pbx-3"))
            #expect(first.status == .created && again.status == .ok)
            #expect(try first.decoded(CallCardDTO.self).call_id == again.decoded(CallCardDTO.self).call_id)
        }
    }

    @Test func theCallGoesToTheManagerWhenTheirPageIsLive() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail])
            _ = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["0441234567"])
            try await LivePresence.open(UUID(), userID: manager.id!, role: .manager, instanceID: "test", now: app.clock.now(), on: app.db)
            let card = try await CallCards.card(caller: "+380441234567", called: nil, regionCode: "UA", now: app.clock.now(), on: app.db)
            #expect(card.routed_to.kind == "manager" && card.routed_to.user_id == manager.id)
        }
    }

    @Test func anAbsentManagersCallGoesToTheDeputyAndTheCardNamesThem() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail])
            let (deputy, _) = try await ClientFixtures.manager(app, serving: [], name: "Petro Deputy")
            _ = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["0441234567"])
            let now = Date()
            _ = try await AbsenceStore.insert(managerID: manager.id!, deputyID: deputy.id, startsAt: now.addingTimeInterval(-3600),
                                              endsAt: now.addingTimeInterval(3600), note: nil, on: app.db)
            try await LivePresence.open(UUID(), userID: manager.id!, role: .manager, instanceID: "test", now: app.clock.now(), on: app.db)
            try await LivePresence.open(UUID(), userID: deputy.id!, role: .manager, instanceID: "test", now: app.clock.now(), on: app.db)
            let card = try await CallCards.card(caller: "0441234567", called: nil, regionCode: "UA", now: now, on: app.db)
            #expect(card.deputy?.name == "Petro Deputy")
            #expect(card.routed_to.kind == "deputy" && card.routed_to.user_id == deputy.id)
        }
    }

    @Test func aDeputyWithoutALivePageLeavesTheCallToTheOperators() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail])
            let (deputy, _) = try await ClientFixtures.manager(app, serving: [])
            _ = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["0441234567"])
            let now = Date()
            _ = try await AbsenceStore.insert(managerID: manager.id!, deputyID: deputy.id, startsAt: now.addingTimeInterval(-60),
                                              endsAt: now.addingTimeInterval(3600), note: nil, on: app.db)
            let card = try await CallCards.card(caller: "0441234567", called: nil, regionCode: "UA", now: now, on: app.db)
            #expect(card.deputy?.id == deputy.id)
            #expect(card.routed_to.kind == "operators")
        }
    }

    @Test func completingTheCallLogNeedsTheVersionAndMakesTheLastContact() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail])
            let client = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: retail, phones: ["0441234567"])
            let pbx = try await Self.exchangeToken(app)
            let card = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                         json: Call(caller: "0441234567", exchange_call_id: "pbx-9")).decoded(CallCardDTO.self)
            let path = "/api/v1/telephony/calls/\(card.call_id!)"
            let body: [String: String] = ["answered_by": manager.id!.uuidString, "outcome": "answered", "note": "Wants a pallet tomorrow"]
            #expect(try await app.api(.PATCH, path, headers: .bearer(pbx), json: body).status == .preconditionRequired)
            let done = try await app.api(.PATCH, path, headers: .bearer(pbx, [("If-Match", "\"1\"")]), json: body)
            #expect(done.status == .ok)
            let call = try done.decoded(CallLog.CallDTO.self)
            #expect(call.outcome == "answered" && call.answered_by_id == manager.id && call.version == 2)
            let calls = try await app.api(.GET, "/api/v1/clients/\(client.id)/calls", headers: .bearer(token)).decoded(OrderCycleServer.Page<CallLog.CallDTO>.self)
            #expect(calls.items.map(\.id) == [card.call_id!])
            let after = try await app.api(.GET, "/api/v1/clients/\(client.id)", headers: .bearer(token)).decoded(ClientDTO.self)
            #expect(after.last_contact_at != nil)
            let bad = try await app.api(.PATCH, path, headers: .bearer(pbx, [("If-Match", "*")]), json: ["outcome": "teleported"])
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func onlyOperatorsAndAdministratorsReportCalls() async throws {
        try await withApp { app in
            let (_, manager) = try await makeUser(app, role: .manager)
            let response = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(manager), json: Call(caller: "0441234567", exchange_call_id: "x"))
            #expect(response.status == .forbidden)
        }
    }
}
