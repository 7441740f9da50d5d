import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The client's satisfaction with a resolved ticket (CSAT), 1 to 5 with an optional comment, as
/// orders are rated: only the ticket's own client, only once it is resolved or closed; the
/// latest rating counts, and the trail keeps the one it replaced.
struct RateTicket: Sendable {
    let ticketID: UUID
    let rating: Int
    let comment: String?
    let reopenWindow: TimeInterval
    let lang: Language

    init(ticketID: UUID, rating: Int?, comment: String?, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        if let rating, !(1...5).contains(rating) { v.add("rating", en: "must be from 1 to 5", ru: "должна быть от 1 до 5") }
        if rating == nil { v.required("rating") }
        self.comment = v.text("comment", comment, required: false, max: TicketLimits.comment)
        try v.check()
        self.rating = rating ?? 0
        self.ticketID = ticketID
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TicketChange {
        let ticket = try await SupportAccess.visibleTicket(ticketID, to: actor, on: db)
        guard actor.role == .client, ticket.clientID == actor.clientID else {
            throw Problem(.forbidden, detail: lang.t("Only the ticket's client rates it.", "Оценку ставит только клиент заявки."))
        }
        guard ticket.status == .resolved || ticket.status == .closed else {
            throw Problem(.conflict, detail: lang.t("A ticket is rated once it is resolved.", "Заявку оценивают после её решения."))
        }
        let before = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        try await db.sql.raw("""
            UPDATE tickets SET rating = \(bind: rating), rating_comment = \(bind: comment), rated_at = \(bind: now) WHERE id = \(bind: ticketID)
            """).run()
        try await TicketWrites.touch(ticketID, expected: nil, now: now, on: db)
        let after = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        try await TicketWrites.audit(actor, .update, before: before, after: after, now: now, on: db)
        return TicketChange(ticket: after, change: "rated")
    }
}
