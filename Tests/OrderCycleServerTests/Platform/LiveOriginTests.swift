import Foundation
import NIOConcurrencyHelpers
import NIOCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The `/live` WebSocket opens only for pages of this site, so a foreign page cannot listen
/// with the session cookie of the person who visits it.
@Suite("Live updates refuse foreign pages")
struct LiveOriginTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080", "127.0.0.1:8080", false, true),
        ("https://orders.example", "orders.example", true, true),
        ("https://orders.example:443", "orders.example", true, true),
        ("http://orders.example", "orders.example:80", false, true),
        ("https://orders.example", "orders.example", false, true),
        ("HTTP://Orders.Example", "orders.example", false, true),
        ("http://evil.example", "orders.example", false, false),
        ("http://orders.example", "orders.example", true, false),
        ("http://orders.example.evil.example", "orders.example", false, false),
        ("http://orders.example:8081", "orders.example:8080", false, false),
        ("http://user@orders.example", "orders.example", false, false),
        ("null", "orders.example", false, false),
        ("", "orders.example", false, false),
        ("ws://orders.example", "orders.example", false, false),
    ])
    func theOriginMustNameTheRequestedHost(origin: String, host: String, https: Bool, allowed: Bool) {
        #expect(LiveOrigin.allows(origin: origin, host: host, https: https) == allowed)
    }

    @Test func aClientWithoutOriginIsNoBrowserAndMayConnect() {
        #expect(LiveOrigin.allows(origin: nil, host: "orders.example", https: false))
    }

    @Test func aForeignOriginIsRefusedAndTheOwnOriginAccepted() async throws {
        try await withApp { app in
            let (user, _) = try await makeUser(app, role: .manager)
            let session = try await makeSession(app, userID: user.id!)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            do { try await Self.foreignRefusedOwnAccepted(app, session: session) } catch { await app.server.shutdown(); throw error }
            await app.server.shutdown()
        }
    }

    private static func foreignRefusedOwnAccepted(_ app: Application, session: String) async throws {
        let port = app.http.server.shared.localAddress?.port ?? 0
        func connect(origin: String) async throws -> WebSocket {
            let headers = HTTPHeaders([("Cookie", "\(Authenticator.sessionCookie)=\(session)"), ("Origin", origin)])
            let box = NIOLockedValueBox<WebSocket?>(nil)
            try await WebSocket.connect(to: "ws://127.0.0.1:\(port)/live", headers: headers, on: app.eventLoopGroup) { ws in
                box.withLockedValue { $0 = ws }
            }.get()
            for _ in 0..<500 {
                if let ws = box.withLockedValue({ $0 }) { return ws }
                try await Task.sleep(for: .milliseconds(10))
            }
            throw Abort(.internalServerError, reason: "the WebSocket upgrade never completed")
        }

        await #expect(throws: (any Error).self) { _ = try await connect(origin: "http://evil.example") }
        // This client writes `Host: 127.0.0.1` without the port, so the page it stands for is
        // `http://127.0.0.1`; a browser writes the port in both (checked below and by the rule's cases).
        let own = try await connect(origin: "http://127.0.0.1")
        try await own.close()

        // The refusal as a browser sees it: 403 instead of 101.
        var headers = HTTPHeaders([("Cookie", "\(Authenticator.sessionCookie)=\(session)"), ("Origin", "http://evil.example"),
                                   ("Connection", "Upgrade"), ("Upgrade", "websocket"), ("Sec-WebSocket-Version", "13"),
                                   ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")])
        headers.add(name: .host, value: "127.0.0.1:\(port)")
        let refused = try await app.testing().sendRequest(.GET, "/live", headers: headers)
        #expect(refused.status == .forbidden)
        headers.replaceOrAdd(name: .origin, value: "http://127.0.0.1:\(port)")
        let accepted = try await app.testing().sendRequest(.GET, "/live", headers: headers)
        #expect(accepted.status == .switchingProtocols)
    }
}
