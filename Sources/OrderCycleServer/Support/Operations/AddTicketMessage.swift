import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Writes in a ticket's thread: a public reply (the client's or the company's) or an internal
/// note (staff only; a client never reads one). The company's first public reply is the first
/// response and stops that SLA clock; it also takes a new ticket up (open). A client's reply
/// while the ticket waits for it gives the turn back to the company (open, the clocks run again).
/// A closed ticket takes no more messages, and a client reopens a resolved one before writing.
struct AddTicketMessage: Sendable {
    let ticketID: UUID
    let text: String
    let isInternal: Bool
    let reopenWindow: TimeInterval
    let lang: Language
    /// Images sent with the message (the ticket page's form); they share the message's visibility.
    let attachments: AddTicketAttachments?

    init(ticketID: UUID, text: String?, `internal` note: Bool?, attachments: [ByteBuffer] = [], reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        let text = v.text("text", text, max: TicketLimits.text)
        self.attachments = AddTicketAttachments.fromForm(attachments, field: "attachments", lang: lang, into: &v)
        self.text = try v.check(text)
        self.isInternal = note ?? false
        self.ticketID = ticketID
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TicketChange {
        let ticket = try await SupportAccess.writableTicket(ticketID, by: actor, on: db)
        let fromClient = actor.role == .client
        if fromClient, isInternal {
            throw Problem(.forbidden, detail: lang.t("Internal notes are for staff only.", "Внутренние заметки пишут только сотрудники."))
        }
        if ticket.status == .closed || (fromClient && ticket.status == .resolved) {
            throw Problem(.conflict, detail: ticket.status == .closed
                ? lang.t("The ticket is closed: reopen it or open a new one.", "Заявка закрыта: откройте её заново или создайте новую.")
                : lang.t("The ticket is resolved: reopen it to write more.", "Заявка решена: откройте её заново, чтобы написать."))
        }
        let id = UUID()
        let sql = db.sql
        try await sql.raw("""
            INSERT INTO ticket_messages (id, ticket_id, author_id, author_label, from_client, internal, text, at)
            VALUES (\(bind: id), \(bind: ticketID), \(bind: actor.userID), \(bind: actor.label), \(bind: fromClient), \(bind: isInternal),
                    \(bind: text), \(bind: now))
            """).run()
        if let attachments { _ = try await attachments.store(on: ticketID, message: id, by: actor, now: now, on: db) }
        var change = isInternal ? "note" : "reply"
        if !fromClient, !isInternal {
            try await sql.raw("""
                UPDATE tickets SET public_replies = public_replies + 1, first_response_at = COALESCE(first_response_at, \(bind: now))
                WHERE id = \(bind: ticketID)
                """).run()
            if ticket.status == .new {
                try await sql.raw("UPDATE tickets SET status = \(bind: TicketStatus.open.rawValue) WHERE id = \(bind: ticketID)").run()
            }
        }
        if fromClient, ticket.status == .waitingForClient {
            try await TicketWrites.resume(ticketID, at: now, on: db)
            try await sql.raw("UPDATE tickets SET status = \(bind: TicketStatus.open.rawValue) WHERE id = \(bind: ticketID)").run()
            change = "answered"
        }
        // A reply may take the ticket up or back (open), which the caller's card counts.
        CardChange.announce(.clients([ticket.clientID]))
        try await TicketWrites.touch(ticketID, expected: nil, now: now, on: db)
        try await TicketWrites.refreshSLA(ticketID, on: db)
        guard let message = try await TicketQueries.message(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "ticket_messages", id: id, action: .create, before: [String: String]?.none,
                                    after: ["ticket_id": ticketID.uuidString, "internal": String(isInternal), "text": text], at: now)
        let after = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        return TicketChange(ticket: after, change: change, message: message)
    }
}
