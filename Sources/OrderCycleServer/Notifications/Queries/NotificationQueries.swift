import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A person's notifications: writing them, their list newest first by keyset, the unread count,
/// marking them read, and the kinds a person chose not to hear of.
enum NotificationQueries {
    struct Row: Codable, Sendable {
        var id: UUID
        var user_id: UUID
        var kind: String
        var action: String
        var entity: String
        var entity_id: UUID
        var subject: String
        var detail: String?
        var actor_label: String
        var link: String
        var at: Date
        var read_at: Date?

        func dto(_ lang: Language) -> NotificationDTO {
            let kind = NotificationKind(rawValue: kind) ?? .order
            let facts = NotificationText.Facts(kind: kind, action: action, subject: subject, detail: detail, actor: actor_label)
            return NotificationDTO(id: id, kind: kind, action: action, entity: entity, entity_id: entity_id, subject: subject, detail: detail,
                                   actor: actor_label, text: NotificationText.sentence(facts, lang), link: link, at: at, read: read_at != nil)
        }
    }

    static func insert(_ rows: [Row], on db: any Database) async throws {
        for row in rows { try await db.sql.insert(into: "notifications").model(row).run() }
    }

    static func muted(_ kind: NotificationKind, among users: [UUID], on db: any Database) async throws -> Set<UUID> {
        guard !users.isEmpty else { return [] }
        let rows = try await db.sql.select().column("user_id").from("notification_mutes")
            .where("kind", .equal, kind.rawValue).where("user_id", .in, users).all(decodingColumn: "user_id", as: UUID.self)
        return Set(rows)
    }

    /// Newest first; the cursor is the last row's moment and id, as every list's.
    static func page(of user: UUID, _ page: PageRequest, unreadOnly: Bool = false, on db: any Database) async throws -> (rows: [Row], next: String?) {
        let query = db.sql.select().columns("id", "user_id", "kind", "action", "entity", "entity_id", "subject", "detail", "actor_label", "link", "at", "read_at")
            .from("notifications").where("user_id", .equal, user)
        if unreadOnly { query.where(SQLColumn("read_at"), .is, SQLLiteral.null) }
        if let after = page.after, let at = after.moment {
            // The moment as stored, read back by the cursor's id: a moment written out as seconds
            // and parsed again may differ from it in the last bit, and the boundary row would repeat.
            let boundary: SQLQueryString = "COALESCE((SELECT at FROM notifications WHERE id = \(bind: after.id)), \(bind: at))"
            query.where(SQLQueryString("(at < \(boundary) OR (at = \(boundary) AND id < \(bind: after.id)))"))
        }
        let rows = try await query.orderBy("at", .descending).orderBy("id", .descending).limit(page.limit + 1).all(decoding: Row.self)
        let shown = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? shown.last.map { Cursor(moment: $0.at, id: $0.id).encoded } : nil
        return (shown, next)
    }

    static func unread(of user: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw("SELECT COUNT(*) AS n FROM notifications WHERE user_id = \(bind: user) AND read_at IS NULL")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// The reader's language and unread count, in one statement: a live notification needs both.
    static func reader(_ user: UUID, on db: any Database) async throws -> (Language, Int) {
        struct Reader: Decodable { var language: String?; var n: Int }
        let reader = try await db.sql.raw("""
            SELECT language, (SELECT COUNT(*) FROM notifications WHERE user_id = \(bind: user) AND read_at IS NULL) AS n
            FROM users WHERE id = \(bind: user)
            """).first(decoding: Reader.self)
        return (reader?.language.flatMap(Language.init(rawValue:)) ?? .en, reader?.n ?? 0)
    }

    /// Marks the person's own `ids` read, or all of them when `ids` is nil; returns how many changed.
    @discardableResult
    static func markRead(of user: UUID, ids: [UUID]?, now: Date, on db: any Database) async throws -> Int {
        if let ids, ids.isEmpty { return 0 }
        let before = try await unread(of: user, on: db)
        let update = db.sql.update("notifications").set("read_at", to: now)
            .where("user_id", .equal, user).where(SQLColumn("read_at"), .is, SQLLiteral.null)
        if let ids { update.where("id", .in, ids) }
        try await update.run()
        return before - (try await unread(of: user, on: db))
    }

    static func mutes(of user: UUID, on db: any Database) async throws -> Set<NotificationKind> {
        let kinds = try await db.sql.raw("SELECT kind FROM notification_mutes WHERE user_id = \(bind: user)").all(decodingColumn: "kind", as: String.self)
        return Set(kinds.compactMap(NotificationKind.init(rawValue:)))
    }

    static func setMutes(of user: UUID, _ kinds: Set<NotificationKind>, on db: any Database) async throws {
        try await db.sql.delete(from: "notification_mutes").where("user_id", .equal, user).run()
        for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
            try await db.sql.insert(into: "notification_mutes").columns("id", "user_id", "kind")
                .values(SQLBind(UUID()), SQLBind(user), SQLBind(kind.rawValue)).run()
        }
    }
}
