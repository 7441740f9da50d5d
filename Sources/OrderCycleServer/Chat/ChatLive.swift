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

    /// Who hears about the chat: the client's side and the staff side.
    struct Audience: Sendable {
        var clientUsers: [UUID]
        var operatorID: UUID?

        var staff: LiveEvent { operatorID.map { LiveEvent(userIDs: [$0], body: "") } ?? LiveEvent(roles: ChatAccess.agentRoles, body: "") }
        var client: LiveEvent { LiveEvent(userIDs: clientUsers, body: "") }
        var everyone: LiveEvent {
            var e = staff
            e.userIDs += clientUsers
            return e
        }
    }

    static func audience(of chat: ChatDTO, on db: any Database) async throws -> Audience {
        Audience(clientUsers: try await ChatQueries.clientUsers(chat.client_id, on: db), operatorID: chat.operator_id)
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
/// whom to tell (read inside the transaction).
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
        let change = try await app.db.write(app) { tx in
            var change = try await body(tx)
            change.audience = try await ChatLive.audience(of: change.chat, on: tx)
            return change
        }
        await ChatLive.publish(change, app: app)
        return change
    }
}
