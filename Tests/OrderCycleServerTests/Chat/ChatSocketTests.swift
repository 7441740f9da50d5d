import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The chat over the live socket, as the pages hold it: a message sent twice over a resumed
/// connection is stored and delivered once, the peer receives it, a page that reconnects asks
/// for what it missed; and on PostgreSQL the client and the operator on two instances.
@Suite("Hotline chat over the live socket")
struct ChatSocketTests {
    static func send(_ listener: LiveListener, _ body: [String: Any]) async throws {
        let data = try JSONSerialization.data(withJSONObject: body)
        try await listener.socket.send(String(decoding: data, as: UTF8.self))
    }

    /// The client on `clientApp`, the operator on `operatorApp` (the same app, or two instances of one database).
    static func conversation(clientApp: Application, operatorApp: Application, world w: SupportWorld) async throws {
        let clientPort = clientApp.http.server.shared.localAddress?.port ?? 0
        let operatorPort = operatorApp.http.server.shared.localAddress?.port ?? 0
        let op = try await LiveListener.connect(port: operatorPort, sessionToken: try await makeSession(operatorApp, userID: w.operator.id), on: operatorApp.eventLoopGroup)
        let client = try await LiveListener.connect(port: clientPort, sessionToken: try await makeSession(clientApp, userID: w.acmeUser.id), on: clientApp.eventLoopGroup)
        // A colleague in the same cabinet, with a page open on the operator's instance: a chat's client side is every user of its client.
        let colleague = try await makeUser(clientApp, role: .client, clientID: w.acme)
        let colleaguePage = try await LiveListener.connect(port: operatorPort, sessionToken: try await makeSession(operatorApp, userID: try colleague.user.requireID()),
                                                           on: operatorApp.eventLoopGroup)
        try await eventually { try await LivePresence.isLive(w.operator.id, now: clientApp.clock.now(), on: clientApp.db) }
        #expect(try await clientApp.api(.PUT, "/api/v1/chat-availability", headers: .bearer(w.operator.token), json: ["available": true]).json["on_duty"] as? Bool == true)

        // The client opens a chat (its cabinet's form or the API); the operator's queue hears of it.
        let opened = try await clientApp.openChat(w.acmeUser.token, text: "Is the warehouse open on Sunday?")
        #expect(opened.json["status"] as? String == "waiting", "\(opened.text)")
        let chat = try #require(opened.json["id"] as? String)
        #expect(try await op.waitFor("\"change\":\"opened\"") != nil, "\(op.messages)")

        // The client's message goes over its socket twice (the first answer was lost): both acknowledged, stored once.
        let id = UUID().uuidString.lowercased()
        try await send(client, ["kind": "chat_send", "chat_id": chat, "id": id, "text": "Hello?"])
        try await send(client, ["kind": "chat_send", "chat_id": chat, "id": id, "text": "Hello?"])
        try await eventually { client.messages.filter { $0.contains("chat_ack") }.count == 2 }
        let acks = client.messages.filter { $0.contains("chat_ack") }
        #expect(acks.allSatisfy { $0.contains("\"seq\":2") } && acks.last?.contains("\"replayed\":true") == true, "\(acks)")
        // The operator's page receives it, once.
        #expect(try await op.waitFor("Hello?") != nil, "\(op.messages)")

        // The operator answers over its socket; the client's page receives it.
        try await send(op, ["kind": "chat_send", "chat_id": chat, "id": UUID().uuidString, "text": "Yes, 10 to 16."])
        #expect(try await client.waitFor("Yes, 10 to 16.") != nil, "\(client.messages)")
        #expect(try await colleaguePage.waitFor("Yes, 10 to 16.") != nil, "\(colleaguePage.messages)")
        #expect(try await op.waitFor("\"kind\":\"chat_ack\"") != nil)
        // An internal note never reaches the client's socket.
        try await send(op, ["kind": "chat_send", "chat_id": chat, "id": UUID().uuidString, "text": "VIP client", "internal": true])
        try await eventually { op.messages.filter { $0.contains("chat_ack") }.count == 2 }

        // Typing and read marks reach the other side.
        try await send(client, ["kind": "chat_typing", "chat_id": chat])
        #expect(try await op.waitFor("\"kind\":\"chat_typing\"") != nil)
        try await send(client, ["kind": "chat_read", "chat_id": chat, "seq": 4])
        #expect(try await op.waitFor("\"kind\":\"chat_read\"") != nil)

        // The client's page closes; a new one resumes from what it had (seq 1) and gets the rest, no note.
        try await client.socket.close()
        let again = try await LiveListener.connect(port: clientPort, sessionToken: try await makeSession(clientApp, userID: w.acmeUser.id), on: clientApp.eventLoopGroup)
        try await send(again, ["kind": "chat_sync", "chat_id": chat, "after": 1])
        let history = try #require(try await again.waitFor("chat_history"))
        #expect(history.contains("Hello?") && history.contains("Yes, 10 to 16.") && !history.contains("VIP"), "\(history)")
        #expect(!client.messages.contains { $0.contains("VIP") })
        // Another client's page asking for the chat is refused as if it did not exist.
        let stranger = try await LiveListener.connect(port: clientPort, sessionToken: try await makeSession(clientApp, userID: w.globexUser.id), on: clientApp.eventLoopGroup)
        try await send(stranger, ["kind": "chat_sync", "chat_id": chat, "after": 0])
        #expect(try await stranger.waitFor("\"status\":404") != nil, "\(stranger.messages)")
        try await send(stranger, ["kind": "chat_send", "chat_id": chat, "id": UUID().uuidString, "text": "mine?"])
        try await eventually { stranger.messages.filter { $0.contains("chat_refused") }.count == 2 }

        let stored = try await clientApp.db.sql.raw("SELECT COUNT(*) AS n FROM chat_messages WHERE chat_id = \(bind: UUID(uuidString: chat)!)").first(decodingColumn: "n", as: Int.self)
        #expect(stored == 4)
        #expect(!colleaguePage.messages.contains { $0.contains("VIP") })
        try await op.socket.close(); try await again.socket.close(); try await stranger.socket.close(); try await colleaguePage.socket.close()
    }

    @Test func aMessageSentTwiceOverTheSocketIsStoredAndDeliveredOnce() async throws {
        try await withApp { app in
            let w = try await SupportWorld.make(app, clock: ManualClock(Date()))
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            do {
                try await Self.conversation(clientApp: app, operatorApp: app, world: w)
            } catch {
                await app.server.shutdown(); throw error
            }
            await app.server.shutdown()
        }
    }

    @Test func theClientAndTheOperatorOnTwoInstancesOfOnePostgreSQLDatabase() async throws {
        try await withTwoInstances(serving: true, skipped: "ChatSocketTests across instances") { a, b in
            let w = try await SupportWorld.make(a, clock: ManualClock(Date()))
            try await Self.conversation(clientApp: a, operatorApp: b, world: w)
        }
    }
}
