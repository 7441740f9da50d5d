import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOPosix
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A WebSocket client as a browser page holds it: logged in by the session cookie.
final class LiveListener: Sendable {
    private let received = NIOLockedValueBox<[String]>([])
    let socket: WebSocket

    private init(socket: WebSocket) { self.socket = socket }

    static func connect(port: Int, sessionToken: String, on group: any EventLoopGroup) async throws -> LiveListener {
        let box = NIOLockedValueBox<LiveListener?>(nil)
        let headers = HTTPHeaders([("Cookie", "\(Authenticator.sessionCookie)=\(sessionToken)")])
        try await WebSocket.connect(to: "ws://127.0.0.1:\(port)/live", headers: headers, on: group) { ws in
            let listener = LiveListener(socket: ws)
            ws.onText { _, text in listener.received.withLockedValue { $0.append(text) } }
            box.withLockedValue { $0 = listener }
        }.get()
        // The upgrade callback may run just after the connect future completes.
        for _ in 0..<500 {
            if let listener = box.withLockedValue({ $0 }) { return listener }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw Abort(.internalServerError, reason: "the WebSocket upgrade never completed")
    }

    var messages: [String] { received.withLockedValue { $0 } }

    /// Waits for a message containing `text`; the timeout only guards against a hang.
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) async throws -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let found = messages.first(where: { $0.contains(text) }) { return found }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}

/// A web session made directly, for a WebSocket client to present.
func makeSession(_ app: Application, userID: UUID) async throws -> String {
    let token = Secrets.token()
    let now = Date()
    try await WebSession(tokenHash: Secrets.hash(token), userID: userID, csrfToken: Secrets.token(), now: now,
                         expiresAt: now.addingTimeInterval(3600), address: nil).create(on: app.db)
    return token
}

/// Waits until `condition` holds (a connection registered, a listener ready).
func eventually(_ condition: () async throws -> Bool) async throws {
    for _ in 0..<500 {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
}

@Suite("Live push of the call card")
struct LivePushTests {
    @Test func theManagersOpenPageReceivesTheCard() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (manager, token) = try await ClientFixtures.manager(app, serving: [retail])
            _ = try await ClientFixtures.client(app, token: token, name: "Live Caller Ltd", segment: retail, phones: ["+380 44 123 45 67"])
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            let listener = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: manager.id!), on: app.eventLoopGroup)
            try await eventually { try await LivePresence.isLive(manager.id!, now: app.clock.now(), on: app.db) }
            let pbx = try await IncomingCallTests.exchangeToken(app)
            let card = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(pbx),
                                         json: IncomingCallTests.Call(caller: "(044) 123-45-67", exchange_call_id: "live-1")).decoded(CallCardDTO.self)
            #expect(card.routed_to.kind == "manager")
            let pushed = try await listener.waitFor("Live Caller Ltd")
            #expect(pushed?.contains("\"kind\":\"call\"") == true)
            try await listener.socket.close()
            await app.server.shutdown()
        }
    }
}
