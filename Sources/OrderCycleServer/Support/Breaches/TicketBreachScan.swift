import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import OrderCycleCore
import SQLKit
import Vapor

/// Detects SLA breaches when they happen (DOMAIN §2.3 Decision: escalation on breach): once a
/// minute, every ticket whose first-response or resolution promise fell due without being kept
/// is marked breached, escalated to the next level and shown live.
///
/// Each ticket keeps the instant each running promise falls due (`first_response_due`,
/// `resolution_due`, kept by every change, NULL while paused or kept), so the scan reads only
/// the due rows off two partial indexes. Safe with several instances: each breach is claimed by
/// a conditional `UPDATE … SET *_breached_at = now WHERE … *_breached_at IS NULL`, which exactly
/// one transaction wins (PostgreSQL makes a second writer wait on the row and then finds it
/// claimed; SQLite runs one writer at a time); the unique (ticket, kind) key on the escalations
/// would refuse a second one even so.
///
/// Escalation goes up the chain: the first breach of a ticket to its assignee's supervisor (a
/// supervisor of a team the assignee belongs to), the next to the lead on duty (an administrator
/// or manager with a live page open); where nobody is named, the event goes to every
/// administrator and operator on duty.
enum TicketBreachScan {
    /// How many breaches one pass handles at most; the rest wait a minute.
    static let batch = 500

    enum Promise: String, Sendable, CaseIterable {
        case firstResponse = "first_response"
        case resolution

        var dueColumn: String { self == .firstResponse ? "first_response_due" : "resolution_due" }
        var breachColumn: String { self == .firstResponse ? "first_response_breached_at" : "resolution_breached_at" }
    }

    /// One breach a pass claimed.
    struct Breach: Sendable, Equatable {
        var ticketID: UUID
        var promise: Promise
        var level: Int
        var escalatedTo: UUID?
    }

    /// The live event: to the person escalated to, and to the administrators and operators on duty.
    struct BreachEvent: Codable, Sendable, Equatable {
        var kind = "ticket_breach"
        var ticket_id: UUID
        var subject: String
        var priority: String
        var breach: String
        var level: Int
        var escalated_to: UUID?
        var due: Date
    }

    /// One pass at `now`; events go out once the transaction has committed.
    @discardableResult
    static func run(_ app: Application, now: Date) async throws -> [Breach] {
        let (breaches, events) = try await app.openDatabase().write(app) { tx -> ([Breach], [BreachEvent]) in
            var breaches: [Breach] = []
            var events: [BreachEvent] = []
            for promise in Promise.allCases {
                let due = try await tx.sql.raw("""
                    SELECT id FROM tickets
                    WHERE \(unsafeRaw: promise.dueColumn) IS NOT NULL AND \(unsafeRaw: promise.breachColumn) IS NULL
                      AND \(unsafeRaw: promise.dueColumn) < \(bind: now)
                    ORDER BY \(unsafeRaw: promise.dueColumn), id LIMIT \(literal: batch)
                    """).all().map { try $0.decode(column: "id", as: UUID.self) }
                for id in due {
                    guard let claimed = try await claim(id, promise, now: now, on: tx) else { continue }
                    let (breach, event) = try await escalate(claimed, promise, now: now, on: tx)
                    breaches.append(breach)
                    events.append(event)
                }
            }
            return (breaches, events)
        }
        for event in events { await publish(event, app: app) }
        return breaches
    }

    private struct Claimed { var id: UUID; var subject: String; var priority: String; var assigneeID: UUID?; var due: Date }

    /// Marks the breach if no one has; nil when another pass already did (or the promise was kept meanwhile).
    private static func claim(_ id: UUID, _ promise: Promise, now: Date, on db: any Database) async throws -> Claimed? {
        guard let row = try await db.sql.raw("""
            UPDATE tickets SET \(unsafeRaw: promise.breachColumn) = \(bind: now)
            WHERE id = \(bind: id) AND \(unsafeRaw: promise.breachColumn) IS NULL
              AND \(unsafeRaw: promise.dueColumn) IS NOT NULL AND \(unsafeRaw: promise.dueColumn) < \(bind: now)
            RETURNING id, subject, priority, assignee_id, \(unsafeRaw: promise.dueColumn) AS due
            """).first() else { return nil }
        return Claimed(id: id, subject: try row.decode(column: "subject", as: String.self), priority: try row.decode(column: "priority", as: String.self),
                       assigneeID: try row.decode(column: "assignee_id", as: UUID?.self), due: try row.decode(column: "due", as: Date.self))
    }

    private static func escalate(_ t: Claimed, _ promise: Promise, now: Date, on db: any Database) async throws -> (Breach, BreachEvent) {
        let earlier = try await db.sql.raw("SELECT COUNT(*) AS n FROM ticket_escalations WHERE ticket_id = \(bind: t.id)").first(decodingColumn: "n", as: Int.self) ?? 0
        let chain = [try await supervisor(of: t.assigneeID, on: db), try await leadOnDuty(now: now, on: db)].compactMap { $0 }
        let target = chain.isEmpty ? nil : chain[min(earlier, chain.count - 1)]
        let level = earlier + 1
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO ticket_escalations (id, ticket_id, kind, level, to_user_id, due, at)
            VALUES (\(bind: id), \(bind: t.id), \(bind: promise.rawValue), \(bind: level), \(bind: target), \(bind: t.due), \(bind: now))
            """).run()
        struct Entry: Encodable { var ticket_id: UUID; var breach: String; var level: Int; var escalated_to: UUID? }
        try await AuditTrail.record(on: db, actor: nil, entity: "ticket_escalations", id: id, action: .create, before: Entry?.none,
                                    after: Entry(ticket_id: t.id, breach: promise.rawValue, level: level, escalated_to: target), at: now)
        return (Breach(ticketID: t.id, promise: promise, level: level, escalatedTo: target),
                BreachEvent(ticket_id: t.id, subject: t.subject, priority: t.priority, breach: promise.rawValue, level: level, escalated_to: target, due: t.due))
    }

    /// A supervisor of a team the assignee works in (the earliest to join), active, not the assignee.
    static func supervisor(of assignee: UUID?, on db: any Database) async throws -> UUID? {
        guard let assignee else { return nil }
        return try await db.sql.raw("""
            SELECT s.user_id FROM team_members e JOIN team_members s ON s.team_id = e.team_id JOIN users u ON u.id = s.user_id
            WHERE e.user_id = \(bind: assignee) AND s.is_supervisor = \(bind: true) AND s.user_id <> \(bind: assignee) AND u.active = \(bind: true)
            ORDER BY s.created_at, s.user_id LIMIT 1
            """).first()?.decode(column: "user_id", as: UUID.self)
    }

    /// The lead on duty: an active administrator or manager with a live page open now (administrators first).
    static func leadOnDuty(now: Date, on db: any Database) async throws -> UUID? {
        try await db.sql.raw("""
            SELECT u.id FROM users u
            WHERE u.active = \(bind: true) AND u.role IN (\(binds: [Role.admin.rawValue, Role.manager.rawValue])) AND \(LivePresence.live(user: "u.id", now: now))
            ORDER BY CASE WHEN u.role = \(bind: Role.admin.rawValue) THEN 0 ELSE 1 END, u.id LIMIT 1
            """).first()?.decode(column: "id", as: UUID.self)
    }

    /// Pushes the breach; a lost event never undoes the recorded escalation (the queue shows it too).
    static func publish(_ event: BreachEvent, app: Application) async {
        do {
            let body = String(decoding: try APIJSON.encoder.encode(event), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(LiveEvent(userIDs: event.escalated_to.map { [$0] } ?? [], roles: [.admin, .operator], body: body))
        } catch {
            app.logger.warning("ticket breach not pushed", metadata: ["error": "\(error)", "ticket": "\(event.ticket_id)"])
        }
    }

    /// Runs a pass every minute while the app runs; stops on shutdown.
    static func lifecycle() -> PeriodicJob {
        PeriodicJob("ticket breach scan", initialDelay: .seconds(20)) { app in _ = try await TicketBreachScan.run(app, now: app.clock.now()) }
    }
}

/// The part of the live script (`/assets/live.js`) that shows an SLA breach as a small pop-up
/// linking to the ticket. Text only through `textContent`.
enum TicketBreachScript {
    static let source = #"""
      function breach(e) {
        var box = document.createElement("aside");
        box.className = "call-popup breach-popup"; box.setAttribute("role", "alert");
        box.setAttribute("data-ticket", e.ticket_id || "");
        var h = document.createElement("h2");
        h.textContent = e.breach === "first_response" ? t("First response overdue", "Просрочен первый ответ") : t("Resolution overdue", "Просрочено решение");
        box.appendChild(h);
        var p = document.createElement("p");
        var a = document.createElement("a"); a.href = "/tickets/" + encodeURIComponent(e.ticket_id || ""); a.textContent = e.subject || "";
        p.appendChild(a); box.appendChild(p);
        var close = document.createElement("button"); close.type = "button"; close.className = "button secondary";
        close.textContent = t("Close", "Закрыть"); close.onclick = function () { box.remove(); };
        box.appendChild(close);
        document.body.appendChild(box);
      }
    """#
}
