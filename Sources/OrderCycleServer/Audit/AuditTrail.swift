import Fluent
import Foundation
import Vapor

/// Records changes in the same transaction as the change itself, so a change and its trail
/// are committed or lost together. Each entry also goes to the notification feed, which tells
/// the people concerned (`NotificationFeed`): the trail is the one record every write keeps.
enum AuditTrail {
    enum Action: String, Sendable { case create, update, delete, transition, login }

    static func record<Snapshot: Encodable>(
        on db: any Database, actor: Principal?, entity: String, id: UUID, action: Action,
        before: Snapshot?, after: Snapshot?, requestID: String? = nil, at: Date
    ) async throws {
        let before = try before.map(json), after = try after.map(json)
        // In SQL: every write records an entry, and a model's create reflects over its fields.
        try await db.sql.raw("""
            INSERT INTO audit_events (id, at, actor_id, actor_label, entity, entity_id, action, before, after, request_id)
            VALUES (\(bind: UUID()), \(bind: at), \(bind: actor?.userID), \(bind: actor?.label ?? "system"), \(bind: entity), \(bind: id),
                    \(bind: action.rawValue), \(bind: before), \(bind: after), \(bind: requestID))
            """).run()
        try await NotificationFeed.record(auditEntity: entity, id: id, action: action.rawValue, after: after, actor: actor, at: at, on: db)
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct Entry: Content, Sendable {
        var at: Date
        var actor: String
        var action: String
        var before: String?
        var after: String?
    }

    /// The trail of one record, newest first.
    static func entries(on db: any Database, entity: String, id: UUID, limit: Int = 200) async throws -> [Entry] {
        try await AuditEvent.query(on: db)
            .filter(\.$entity == entity).filter(\.$entityID == id)
            .sort(\.$at, .descending).limit(limit).all()
            .map { Entry(at: $0.at, actor: $0.actorLabel, action: $0.action, before: $0.before, after: $0.after) }
    }
}
