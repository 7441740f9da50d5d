import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The small writes the chat operations share: taking the chat's row (its next version, which
/// also makes a second writer of the same chat wait, so sequence numbers never collide),
/// appending a message under the next sequence number, and the audit entry.
enum ChatWrites {
    static let table = "chats"

    @discardableResult
    static func touch(_ id: UUID, now: Date, on db: any Database) async throws -> Int {
        // One statement: every message of every chat passes here, inside the write lock.
        guard let version = try await db.sql.raw("""
            UPDATE chats SET version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: id) RETURNING version
            """).first()?.decode(column: "version", as: Int.self) else { throw Problem(.notFound) }
        return version
    }

    /// A message's turn on the chat's row, in one statement: it takes the row (a second writer
    /// of the chat waits here, so sequence numbers never collide), moves the chat's version and
    /// time, gives the message the next sequence number and moves the sender's read mark to it
    /// (`SET` reads the old `last_seq` on both engines), and returns the chat as it now stands —
    /// the names come from subqueries, so nothing needs reading again. A message refused after
    /// it rolls back with its transaction.
    static func turn(_ id: UUID, author: Author, now: Date, on db: any Database) async throws -> ChatDTO? {
        var query: SQLQueryString = "UPDATE chats SET version = version + 1, updated_at = \(bind: now), last_seq = last_seq + 1"
        if !author.system { query = query + ", \(unsafeRaw: author.fromClient ? "client_read_seq" : "operator_read_seq") = last_seq + 1" }
        query = query + """
             WHERE id = \(bind: id) RETURNING id, version, client_id,
              (SELECT c.name FROM clients c WHERE c.id = chats.client_id) AS client_name, status, topic, language, operator_id,
              (SELECT u.display_name FROM users u WHERE u.id = chats.operator_id) AS operator_name, ticket_id, last_seq,
              client_read_seq, operator_read_seq, created_at, accepted_at, closed_at, updated_at
            """
        return try await db.sql.raw(query).first(decoding: ChatDTO.self)
    }

    /// Stores the message under the sequence number its `turn` gave it; nil when a message with
    /// this id is stored already (the page sent it again), which leaves the turn to roll back.
    static func store(_ chatID: UUID, seq: Int, id: UUID, author: Author, text: String, internal isInternal: Bool, now: Date,
                      on db: any Database) async throws -> ChatMessageDTO? {
        try await db.sql.raw("""
            INSERT INTO chat_messages (id, chat_id, seq, author_id, author_label, from_client, internal, system, text, at)
            VALUES (\(bind: id), \(bind: chatID), \(bind: seq), \(bind: author.id), \(bind: author.label), \(bind: author.fromClient),
                    \(bind: isInternal), \(bind: author.system), \(bind: text), \(bind: now))
            ON CONFLICT (id) DO NOTHING RETURNING \(unsafeRaw: ChatQueries.messageColumns)
            """).first(decoding: ChatMessageDTO.self)
    }

    struct Author: Sendable {
        var id: UUID?
        var label: String
        var fromClient: Bool
        var system = false

        init(_ actor: Principal) { id = actor.userID; label = actor.label; fromClient = actor.role == .client }
        init(systemIn lang: Language) { id = nil; label = lang.t("OrderCycle", "OrderCycle"); fromClient = false; system = true }
    }

    /// Stores the message as the chat's next; the caller has touched the chat in this transaction.
    static func append(_ chatID: UUID, id: UUID, author: Author, text: String, internal isInternal: Bool, now: Date,
                       on db: any Database) async throws -> ChatMessageDTO {
        let sql = db.sql
        // The sender has read what it wrote, and all before it: the same statement moves its read
        // mark to the new number (SET reads the old last_seq on both engines).
        var next: SQLQueryString = "UPDATE chats SET last_seq = last_seq + 1"
        if !author.system { next = next + ", \(unsafeRaw: author.fromClient ? "client_read_seq" : "operator_read_seq") = last_seq + 1" }
        next = next + " WHERE id = \(bind: chatID) RETURNING last_seq"
        guard let seq = try await sql.raw(next).first()?.decode(column: "last_seq", as: Int.self) else { throw Problem(.notFound) }
        try await sql.raw("""
            INSERT INTO chat_messages (id, chat_id, seq, author_id, author_label, from_client, internal, system, text, at)
            VALUES (\(bind: id), \(bind: chatID), \(bind: seq), \(bind: author.id), \(bind: author.label), \(bind: author.fromClient),
                    \(bind: isInternal), \(bind: author.system), \(bind: text), \(bind: now))
            """).run()
        guard let message = try await ChatQueries.message(id, on: db) else { throw Problem(.notFound) }
        return message
    }

    /// What the audit trail keeps of a chat.
    struct Snapshot: Encodable, Sendable {
        var status: String
        var operator_id: UUID?
        var ticket_id: UUID?
        var client_id: UUID

        init(_ c: ChatDTO) { status = c.status; operator_id = c.operator_id; ticket_id = c.ticket_id; client_id = c.client_id }
    }

    static func audit(_ actor: Principal?, _ action: AuditTrail.Action, before: ChatDTO?, after: ChatDTO, now: Date, on db: any Database) async throws {
        try await AuditTrail.record(on: db, actor: actor, entity: table, id: after.id, action: action,
                                    before: before.map(Snapshot.init), after: Snapshot(after), at: now)
    }

    static func reread(_ id: UUID, on db: any Database) async throws -> ChatDTO {
        guard let chat = try await ChatQueries.detail(id, on: db) else { throw Problem(.notFound) }
        return chat
    }

    /// A message id the page made may be sent again after a lost connection: the same sender in
    /// the same chat gets the stored message back; anyone else finds the id taken.
    static func earlier(_ id: UUID, chatID: UUID?, by actor: Principal, lang: Language, on db: any Database) async throws -> ChatMessageDTO? {
        guard let existing = try await ChatQueries.message(id, on: db) else { return nil }
        if existing.author_id == actor.userID, chatID == nil || existing.chat_id == chatID { return existing }
        throw Problem.taken("id", lang.t("is already the id of another message", "уже принадлежит другому сообщению"))
    }
}
