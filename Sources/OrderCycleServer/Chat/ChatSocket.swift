import Foundation
import OrderCycleCore
import Vapor

/// The chat over the live socket (`/live`, the one that pushes call cards). A page sends:
///
/// - `{"kind":"chat_send","chat_id":…,"id":…,"text":…,"internal":false}` — a message with the id
///   the page made; answered `{"kind":"chat_ack","chat_id":…,"id":…,"seq":…}` once stored (or
///   found stored: a message sent again after a lost connection), or `{"kind":"chat_refused",
///   "chat_id":…,"id":…,"status":…,"detail":…}`. The page keeps each message until it is
///   acknowledged and sends it again when the socket opens again.
/// - `{"kind":"chat_sync","chat_id":…,"after":…}` — answered `{"kind":"chat_history","chat":{…},
///   "messages":[…]}` with the messages after that sequence number (what it missed).
/// - `{"kind":"chat_typing","chat_id":…}` and `{"kind":"chat_read","chat_id":…,"seq":…}`.
///
/// Each runs the operation the API runs, as the person who opened the socket.
enum ChatSocket {
    static let kinds = ["chat_send", "chat_sync", "chat_typing", "chat_read"]

    struct Said: Decodable {
        var kind: String
        var chat_id: UUID?
        var id: UUID?
        var text: String?
        var `internal`: Bool?
        var after: Int?
        var seq: Int?
    }

    struct Ack: Encodable {
        var kind = "chat_ack"
        var chat_id: UUID
        var id: UUID
        var seq: Int
        var replayed: Bool
    }

    struct Refused: Encodable {
        var kind = "chat_refused"
        var chat_id: UUID?
        var id: UUID?
        var status: Int
        var detail: String
    }

    struct History: Encodable {
        var kind = "chat_history"
        var chat: ChatDTO
        var messages: [ChatMessageDTO]
    }

    static func install(_ app: Application) {
        LiveUpdates.services(app).inbox.on(kinds) { message in await handle(message) }
    }

    static func handle(_ m: LiveInbox.Message) async -> [String] {
        guard let said = try? JSONDecoder().decode(Said.self, from: m.data), let chatID = said.chat_id else { return [] }
        let app = m.app
        let actor = m.principal
        let lang = actor.language ?? .en
        do {
            switch said.kind {
            case "chat_send":
                let config = app.appConfig
                let operation = try PostChatMessage(chatID: chatID, id: said.id, text: said.text, internal: said.internal, timeZone: config.timeZone,
                                                    reopenWindow: config.ticketReopenWindow, lang: lang)
                let now = app.clock.now()
                let change = try await operation.send(by: actor, now: now, app: app)
                guard let message = change.acknowledged else { return [] }
                return [try encode(Ack(chat_id: chatID, id: message.id, seq: message.seq, replayed: change.replayed))]
            case "chat_sync":
                let db = try app.openDatabase()
                _ = try await ChatAccess.visibleChat(chatID, to: actor, on: db)
                let chat = try await ChatWrites.reread(chatID, on: db)
                let messages = try await ChatQueries.messages(of: chatID, after: max(0, said.after ?? 0), includeInternal: actor.role != .client, on: db)
                return [try encode(History(chat: chat, messages: messages))]
            case "chat_typing":
                try await ChatSignals.typing(chatID, by: actor, app: app)
                return []
            case "chat_read":
                _ = try await ChatSignals.markRead(try MarkChatRead(chatID: chatID, seq: said.seq, lang: lang), by: actor, app: app)
                return []
            default:
                return []
            }
        } catch let problem as Problem {
            guard said.kind == "chat_send" || said.kind == "chat_sync" else { return [] }
            let refused = Refused(chat_id: chatID, id: said.id, status: problem.status, detail: problem.summary)
            return (try? encode(refused)).map { [$0] } ?? []
        } catch {
            // A passing failure (the database busy): no answer, so the page sends the message again.
            app.logger.warning("chat message not handled", metadata: ["error": "\(error)", "kind": "\(said.kind)"])
            return []
        }
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try APIJSON.encoder.encode(value), as: UTF8.self)
    }
}
