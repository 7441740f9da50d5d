import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The one place notifications are made. Every operation already records what it changed in the
/// audit trail, in its own transaction (`AuditTrail.record`); the trail hands each entry here, and
/// the feed decides who is told (`NotificationTargets`), leaves out the person who acted and those
/// who chose not to hear of that kind, and writes their rows in the same transaction — so a change
/// and its notifications are committed or lost together, and no operation names notifications.
/// Order comments are the one write without an audit entry (the thread is its own record): the
/// comment operation hands its message here the same way. Once the write has committed, the rows
/// are announced on the event bus to the pages their readers have open (`AfterCommit`).
enum NotificationFeed {
    struct Happening: Sendable {
        var entity: String
        var id: UUID
        var action: String
        var actor: Principal?
        /// The state the record moved to, when the change says one.
        var status: String?
        var at: Date
    }

    static func record(_ h: Happening, on db: any Database) async throws {
        guard let target = try await NotificationTargets.target(entity: h.entity, id: h.id, action: h.action, status: h.status, on: db) else { return }
        try await deliver(target, action: h.action == "transition" ? "update" : h.action, entity: h.entity, entityID: h.id,
                          actor: h.actor, at: h.at, on: db)
    }

    /// A message in an order's thread: its author's words, shortened, tell what it is about.
    static func comment(orderID: UUID, commentID: UUID, text: String, actor: Principal, at: Date, on db: any Database) async throws {
        guard var target = try await NotificationTargets.order(orderID, kind: .comment, detail: nil, on: db) else { return }
        target.detail = text.count > 140 ? String(text.prefix(139)) + "…" : text
        try await deliver(target, action: "comment", entity: "order_comments", entityID: commentID, actor: actor, at: at, on: db)
    }

    /// An entry of the trail, with the state it records when its "after" names one.
    static func record(auditEntity entity: String, id: UUID, action: String, after: String?, actor: Principal?, at: Date, on db: any Database) async throws {
        var action = action
        if entity == "task_comments" || entity == "ticket_messages" { action = "comment" }
        let status = after.flatMap { json in
            (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        }.flatMap { $0["status"] as? String }
        try await record(Happening(entity: entity, id: id, action: action, actor: actor, status: status, at: at), on: db)
    }

    private static func deliver(_ target: NotificationTargets.Target, action: String, entity: String, entityID: UUID,
                                actor: Principal?, at: Date, on db: any Database) async throws {
        var seen = Set<UUID>()
        let people = target.recipients.filter { $0 != actor?.userID && seen.insert($0).inserted }
        guard !people.isEmpty else { return }
        let muted = try await NotificationQueries.muted(target.kind, among: people, on: db)
        let readers = people.filter { !muted.contains($0) }
        guard !readers.isEmpty else { return }
        let label = actor?.label ?? "OrderCycle"
        let rows = readers.map { user in
            NotificationQueries.Row(id: UUID(), user_id: user, kind: target.kind.rawValue, action: action, entity: entity, entity_id: entityID,
                                    subject: target.subject, detail: target.detail, actor_label: label, link: target.link, at: at)
        }
        try await NotificationQueries.insert(rows, on: db)
        AfterCommit.add { app in await NotificationLive.announce(rows, app: app) }
    }
}
