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
        guard let url = ProcessInfo.processInfo.environment["ORDERCYCLE_TEST_POSTGRES_URL"], !url.isEmpty else {
            print("TwoInstancesTests skipped: set ORDERCYCLE_TEST_POSTGRES_URL to a PostgreSQL server to run it (CI does).")
            return
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await PostgresSchemas.create(String(schema), url: url)
        var config = AppConfig(bcryptCost: 4)
        config.storage = .postgres(url: url)
        config.postgresSchema = String(schema)
        let a = try await Application.make(.testing)
        let b = try await Application.make(.testing)
        do {
            try await OrderCycleServer.configure(a, config: config)
            try await OrderCycleServer.configure(b, config: config)
            try await a.autoMigrate()
            try await a.asyncBoot()
            try await b.asyncBoot()
            try await b.server.start(address: .hostname("127.0.0.1", port: 0))

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
            await b.server.shutdown()
        } catch {
            await b.server.shutdown()
            try? await a.asyncShutdown(); try? await b.asyncShutdown()
            try? await PostgresSchemas.drop(String(schema), url: url)
            throw error
        }
        try await a.asyncShutdown()
        try await b.asyncShutdown()
        try await PostgresSchemas.drop(String(schema), url: url)
    }
}
