import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

extension Application {
    /// Puts the person on duty for chats: available, with a live page open.
    func onDuty(_ person: SupportWorld.Person, token: String) async throws {
        let marked = try await api(.PUT, "/api/v1/chat-availability", headers: .bearer(token), json: ["available": true])
        #expect(marked.status == .ok, "\(marked.text)")
        try await LivePresence.open(UUID(), userID: person.id, role: .operator, instanceID: "test", now: clock.now(), on: db)
    }

    func openChat(_ token: String, id: UUID = UUID(), text: String, language: String = "en") async throws -> TestingHTTPResponse {
        try await api(.POST, "/api/v1/chats", headers: .bearer(token, [("Accept-Language", language)]), json: ["id": id.uuidString, "text": text])
    }

    func chatMessage(_ chat: UUID, id: UUID = UUID(), _ text: String, internal isInternal: Bool = false, by token: String) async throws -> TestingHTTPResponse {
        struct Body: Encodable, Sendable { var id: UUID; var text: String; var `internal`: Bool }
        return try await api(.POST, "/api/v1/chats/\(chat)/messages", headers: .bearer(token), json: Body(id: id, text: text, internal: isInternal))
    }

    func chatTexts(_ chat: UUID, after: Int = 0, by token: String) async throws -> [String] {
        let page = try await api(.GET, "/api/v1/chats/\(chat)/messages?after=\(after)", headers: .bearer(token))
        #expect(page.status == .ok, "\(page.text)")
        return (page.json["items"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }
}

/// The hotline chat through the API (DOMAIN §2.3): a client and the operators on duty, a message
/// sent twice stored once, what a client may never see, and the chat that becomes a ticket when
/// nobody is on duty.
@Suite("Hotline chat API")
struct ChatAPITests {
    @Test func aClientChatsWithTheOperatorOnDutyAndAMessageSentAgainIsStoredOnce() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            try await app.onDuty(w.operator, token: w.operator.token)
            let first = UUID()
            let opened = try await app.openChat(w.acmeUser.token, id: first, text: "Where is my truck?")
            #expect(opened.status == .created, "\(opened.text)")
            #expect(opened.json["status"] as? String == "waiting" && opened.json["topic"] as? String == "Where is my truck?")
            let chat = try #require(UUID(uuidString: opened.json["id"] as? String ?? ""))
            // The same first message again (the page lost the answer): the same chat, nothing new.
            let again = try await app.openChat(w.acmeUser.token, id: first, text: "Where is my truck?")
            #expect(again.status == .ok && again.json["id"] as? String == chat.uuidString)
            // One chat at a time.
            #expect(try await app.openChat(w.acmeUser.token, text: "Another thing").status == .conflict)
            let queue = try await app.api(.GET, "/api/v1/chats?status=waiting", headers: .bearer(w.operator.token))
            #expect((queue.json["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [chat.uuidString])

            // The operator's first answer takes the chat; an internal note stays with staff.
            let answer = try await app.chatMessage(chat, "It left the depot at 9:00.", by: w.operator.token)
            #expect(answer.status == .created, "\(answer.text)")
            #expect(answer.json["seq"] as? Int == 2)
            #expect(try await app.chatMessage(chat, "Driver is late again", internal: true, by: w.operator.token).status == .created)
            let taken = try await app.api(.GET, "/api/v1/chats/\(chat)", headers: .bearer(w.acmeUser.token))
            #expect(taken.json["status"] as? String == "active" && taken.json["operator_id"] as? String == w.operator.id.uuidString)

            // The client's message sent twice over a lost connection: stored once, acknowledged both times.
            let thanks = UUID()
            let sent = try await app.chatMessage(chat, id: thanks, "Thanks!", by: w.acmeUser.token)
            let resent = try await app.chatMessage(chat, id: thanks, "Thanks!", by: w.acmeUser.token)
            #expect(sent.status == .created && resent.status == .ok)
            #expect(sent.json["seq"] as? Int == 4 && resent.json["seq"] as? Int == 4)
            // Another sender's message under that id is refused, and its turn on the chat is undone with it.
            let stolen = try await app.chatMessage(chat, id: thanks, "Not yours", by: w.operator.token)
            #expect(stolen.status == .conflict && (stolen.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "id", "\(stolen.text)")
            #expect(try await app.chatTexts(chat, by: w.acmeUser.token) == ["Where is my truck?", "It left the depot at 9:00.", "Thanks!"])
            #expect(try await app.chatTexts(chat, after: 2, by: w.acmeUser.token) == ["Thanks!"])
            #expect(try await app.chatTexts(chat, by: w.operator.token).count == 4)

            // Read marks go forward only, never past the last message.
            let read = try await app.api(.POST, "/api/v1/chats/\(chat)/read", headers: .bearer(w.operator.token), json: ["seq": 99])
            #expect(read.status == .ok && read.json["operator_read_seq"] as? Int == 4)
            let back = try await app.api(.POST, "/api/v1/chats/\(chat)/read", headers: .bearer(w.operator.token), json: ["seq": 1])
            #expect(back.json["operator_read_seq"] as? Int == 4)

            // The client ends the chat; an ended chat takes no more messages.
            let closed = try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.acmeUser.token), json: ["to": "closed"])
            #expect(closed.status == .ok && closed.json["status"] as? String == "closed", "\(closed.text)")
            #expect(try await app.chatMessage(chat, "One more thing", by: w.acmeUser.token).status == .conflict)
            // A message stored before the end and sent again after it is still acknowledged.
            #expect(try await app.chatMessage(chat, id: thanks, "Thanks!", by: w.acmeUser.token).status == .ok)
            // The refused messages took no number: the chat's last number is its last message's.
            let numbers = try await app.db.sql.raw("""
                SELECT ch.last_seq AS last, (SELECT MAX(m.seq) FROM chat_messages m WHERE m.chat_id = ch.id) AS top FROM chats ch WHERE ch.id = \(bind: chat)
                """).first()
            #expect(try numbers?.decode(column: "last", as: Int.self) == numbers?.decode(column: "top", as: Int.self))
            let count = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM chat_messages WHERE chat_id = \(bind: chat) AND system = \(bind: false)")
                .first(decodingColumn: "n", as: Int.self)
            #expect(count == 4)
        }
    }

    @Test func aClientSeesOnlyItsOwnChatsAndNeverTheInternalNotes() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            try await app.onDuty(w.operator, token: w.operator.token)
            let firstID = UUID()
            let chat = try #require(UUID(uuidString: try await app.openChat(w.acmeUser.token, id: firstID, text: "Acme's question").json["id"] as? String ?? ""))
            #expect(try await app.chatMessage(chat, "Acme owes us", internal: true, by: w.operator.token).status == .created)

            // Another client: every read and write of Acme's chat is "no such chat".
            let other = w.globexUser.token
            #expect(try await app.api(.GET, "/api/v1/chats/\(chat)", headers: .bearer(other)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/chats/\(chat)/messages", headers: .bearer(other)).status == .notFound)
            #expect(try await app.chatMessage(chat, "Hi", by: other).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(other), json: ["to": "closed"]).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/read", headers: .bearer(other), json: ["seq": 1]).status == .notFound)
            let list = try await app.api(.GET, "/api/v1/chats?client_id=\(w.acme)", headers: .bearer(other))
            #expect((list.json["items"] as? [[String: Any]])?.isEmpty == true)
            // Nor can it take Acme's message id for its own.
            #expect(try await app.openChat(other, id: firstID, text: "Mine now").status == .conflict)

            // Acme itself: no internal notes, none of its own, and no operator's moves.
            #expect(try await app.chatTexts(chat, by: w.acmeUser.token) == ["Acme's question"])
            #expect(try await app.chatMessage(chat, "psst", internal: true, by: w.acmeUser.token).status == .forbidden)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.acmeUser.token), json: ["to": "active"]).status == .forbidden)
            #expect(try await app.api(.PUT, "/api/v1/chat-availability", headers: .bearer(w.acmeUser.token), json: ["available": true]).status == .forbidden)
            // Staff open chats only for clients through the client's own cabinet.
            #expect(try await app.openChat(w.operator.token, text: "As staff").status == .forbidden)

            // Moved to a ticket, the ticket carries the conversation but never the note.
            let moved = try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.operator.token), json: ["to": "ticket"])
            #expect(moved.status == .ok && moved.json["status"] as? String == "ticket", "\(moved.text)")
            let ticketID = try #require(moved.json["ticket_id"] as? String)
            let ticket = try await app.api(.GET, "/api/v1/tickets/\(ticketID)", headers: .bearer(w.acmeUser.token))
            #expect(ticket.status == .ok && ticket.json["source"] as? String == "chat")
            let description = ticket.json["description"] as? String ?? ""
            #expect(description.contains("Acme's question") && !description.contains("owes"))
        }
    }

    @Test func withNobodyOnDutyTheChatBecomesATicketAndTheClientIsToldInItsLanguage() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            // Available, but with no live page open: not on duty.
            #expect(try await app.api(.PUT, "/api/v1/chat-availability", headers: .bearer(w.operator.token), json: ["available": true]).json["on_duty"] as? Bool == false)
            let opened = try await app.openChat(w.acmeUser.token, text: "Машина не приехала", language: "ru")
            #expect(opened.status == .created, "\(opened.text)")
            #expect(opened.json["status"] as? String == "ticket")
            let chat = try #require(opened.json["id"] as? String)
            let ticketID = try #require(opened.json["ticket_id"] as? String)
            let ticket = try await app.api(.GET, "/api/v1/tickets/\(ticketID)", headers: .bearer(w.acmeUser.token))
            #expect(ticket.json["subject"] as? String == "Чат: Машина не приехала" && ticket.json["status"] as? String == "new")
            let texts = try await app.chatTexts(try #require(UUID(uuidString: chat)), by: w.acmeUser.token)
            #expect(texts.count == 2 && texts.last?.contains("стало заявкой") == true, "\(texts)")
            // The ticket's staff hear of it as of any new ticket; the chat has ended.
            #expect(try await app.chatMessage(try #require(UUID(uuidString: chat)), "Hello?", by: w.acmeUser.token).status == .conflict)

            // Back on duty, a new chat waits; the operator marks themselves away and closes their page: the client's next word makes a ticket.
            try await app.onDuty(w.operator, token: w.operator.token)
            let waiting = try await app.openChat(w.acmeUser.token, text: "Are you there?")
            #expect(waiting.json["status"] as? String == "waiting")
            #expect(try await app.api(.PUT, "/api/v1/chat-availability", headers: .bearer(w.operator.token), json: ["available": false]).status == .ok)
            let second = try #require(UUID(uuidString: waiting.json["id"] as? String ?? ""))
            #expect(try await app.chatMessage(second, "Hello?", by: w.acmeUser.token).status == .created)
            let after = try await app.api(.GET, "/api/v1/chats/\(second)", headers: .bearer(w.acmeUser.token))
            #expect(after.json["status"] as? String == "ticket" && after.json["ticket_id"] != nil)
            let tickets = try await app.api(.GET, "/api/v1/tickets", headers: .bearer(w.acmeUser.token))
            #expect((tickets.json["items"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func anOperatorHandsAChatOnlyToAnotherOperatorOnDuty() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            try await app.onDuty(w.operator, token: w.operator.token)
            let chat = try #require(UUID(uuidString: try await app.openChat(w.acmeUser.token, text: "Invoice question").json["id"] as? String ?? ""))
            let taken = try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.operator.token), json: ["to": "active"])
            #expect(taken.status == .ok && taken.json["operator_id"] as? String == w.operator.id.uuidString, "\(taken.text)")
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.operator.token), json: ["to": "active"]).status == .conflict)
            struct Hand: Encodable, Sendable { var to = "active"; var operator_id: UUID }
            let refused = try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.operator.token), json: Hand(operator_id: w.supervisor.id))
            #expect(refused.status == .unprocessableEntity)
            try await app.onDuty(w.supervisor, token: w.supervisor.token)
            let handed = try await app.api(.POST, "/api/v1/chats/\(chat)/transitions", headers: .bearer(w.operator.token), json: Hand(operator_id: w.supervisor.id))
            #expect(handed.status == .ok && handed.json["operator_id"] as? String == w.supervisor.id.uuidString, "\(handed.text)")
            // The client is told who answers now.
            #expect(try await app.chatTexts(chat, by: w.acmeUser.token).last == "manager tester is answering you.")
            let audit = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'chats'").first(decodingColumn: "n", as: Int.self)
            #expect(audit == 3)
        }
    }
}
