import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves a ticket along new → open → waiting for client → resolved → closed by the core's rules
/// (`TicketTransitions`): staff move the work, a client answers, confirms or — within the reopen
/// window — reopens. Waiting for the client pauses the SLA clocks until the ticket moves on;
/// resolving stops the resolution clock; reopening counts the time it spent resolved as a pause,
/// so the promise goes on where it stopped.
struct TransitionTicket: Sendable {
    let ticketID: UUID
    let to: TicketStatus
    let expectedVersion: Int?
    let reopenWindow: TimeInterval
    let lang: Language

    init(ticketID: UUID, to: String?, expectedVersion: Int?, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        if to == nil { v.required("to") }
        let status = v.choice("to", to, as: TicketStatus.self)
        self.to = try v.check(status)
        self.ticketID = ticketID
        self.expectedVersion = expectedVersion
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TicketChange {
        let ticket = try await SupportAccess.writableTicket(ticketID, by: actor, on: db)
        let before = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        let from = ticket.status
        if let refusal = TicketTransitions.check(from: from, to: to, by: SupportAccess.party(actor), resolvedAt: ticket.resolvedAt,
                                                 now: now, reopenWindow: reopenWindow) {
            throw Problem(.illegalTransition, detail: refusal.message(lang))
        }
        let sql = db.sql
        if from == .waitingForClient { try await TicketWrites.resume(ticketID, at: now, on: db) }
        switch to {
        case .waitingForClient:
            try await TicketWrites.pause(ticketID, reason: "waiting_for_client", from: now, on: db)
        case .resolved:
            try await sql.raw("UPDATE tickets SET resolved_at = \(bind: now) WHERE id = \(bind: ticketID)").run()
        case .closed:
            try await sql.raw("UPDATE tickets SET closed_at = \(bind: now) WHERE id = \(bind: ticketID)").run()
        case .open where from == .resolved || from == .closed:
            // The time spent resolved does not count against the resolution promise.
            if let resolvedAt = ticket.resolvedAt { try await TicketWrites.pause(ticketID, reason: "resolved", from: resolvedAt, to: now, on: db) }
            try await sql.raw("UPDATE tickets SET resolved_at = NULL, closed_at = NULL WHERE id = \(bind: ticketID)").run()
        case .new, .open:
            break
        }
        try await sql.raw("UPDATE tickets SET status = \(bind: to.rawValue) WHERE id = \(bind: ticketID)").run()
        CardChange.announce(.clients([ticket.clientID]))
        try await TicketWrites.touch(ticketID, expected: expectedVersion, now: now, on: db)
        try await TicketWrites.refreshSLA(ticketID, on: db)
        let after = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        try await TicketWrites.audit(actor, .transition, before: before, after: after, now: now, on: db)
        return TicketChange(ticket: after, change: to.rawValue)
    }
}
