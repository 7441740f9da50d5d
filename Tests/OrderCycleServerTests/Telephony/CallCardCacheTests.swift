import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The caller lookup keeps the cards it read; each test first has a card kept, then changes what
/// it shows through the API and finds the change in the very next lookup.
@Suite("Kept call cards: every change shows in the next lookup")
struct CallCardCacheTests {
    struct World {
        var retail: UUID
        var manager: User
        var token: String
        var client: ClientDTO
    }

    static let number = "+380 44 700 11 22"

    /// On PostgreSQL an instance keeps cards only while its bus listens, which it starts when booted.
    static func listening(_ app: Application) async throws {
        guard onPostgres else { return }
        try await app.asyncBoot()
        try await eventually { await LiveUpdates.services(app).bus.isReady }
    }

    static func world(_ app: Application, phones: [String] = [number]) async throws -> World {
        try await listening(app)
        let retail = try await ClientFixtures.segment(app, code: "retail")
        let (manager, token) = try await ClientFixtures.manager(app, serving: [retail], name: "Olena Manager")
        let client = try await ClientFixtures.client(app, token: token, name: "Kept Card Ltd", segment: retail, phones: phones)
        return World(retail: retail, manager: manager, token: token, client: client)
    }

    /// The card the lookup answers, after checking that this instance now keeps a card for the number.
    static func lookup(_ app: Application, _ number: String = number, token: String, kept: Bool = true,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws -> CallCardDTO {
        let encoded = number.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? number
        let response = try await app.api(.GET, "/api/v1/telephony/lookup?number=\(encoded)", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)", sourceLocation: sourceLocation)
        let card = try response.decoded(CallCardDTO.self)
        if kept, let e164 = card.caller_e164 {
            #expect(LiveUpdates.services(app).cards.card(for: e164, at: app.clock.now()) != nil, "the card is kept", sourceLocation: sourceLocation)
        }
        return card
    }

    static func patchClient(_ app: Application, _ client: ClientDTO, token: String, _ body: some Encodable & Sendable) async throws -> ClientDTO {
        let response = try await app.api(.PATCH, "/api/v1/clients/\(client.id)", headers: .bearer(token, [("If-Match", "*")]), json: body)
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(ClientDTO.self)
    }

    struct Contacts: Encodable, Sendable { var contacts: [ClientFixtures.NewClient.Contact] }

    @Test func aPhoneAddedToAClientAndTakenAwayShowsInTheNextLookup() async throws {
        try await withApp { app in
            let w = try await Self.world(app, phones: [])
            let other = "(044) 700-99-88"
            #expect(try await Self.lookup(app, other, token: w.token).known == false)
            let with = try await Self.patchClient(app, w.client, token: w.token, Contacts(contacts: [.init(name: "Main", phones: [.init(number: other)])]))
            let known = try await Self.lookup(app, other, token: w.token)
            #expect(known.known && known.client?.id == w.client.id)
            _ = try await Self.patchClient(app, with, token: w.token, Contacts(contacts: []))
            #expect(try await Self.lookup(app, other, token: w.token).known == false)
        }
    }

    @Test func aRenamedClientShowsInTheNextLookup() async throws {
        try await withApp { app in
            let w = try await Self.world(app)
            #expect(try await Self.lookup(app, token: w.token).client?.name == "Kept Card Ltd")
            _ = try await Self.patchClient(app, w.client, token: w.token, ["name": "Renamed Card Ltd"])
            #expect(try await Self.lookup(app, token: w.token).client?.name == "Renamed Card Ltd")
        }
    }

    @Test func aReassignedClientShowsItsNewManagerAndARenamedManagerTheirNewName() async throws {
        try await withApp { app in
            let w = try await Self.world(app)
            let (second, _) = try await ClientFixtures.manager(app, serving: [], name: "Taras Manager")
            let (_, admin) = try await makeUser(app, role: .admin)
            #expect(try await Self.lookup(app, token: w.token).manager?.id == w.manager.id)
            let moved = try await app.api(.POST, "/api/v1/clients/\(w.client.id)/reassign", headers: .bearer(admin, [("If-Match", "*")]),
                                          json: ["manager_id": second.id!.uuidString, "reason": "Moves to the Kyiv office"])
            #expect(moved.status == .ok, "\(moved.text)")
            let card = try await Self.lookup(app, token: w.token)
            #expect(card.manager?.id == second.id && card.manager?.name == "Taras Manager")
            let renamed = try await app.api(.PATCH, "/api/v1/users/\(second.id!)", headers: .bearer(admin, [("If-Match", "*")]), json: ["display_name": "Taras Bondar"])
            #expect(renamed.status == .ok, "\(renamed.text)")
            #expect(try await Self.lookup(app, token: w.token).manager?.name == "Taras Bondar")
        }
    }

    @Test func anAbsenceShowsFromTheMomentItBeginsUntilItEndsOrIsEnded() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_900_000_000))
        try await withApp(clock: clock.clock) { app in
            let w = try await Self.world(app)
            let (deputy, _) = try await ClientFixtures.manager(app, serving: [], name: "Deputy Manager")
            let now = clock.now()
            // An absence ten minutes ahead: the card kept now must not outlive its start.
            let later = ManagerAssignmentAPITests.AbsenceBody(deputy_id: deputy.id, starts_at: now.addingTimeInterval(600), ends_at: now.addingTimeInterval(1200))
            #expect(try await app.api(.POST, "/api/v1/absences", headers: .bearer(w.token), json: later).status == .created)
            #expect(try await Self.lookup(app, token: w.token).deputy == nil)
            clock.advance(by: 600)
            let away = try await Self.lookup(app, token: w.token)
            #expect(away.deputy?.id == deputy.id && away.manager_absent_until == now.addingTimeInterval(1200))
            clock.advance(by: 600)
            #expect(try await Self.lookup(app, token: w.token).deputy == nil)
            // One recorded now, then ended through the API.
            let current = ManagerAssignmentAPITests.AbsenceBody(deputy_id: deputy.id, starts_at: clock.now(), ends_at: clock.now().addingTimeInterval(3000))
            let created = try await app.api(.POST, "/api/v1/absences", headers: .bearer(w.token), json: current)
            #expect(created.status == .created, "\(created.text)")
            #expect(try await Self.lookup(app, token: w.token).deputy?.id == deputy.id)
            let absence = try created.decoded(AbsenceStore.AbsenceDTO.self)
            let ended = try await app.api(.DELETE, "/api/v1/absences/\(absence.id)", headers: .bearer(w.token, [("If-Match", "\"\(absence.version)\"")]))
            #expect(ended.status == .noContent, "\(ended.text)")
            #expect(try await Self.lookup(app, token: w.token).deputy == nil)
        }
    }

    @Test func anOrderPlacedOrCancelledAndATicketOpenedShowInTheNextLookup() async throws {
        try await withApp { app in
            try await Self.listening(app)
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            try await app.db.sql.raw("INSERT INTO client_phones (id, client_id, e164, as_written) VALUES (\(bind: UUID()), \(bind: world.client), '+380447001122', '044 700 11 22')").run()
            #expect(try await Self.lookup(app, token: staff).open_orders == 0)
            let (order, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            #expect(try await Self.lookup(app, token: staff).open_orders == 1)
            try await app.step(order, to: "cancelled", version: version, token: staff, reason: "Withdrawn")
            #expect(try await Self.lookup(app, token: staff).open_orders == 0)
            #expect(try await Self.lookup(app, token: staff).open_requests == 0)
            _ = try await app.ticket(staff, clientID: world.client)
            #expect(try await Self.lookup(app, token: staff).open_requests == 1)
        }
    }

    @Test func anIncomingCallShowsAsTheLastContactInTheNextLookup() async throws {
        try await withApp { app in
            let w = try await Self.world(app)
            #expect(try await Self.lookup(app, token: w.token).last_contact_at == nil)
            let pbx = try await IncomingCallTests.exchangeToken(app)
            let call = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                         json: IncomingCallTests.Call(caller: "044 700 11 22", exchange_call_id: "kept-1"))
            #expect(call.status == .created)
            #expect(try await Self.lookup(app, token: w.token).last_contact_at != nil)
        }
    }

    @Test func theManagersPageOpeningClosingAndRunningOutShowInTheRouting() async throws {
        let clock = ManualClock(Date())
        try await withApp(clock: clock.clock) { app in
            // The test confirms the page itself; on a slow machine a timed heartbeat would do it
            // at a moment of its own choosing. Set before the app boots (on PostgreSQL, `world` does).
            app.storage[LiveUpdates.HeartbeatKey.self] = .hours(1)
            let w = try await Self.world(app)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            #expect(try await Self.lookup(app, token: w.token).routed_to.kind == "operators")
            // The page opens on its own, not in answer to a request: its announcement is awaited,
            // since a card read while it is on its way is rightly not kept.
            let cards = LiveUpdates.services(app).cards
            let beforeOpening = cards.generation
            let listener = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: w.manager.id!), on: app.eventLoopGroup)
            try await eventually { cards.generation != beforeOpening }
            try await eventually { try await Self.lookup(app, token: w.token, kept: false).routed_to.kind == "manager" }
            #expect(try await Self.lookup(app, token: w.token).routed_to.kind == "manager")
            // Unconfirmed for longer than a page counts as live: the kept card no longer holds.
            clock.advance(by: LivePresence.staleAfter + 1)
            #expect(try await Self.lookup(app, token: w.token).routed_to.kind == "operators")
            // The instance's heartbeat confirms the page again.
            let open = LiveUpdates.services(app).hub.openConnectionIDs
            try await app.db.write(app) { tx in try await LivePresence.touch(open, now: clock.now(), on: tx) }
            #expect(try await Self.lookup(app, token: w.token).routed_to.kind == "manager")
            let beforeClosing = cards.generation
            try await listener.socket.close()
            try await eventually { cards.generation != beforeClosing }
            try await eventually { try await Self.lookup(app, token: w.token, kept: false).routed_to.kind == "operators" }
            #expect(try await Self.lookup(app, token: w.token).routed_to.kind == "operators")
            await app.server.shutdown()
        }
    }

    @Test func aTokenLoggedOutRevokedOrOfADisabledUserIsRefusedAtOnce() async throws {
        try await withApp { app in
            let w = try await Self.world(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            _ = try await Self.lookup(app, token: w.token)
            // A login token logged out.
            #expect(try await app.api(.POST, "/api/v1/auth/logout", headers: .bearer(w.token)).status == .noContent)
            #expect(try await app.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(w.token)).status == .unauthorized)
            // An integration token revoked.
            let issued = try await app.api(.POST, "/api/v1/integration-tokens", headers: .bearer(admin), json: ["name": "PBX", "role": "operator"])
            #expect(issued.status == .created, "\(issued.text)")
            let secret = try #require(issued.json["token"] as? String), id = try #require(issued.json["id"] as? String)
            _ = try await Self.lookup(app, token: secret)
            #expect(try await app.api(.DELETE, "/api/v1/integration-tokens/\(id)", headers: .bearer(admin, [("If-Match", "\"1\"")])).status == .noContent)
            #expect(try await app.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(secret)).status == .unauthorized)
            // The user of a login token disabled.
            let (op, opToken) = try await makeUser(app, role: .operator)
            _ = try await Self.lookup(app, token: opToken)
            #expect(try await app.api(.PATCH, "/api/v1/users/\(op.id!)", headers: .bearer(admin, [("If-Match", "*")]), json: ["active": false]).status == .ok)
            #expect(try await app.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(opToken)).status == .unauthorized)
        }
    }

    @Test func aTokenPastItsExpiryOrOfAUserWhoseRoleChangedIsRefusedAtOnce() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_900_000_000))
        try await withApp(clock: clock.clock) { app in
            let w = try await Self.world(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let (op, opToken) = try await makeUser(app, role: .operator)
            _ = try await Self.lookup(app, token: opToken)
            let demoted = try await app.api(.PATCH, "/api/v1/users/\(op.id!)", headers: .bearer(admin, [("If-Match", "*")]), json: ["role": "worker"])
            #expect(demoted.status == .ok, "\(demoted.text)")
            #expect(try await app.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(opToken)).status == .forbidden)
            // makeUser's tokens last an hour.
            _ = try await Self.lookup(app, token: w.token)
            clock.advance(by: 3600)
            #expect(try await app.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(w.token)).status == .unauthorized)
        }
    }
}

/// The cache's own rules, without a database.
@Suite("Kept call cards: the cache's rules")
struct CallCardCacheRuleTests {
    static func entry(client: UUID? = UUID(), users: [UUID] = [], until: Date? = nil) -> CallCardCache.Entry {
        .init(card: CallCardDTO(caller: "", known: client != nil, routed_to: .init(kind: "operators"), open_orders: 0, open_requests: 0),
              clientID: client, userIDs: users, validUntil: until)
    }

    @Test func aCardReadBeforeAChangeIsNotKeptAfterIt() {
        let cache = CallCardCache()
        let read = cache.generation
        cache.apply(.clients([UUID()]))
        cache.store(Self.entry(), for: "+380447001122", readAt: read)
        #expect(cache.card(for: "+380447001122", at: Date()) == nil)
        cache.store(Self.entry(), for: "+380447001122", readAt: cache.generation)
        #expect(cache.card(for: "+380447001122", at: Date()) != nil)
    }

    @Test func aChangeDropsTheCardsOfItsClientsAndPeopleOnly() {
        let cache = CallCardCache()
        let (a, b, person) = (UUID(), UUID(), UUID())
        cache.store(Self.entry(client: a), for: "+1", readAt: cache.generation)
        cache.store(Self.entry(client: b, users: [person]), for: "+2", readAt: cache.generation)
        cache.store(Self.entry(client: nil), for: "+3", readAt: cache.generation)
        cache.apply(.clients([a]))
        #expect(cache.card(for: "+1", at: Date()) == nil && cache.card(for: "+2", at: Date()) != nil)
        cache.apply(.users([person]))
        #expect(cache.card(for: "+2", at: Date()) == nil && cache.card(for: "+3", at: Date()) != nil)
        cache.apply(.all)
        #expect(cache.count == 0)
    }

    @Test func aCardIsNotAnsweredFromItsMomentOnNorWhileChangesCouldGoUnheard() {
        let cache = CallCardCache()
        let now = Date(timeIntervalSince1970: 1_900_000_000)
        cache.store(Self.entry(until: now.addingTimeInterval(10)), for: "+1", readAt: cache.generation)
        #expect(cache.card(for: "+1", at: now.addingTimeInterval(9)) != nil)
        #expect(cache.card(for: "+1", at: now.addingTimeInterval(10)) == nil)
        cache.store(Self.entry(), for: "+2", readAt: cache.generation)
        cache.suspend()
        #expect(cache.card(for: "+2", at: now) == nil)
        cache.store(Self.entry(), for: "+2", readAt: cache.generation)
        #expect(cache.count == 0)
        cache.resume()
        cache.store(Self.entry(), for: "+2", readAt: cache.generation)
        #expect(cache.card(for: "+2", at: now) != nil)
    }

    @Test func changesMergeIntoOneSmallEnoughForANotification() {
        let many = (0..<(CardChange.largestList + 1)).map { _ in UUID() }
        #expect(CardChange.clients([UUID()]).merged(with: .users([UUID()])).clients.count == 1)
        #expect(CardChange.clients(Array(many.prefix(1))).merged(with: .clients(Array(many.dropFirst()))) == .all)
    }
}
