import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Hotline chats read in SQL: a chat's working state for the operations, a chat in full, the
/// operators' queue and their own chats, a client's chats (its cabinet and its card), and the
/// messages after a sequence number (what a page that lost its connection missed).
enum ChatQueries {
    struct ChatRow: Sendable {
        var id: UUID
        var version: Int
        var clientID: UUID
        var status: ChatStatus
        var operatorID: UUID?
        var ticketID: UUID?
        var language: Language
        var lastSeq: Int
    }

    static func row(of chat: ChatDTO) -> ChatRow {
        ChatRow(id: chat.id, version: chat.version, clientID: chat.client_id, status: ChatStatus(rawValue: chat.status) ?? .closed,
                operatorID: chat.operator_id, ticketID: chat.ticket_id, language: Language(rawValue: chat.language) ?? .en, lastSeq: chat.last_seq)
    }

    static func row(_ id: UUID, on db: any Database) async throws -> ChatRow? {
        guard let r = try await db.sql.raw("""
            SELECT id, version, client_id, status, operator_id, ticket_id, language, last_seq FROM chats WHERE id = \(bind: id)
            """).first() else { return nil }
        return ChatRow(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            clientID: try r.decode(column: "client_id", as: UUID.self),
            status: ChatStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .closed,
            operatorID: try r.decode(column: "operator_id", as: UUID?.self), ticketID: try r.decode(column: "ticket_id", as: UUID?.self),
            language: Language(rawValue: try r.decode(column: "language", as: String.self)) ?? .en,
            lastSeq: try r.decode(column: "last_seq", as: Int.self))
    }

    static let columns = """
        ch.id, ch.version, ch.client_id, c.name AS client_name, ch.status, ch.topic, ch.language, ch.operator_id,
        u.display_name AS operator_name, ch.ticket_id, ch.last_seq, ch.client_read_seq, ch.operator_read_seq, ch.created_at,
        ch.accepted_at, ch.closed_at, ch.updated_at
        """
    static let from = "FROM chats ch JOIN clients c ON c.id = ch.client_id LEFT JOIN users u ON u.id = ch.operator_id"

    static func detail(_ id: UUID, on db: any Database) async throws -> ChatDTO? {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE ch.id = \(bind: id)").first(decoding: ChatDTO.self)
    }

    /// Chats newest first: a client's own (its cabinet, its card), or what staff filter by.
    struct Filter: Sendable {
        var clientID: UUID?
        var status: ChatStatus?
        var operatorID: UUID?
        var openOnly = false
        var limit = 100
    }

    static func list(_ filter: Filter, on db: any Database) async throws -> [ChatDTO] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE 1 = 1"
        if let client = filter.clientID { query = query + " AND ch.client_id = \(bind: client)" }
        if let status = filter.status { query = query + " AND ch.status = \(bind: status.rawValue)" }
        if let op = filter.operatorID { query = query + " AND ch.operator_id = \(bind: op)" }
        if filter.openOnly { query = query + " AND ch.status IN (\(bind: ChatStatus.waiting.rawValue), \(bind: ChatStatus.active.rawValue))" }
        query = query + " ORDER BY ch.created_at DESC, ch.id DESC LIMIT \(literal: filter.limit)"
        return try await db.sql.raw(query).all(decoding: ChatDTO.self)
    }

    /// The operators' queue: chats waiting for an operator, the longest waiting first.
    static func waiting(on db: any Database) async throws -> [ChatDTO] {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE ch.status = \(bind: ChatStatus.waiting.rawValue) ORDER BY ch.created_at, ch.id LIMIT 200
            """).all(decoding: ChatDTO.self)
    }

    /// The client's chat still going on, if any (a client has one at a time).
    static func open(client: UUID, on db: any Database) async throws -> ChatDTO? {
        try await list(Filter(clientID: client, openOnly: true, limit: 1), on: db).first
    }

    static let messageColumns = "id, chat_id, seq, author_id, author_label, from_client, internal, system, text, at"

    /// The messages after `after` (a sequence number), oldest first; a client's read leaves out the internal notes.
    static func messages(of chatID: UUID, after: Int = 0, includeInternal: Bool, limit: Int = ChatLimits.page, on db: any Database) async throws -> [ChatMessageDTO] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: messageColumns) FROM chat_messages WHERE chat_id = \(bind: chatID) AND seq > \(bind: after)"
        if !includeInternal { query = query + " AND internal = \(bind: false)" }
        query = query + " ORDER BY seq LIMIT \(literal: limit)"
        return try await db.sql.raw(query).all(decoding: ChatMessageDTO.self)
    }

    static func message(_ id: UUID, on db: any Database) async throws -> ChatMessageDTO? {
        try await db.sql.raw("SELECT \(unsafeRaw: messageColumns) FROM chat_messages WHERE id = \(bind: id)").first(decoding: ChatMessageDTO.self)
    }
}
