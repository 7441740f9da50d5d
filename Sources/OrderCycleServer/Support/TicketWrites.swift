import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The small writes the ticket operations share: the next version, the SLA's watched instants
/// kept in step with the record, the pauses, and the audit entry's snapshot.
enum TicketWrites {
    static let table = "tickets"

    /// Moves the ticket to its next version (checking `expected` when given) and stamps the change.
    @discardableResult
    static func touch(_ id: UUID, expected: Int?, now: Date, on db: any Database) async throws -> Int {
        let version = try await ETag.advance(table, id: id, expected: expected, on: db)
        try await db.sql.raw("UPDATE tickets SET updated_at = \(bind: now) WHERE id = \(bind: id)").run()
        return version
    }

    /// Recomputes, from the record and its pauses, the instants the breach scan watches and the
    /// working time each kept promise took.
    static func refreshSLA(_ id: UUID, on db: any Database) async throws {
        guard let r = try await db.sql.raw("SELECT \(unsafeRaw: TicketQueries.columns) \(unsafeRaw: TicketQueries.from) WHERE t.id = \(bind: id)").first()
        else { throw Problem(.notFound) }
        let sla = try TicketQueries.sla(r, pauses: try await TicketQueries.pauses(of: [id], on: db)[id] ?? [])
        let firstElapsed = sla.firstResponse.stoppedAt.map { Int(sla.firstResponse.elapsed(at: $0).rounded()) }
        let resolutionElapsed = sla.resolution.stoppedAt.map { Int(sla.resolution.elapsed(at: $0).rounded()) }
        try await db.sql.raw("""
            UPDATE tickets SET first_response_due = \(bind: sla.firstResponseWatch), resolution_due = \(bind: sla.resolutionWatch),
                   first_response_elapsed = \(bind: firstElapsed), resolution_elapsed = \(bind: resolutionElapsed)
            WHERE id = \(bind: id)
            """).run()
    }

    /// Starts a pause of the SLA clocks (waiting for the client).
    static func pause(_ id: UUID, reason: String, from: Date, to: Date? = nil, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO ticket_pauses (id, ticket_id, reason, started_at, ended_at)
            VALUES (\(bind: UUID()), \(bind: id), \(bind: reason), \(bind: from), \(bind: to))
            """).run()
    }

    /// Ends the open pause, if any.
    static func resume(_ id: UUID, at now: Date, on db: any Database) async throws {
        try await db.sql.raw("UPDATE ticket_pauses SET ended_at = \(bind: now) WHERE ticket_id = \(bind: id) AND ended_at IS NULL").run()
    }

    /// What the audit trail keeps of a ticket: the fields a person decides on.
    struct Snapshot: Encodable, Sendable {
        var subject: String
        var description: String?
        var priority: String
        var category: String?
        var status: String
        var assignee_id: UUID?
        var client_id: UUID
        var order_id: UUID?
        var claim_id: UUID?
        var rating: Int?
        var rating_comment: String?

        init(_ t: TicketDTO) {
            subject = t.subject; description = t.description; priority = t.priority; category = t.category; status = t.status
            assignee_id = t.assignee_id; client_id = t.client_id; order_id = t.order_id; claim_id = t.claim_id
            rating = t.rating; rating_comment = t.rating_comment
        }
    }

    static func audit(_ actor: Principal?, _ action: AuditTrail.Action, before: TicketDTO?, after: TicketDTO, now: Date, on db: any Database) async throws {
        try await AuditTrail.record(on: db, actor: actor, entity: table, id: after.id, action: action,
                                    before: before.map(Snapshot.init), after: Snapshot(after), at: now)
    }

    /// The ticket in full after a change, as `actor` reads it.
    static func reread(_ id: UUID, by actor: Principal?, reopenWindow: TimeInterval, now: Date, on db: any Database) async throws -> TicketDTO {
        let reading = TicketQueries.Reading(party: actor.map(SupportAccess.party) ?? .staff, now: now, reopenWindow: reopenWindow)
        guard let dto = try await TicketQueries.detail(id, reading: reading, on: db) else { throw Problem(.notFound) }
        return dto
    }
}

/// A support operation's outcome: the ticket as the actor now sees it, and what changed (for
/// the live event published after the commit).
struct TicketChange: Sendable {
    var ticket: TicketDTO
    var change: String
    var message: TicketMessageDTO? = nil
}
