import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// What happened in a chat, pushed through the event bus (every instance) to the open pages
/// that take part: the client's users, the chat's operator, and while nobody has taken the chat,
/// everyone who answers chats (their queue). An internal note goes to staff only.
///
/// Bodies: `{"kind":"chat_message","chat_id":…,"message":{…}}`,
/// `{"kind":"chat","chat_id":…,"status":…,"operator_id":…,"ticket_id":…,"change":…,"version":…}`,
/// `{"kind":"chat_typing","chat_id":…,"party":"client"|"operator"}`,
/// `{"kind":"chat_read","chat_id":…,"party":…,"seq":…}`.
enum ChatLive {
    struct MessageEvent: Codable, Sendable {
        var kind = "chat_message"
        var chat_id: UUID
        var message: ChatMessageDTO
    }

    struct ChatEvent: Codable, Sendable {
        var kind = "chat"
        var chat_id: UUID
        var status: String
        var operator_id: UUID?
        var ticket_id: UUID?
        var change: String
        var version: Int
    }

    struct SignalEvent: Codable, Sendable {
        var kind: String
        var chat_id: UUID
        var party: String
        var seq: Int?
    }

    /// Who hears about the chat: the client's side (every user of the client, as their sockets
    /// were opened for it) and the staff side. Known from the chat alone, so addressing an event
    /// reads nothing.
    struct Audience: Sendable {
        var clientID: UUID
        var operatorID: UUID?

        init(of chat: ChatDTO) { clientID = chat.client_id; operatorID = chat.operator_id }
        init(clientID: UUID, operatorID: UUID?) { self.clientID = clientID; self.operatorID = operatorID }

        var staff: LiveEvent { operatorID.map { LiveEvent(userIDs: [$0], body: "") } ?? LiveEvent(roles: ChatAccess.agentRoles, body: "") }
        var client: LiveEvent { LiveEvent(clientIDs: [clientID], body: "") }
        var everyone: LiveEvent {
            var e = staff
            e.clientIDs = [clientID]
            return e
        }
    }

    static func publish<T: Encodable>(_ body: T, to target: LiveEvent, app: Application) async {
        var event = target
        do {
            event.body = String(decoding: try APIJSON.encoder.encode(body), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(event)
        } catch {
            app.logger.warning("chat event not pushed", metadata: ["error": "\(error)"])
        }
    }

    /// Publishes a committed change: the new message (if any) and, when the chat itself moved,
    /// its new state — the latter also to everyone who answers chats, whose queue changes.
    static func publish(_ change: ChatChange, app: Application) async {
        guard let audience = change.audience else { return }
        for message in change.messages {
            let target = message.internal ? audience.staff : audience.everyone
            await publish(MessageEvent(chat_id: change.chat.id, message: message), to: target, app: app)
        }
        if let moved = change.change {
            var target = audience.everyone
            target.roles = ChatAccess.agentRoles
            if let old = change.previousOperator { target.userIDs.append(old) }
            await publish(ChatEvent(chat_id: change.chat.id, status: change.chat.status, operator_id: change.chat.operator_id,
                                    ticket_id: change.chat.ticket_id, change: moved, version: change.chat.version), to: target, app: app)
        }
        if let ticket = change.ticket { await SupportLive.publish(ticket, app: app) }
    }
}

/// A chat operation's outcome: the chat as it now stands, the messages it stored (none when a
/// message was already stored: a repeat), how the chat itself moved, the ticket it became, and
/// whom to tell.
struct ChatChange: Sendable {
    var chat: ChatDTO
    var messages: [ChatMessageDTO] = []
    var change: String?
    var ticket: TicketChange?
    var audience: ChatLive.Audience?
    /// The message the caller sent, stored now or before (what the sender's page is acknowledged with).
    var acknowledged: ChatMessageDTO?
    var replayed = false
    /// The operator who handed the chat over, told of the move too.
    var previousOperator: UUID?
}

/// A chat operation run the way the API, the pages and the socket all run it: inside one write
/// transaction, with the live events published once it has committed.
enum ChatWrite {
    static func run(_ app: Application, _ body: @escaping @Sendable (any Database) async throws -> ChatChange) async throws -> ChatChange {
        var change = try await app.openDatabase().write(app) { tx in try await body(tx) }
        if !change.replayed { change.audience = ChatLive.Audience(of: change.chat) }
        await ChatLive.publish(change, app: app)
        return change
    }
}

extension PostChatMessage {
    /// Runs the message as one write and publishes it once committed (`ChatWrite`). A message
    /// the write turned back — its id stored already, or the chat no longer open — is looked up
    /// after the rollback: the same sender's stored message is acknowledged again.
    func send(by actor: Principal, now: Date, app: Application) async throws -> ChatChange {
        let refusal: any Error
        do {
            return try await ChatWrite.run(app) { tx in try await run(by: actor, now: now, on: tx) }
        } catch let error as Repeated {
            refusal = error
        } catch let problem as Problem where problem.status != 404 {
            // Access was checked before anything else turned the message back: a 404 alone says nothing of the id.
            refusal = problem
        }
        let db = try app.openDatabase()
        guard let earlier = try await ChatWrites.earlier(messageID, chatID: chatID, by: actor, lang: lang, on: db) else {
            // Stored a moment ago and gone since (its chat deleted): as if never sent.
            throw refusal is Repeated ? Problem(.notFound) : refusal
        }
        return ChatChange(chat: try await ChatWrites.reread(chatID, on: db), acknowledged: earlier, replayed: true)
    }
}
