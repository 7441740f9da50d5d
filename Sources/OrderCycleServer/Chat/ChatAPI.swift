import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The hotline chat's API: a client opens a chat and writes in it, operators take, hand over,
/// move and close chats, both sides mark what they read; every write is one of
/// `Chat/Operations`, run through `ChatWrite` exactly as the pages and the live socket run it.
/// A message carries the id its sender made: sent again, it is acknowledged (200) with what was
/// stored the first time.
enum ChatAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Chat.chats, access: ChatAccess.readers, use: list)
        routes.endpoint(.POST, APIRoute.Chat.chats, access: ChatAccess.clients, use: open)
        routes.endpoint(.GET, APIRoute.Chat.chat, access: ChatAccess.readers, use: show)
        routes.endpoint(.GET, APIRoute.Chat.messages, access: ChatAccess.readers, use: messages)
        routes.endpoint(.POST, APIRoute.Chat.messages, access: ChatAccess.writers, use: post)
        routes.endpoint(.POST, APIRoute.Chat.transitions, access: ChatAccess.writers, use: transition)
        routes.endpoint(.POST, APIRoute.Chat.read, access: ChatAccess.writers, use: read)
        routes.endpoint(.GET, APIRoute.Chat.availability, access: ChatAccess.agents, use: availability)
        routes.endpoint(.PUT, APIRoute.Chat.availability, access: ChatAccess.agents, use: setAvailability)
    }

    struct ChatPage: Content { var items: [ChatDTO] }

    struct OpenBody: Content {
        var id: UUID?
        var text: String?
    }

    /// 201 with the chat (`status` `waiting`, or `ticket` with `ticket_id` when nobody is on duty); the same `id` again: 200.
    @Sendable static func open(req: Request) async throws -> Response {
        let body = try req.content.decode(OpenBody.self)
        let config = req.application.appConfig
        let operation = try OpenChat(id: body.id, text: body.text, timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let change = try await ChatWrite.run(req.application) { tx in try await operation.run(by: actor, now: now, on: tx) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .location, value: APIRoute.Chat.chat(change.chat.id))
        return try await change.chat.encodeResponse(status: change.replayed ? .ok : .created, headers: headers, for: req).withETag(change.chat.version)
    }

    /// Newest first. A client sees its own chats; staff filter by `status`, `client_id`, `operator_id` (`me`), `open=true`.
    @Sendable static func list(req: Request) async throws -> ChatPage {
        let actor = try req.actor
        let lang = req.language
        var filter = ChatQueries.Filter()
        var errors: [Problem.FieldError] = []
        func uuid(_ name: String) -> UUID? {
            guard let raw = req.query[String.self, at: name], !raw.isEmpty else { return nil }
            if name == "operator_id", raw == "me" { return actor.userID ?? UUID() }
            guard let id = UUID(uuidString: raw) else { errors.append(.init(field: name, message: lang.t("must be an id", "должно быть идентификатором"))); return nil }
            return id
        }
        filter.clientID = uuid("client_id")
        filter.operatorID = uuid("operator_id")
        if let raw = req.query[String.self, at: "status"] {
            filter.status = ChatStatus(rawValue: raw)
            if filter.status == nil {
                errors.append(.init(field: "status", message: lang.t("must be one of: ", "допустимые значения: ") + ChatStatus.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        if let raw = req.query[String.self, at: "open"] {
            if raw == "true" { filter.openOnly = true } else if raw != "false" {
                errors.append(.init(field: "open", message: lang.t("must be true or false", "должно быть true или false")))
            }
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        if actor.role == .client { filter.clientID = actor.clientID ?? UUID(); filter.operatorID = nil }
        return ChatPage(items: try await ChatQueries.list(filter, on: req.db))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let id = try idParameter(req)
        _ = try await ChatAccess.visibleChat(id, to: try req.actor, on: req.db)
        let chat = try await ChatWrites.reread(id, on: req.db)
        return try await chat.encodeResponse(for: req).withETag(chat.version)
    }

    /// The messages after `after` (a sequence number; 0, the default, from the start), oldest first, at most 500.
    @Sendable static func messages(req: Request) async throws -> ChatMessagePage {
        let actor = try req.actor
        let id = try idParameter(req)
        var after = 0
        if let raw = req.query[String.self, at: "after"] {
            guard let n = Int(raw), n >= 0 else { throw Problem.field("after", req.language.t("must be a whole number, 0 or more", "целое число, 0 или больше")) }
            after = n
        }
        _ = try await ChatAccess.visibleChat(id, to: actor, on: req.db)
        return ChatMessagePage(items: try await ChatQueries.messages(of: id, after: after, includeInternal: actor.role != .client, on: req.db))
    }

    struct MessageBody: Content {
        var id: UUID?
        var text: String?
        var `internal`: Bool?
    }

    /// 201 with the message; the same `id` again from the same sender: 200 with the stored one.
    @Sendable static func post(req: Request) async throws -> Response {
        let body = try req.content.decode(MessageBody.self)
        let chatID = try idParameter(req)
        let config = req.application.appConfig
        let operation = try PostChatMessage(chatID: chatID, id: body.id, text: body.text, internal: body.internal, timeZone: config.timeZone,
                                            reopenWindow: config.ticketReopenWindow, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let change = try await operation.send(by: actor, now: now, app: req.application)
        guard let message = change.acknowledged else { throw Problem(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .location, value: APIRoute.Chat.messages(chatID))
        return try await message.encodeResponse(status: change.replayed ? .ok : .created, headers: headers, for: req).withETag(change.chat.version)
    }

    struct TransitionBody: Content {
        var to: String?
        var operator_id: UUID?
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        let body = try req.content.decode(TransitionBody.self)
        let config = req.application.appConfig
        let operation = try TransitionChat(chatID: try idParameter(req), to: body.to, operatorID: body.operator_id, timeZone: config.timeZone,
                                           reopenWindow: config.ticketReopenWindow, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let change = try await ChatWrite.run(req.application) { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await change.chat.encodeResponse(for: req).withETag(change.chat.version)
    }

    struct ReadBody: Content { var seq: Int? }

    @Sendable static func read(req: Request) async throws -> ChatDTO {
        let body = try req.content.decode(ReadBody.self)
        let operation = try MarkChatRead(chatID: try idParameter(req), seq: body.seq, lang: req.language)
        return try await ChatSignals.markRead(operation, by: try req.actor, app: req.application).chat
    }

    struct AvailabilityBody: Content { var available: Bool? }

    @Sendable static func availability(req: Request) async throws -> ChatAvailabilityDTO {
        let actor = try req.actor
        guard let userID = actor.userID else { throw Problem(.forbidden, detail: "An integration token is nobody on duty") }
        return ChatAvailabilityDTO(available: try await ChatDuty.isAvailable(userID, on: req.db),
                                   on_duty: try await ChatDuty.isOnDuty(userID, now: req.clock.now(), on: req.db))
    }

    @Sendable static func setAvailability(req: Request) async throws -> ChatAvailabilityDTO {
        let body = try req.content.decode(AvailabilityBody.self)
        let operation = try SetChatAvailability(available: body.available, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
    }
}

/// The signals that are not messages: read marks (stored) and typing (not stored), pushed to the other side.
enum ChatSignals {
    static func markRead(_ operation: MarkChatRead, by actor: Principal, app: Application) async throws -> ChatChange {
        let now = app.clock.now()
        let change = try await app.openDatabase().write(app) { tx in try await operation.run(by: actor, now: now, on: tx) }
        let audience = ChatLive.Audience(of: change.chat)
        let party = actor.role == .client ? "client" : "operator"
        let seq = actor.role == .client ? change.chat.client_read_seq : change.chat.operator_read_seq
        await ChatLive.publish(ChatLive.SignalEvent(kind: "chat_read", chat_id: change.chat.id, party: party, seq: seq),
                               to: actor.role == .client ? audience.staff : audience.client, app: app)
        return change
    }

    static func typing(_ chatID: UUID, by actor: Principal, app: Application) async throws {
        let chat = try await ChatAccess.visibleChat(chatID, to: actor, on: app.openDatabase())
        guard chat.status.isOpen, actor.role == .client || ChatAccess.isAgent(actor) else { return }
        let audience = ChatLive.Audience(clientID: chat.clientID, operatorID: chat.operatorID)
        await ChatLive.publish(ChatLive.SignalEvent(kind: "chat_typing", chat_id: chatID, party: actor.role == .client ? "client" : "operator"),
                               to: actor.role == .client ? audience.staff : audience.client, app: app)
    }
}
