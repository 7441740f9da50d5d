import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Several stateless instances behind a load balancer on one PostgreSQL: a call reported to
/// one instance pops up in a page connected to another (LISTEN/NOTIFY).
@Suite("Live push across two instances on PostgreSQL")
struct TwoInstancesTests {
    @Test func aCallPostedToInstanceAReachesAWebSocketOfInstanceB() async throws {
        try await withTwoInstances(serving: true, skipped: "TwoInstancesTests") { a, b in
            // setup: a client whose manager has a page open on instance B only
            let retail = try await ClientFixtures.segment(a, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(a, serving: [retail])
            _ = try await ClientFixtures.client(a, token: token, name: "Two Instances Ltd", segment: retail, phones: ["+380 44 765 43 21"])
            let port = b.http.server.shared.localAddress?.port ?? 0
            let listener = try await LiveListener.connect(port: port, sessionToken: try await makeSession(b, userID: manager.id!), on: b.eventLoopGroup)
            try await eventually { try await LivePresence.isLive(manager.id!, now: a.clock.now(), on: a.db) }
            try await eventually { await LiveUpdates.services(b).bus.isReady }
            #expect(await LiveUpdates.services(b).bus.isReady)

            // MUT: the exchange reports the call to instance A
            let pbx = try await IncomingCallTests.exchangeToken(a)
            let card = try await a.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                       json: IncomingCallTests.Call(caller: "044 765-43-21", exchange_call_id: "two-1")).decoded(CallCardDTO.self)
            #expect(card.routed_to.kind == "manager")

            // validate: B's page got the card
            let pushed = try await listener.waitFor("Two Instances Ltd")
            #expect(pushed != nil, "instance B's page received: \(listener.messages)")
            try await listener.socket.close()
        }
    }

    @Test func aChangeMadeOnInstanceAShowsInTheLookupsOfInstanceB() async throws {
        try await withTwoInstances(skipped: "TwoInstancesTests") { a, b in
            let w = try await CallCardCacheTests.world(a)
            let (deputy, _) = try await ClientFixtures.manager(a, serving: [], name: "Deputy Manager")
            let (_, admin) = try await makeUser(a, role: .admin)
            // B keeps the card; A renames the client, adds an absence, takes the phone away.
            #expect(try await CallCardCacheTests.lookup(b, token: w.token).client?.name == "Kept Card Ltd")
            _ = try await CallCardCacheTests.patchClient(a, w.client, token: w.token, ["name": "Renamed on A"])
            // B hears of it through PostgreSQL's notification, a moment after A's commit.
            try await eventually { try await CallCardCacheTests.lookup(b, token: w.token, kept: false).client?.name == "Renamed on A" }
            #expect(try await CallCardCacheTests.lookup(b, token: w.token).client?.name == "Renamed on A")
            let now = Date()
            let absence = ManagerAssignmentAPITests.AbsenceBody(deputy_id: deputy.id, starts_at: now, ends_at: now.addingTimeInterval(3600))
            #expect(try await a.api(.POST, "/api/v1/absences", headers: .bearer(w.token), json: absence).status == .created)
            try await eventually { try await CallCardCacheTests.lookup(b, token: w.token, kept: false).deputy?.id == deputy.id }
            #expect(try await CallCardCacheTests.lookup(b, token: w.token).deputy?.id == deputy.id)
            let moved = try await a.api(.PATCH, "/api/v1/users/\(deputy.id!)", headers: .bearer(admin, [("If-Match", "*")]), json: ["display_name": "Deputy Renamed"])
            #expect(moved.status == .ok, "\(moved.text)")
            try await eventually { try await CallCardCacheTests.lookup(b, token: w.token, kept: false).deputy?.name == "Deputy Renamed" }
            _ = try await CallCardCacheTests.patchClient(a, w.client, token: w.token, CallCardCacheTests.Contacts(contacts: []))
            try await eventually { try await CallCardCacheTests.lookup(b, token: w.token, kept: false).known == false }
            #expect(try await CallCardCacheTests.lookup(b, token: w.token).known == false)
        }
    }

    @Test func aTokenLoggedOutOnInstanceAIsRefusedByInstanceBAtOnce() async throws {
        try await withTwoInstances(skipped: "TwoInstancesTests") { a, b in
            let w = try await CallCardCacheTests.world(a)
            _ = try await CallCardCacheTests.lookup(b, token: w.token)
            #expect(try await a.api(.POST, "/api/v1/auth/logout", headers: .bearer(w.token)).status == .noContent)
            let refused = try await b.api(.GET, "/api/v1/telephony/lookup?number=0447001122", headers: .bearer(w.token))
            #expect(refused.status == .unauthorized)
        }
    }
}
