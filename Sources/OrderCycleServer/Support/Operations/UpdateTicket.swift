import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes what a ticket says and who answers it: subject, description, category, priority (the
/// SLA targets follow the new priority from the same policy; the clocks keep counting from the
/// opening), the assignee. Only the fields given change; staff only.
struct UpdateTicket: Sendable {
    let ticketID: UUID
    let subject: String?
    let description: String??
    let priority: Priority?
    let category: String??
    let assigneeID: UUID??
    let expectedVersion: Int?
    let reopenWindow: TimeInterval
    let lang: Language

    /// `description`, `category`, `assigneeID`: `nil` leaves them, `.some(nil)` clears them.
    init(ticketID: UUID, subject: String? = nil, description: String?? = nil, priority: String? = nil, category: String?? = nil,
         assigneeID: UUID?? = nil, expectedVersion: Int?, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        self.subject = subject == nil ? nil : v.text("subject", subject, max: TicketLimits.subject)
        if case .some(let text) = description { self.description = .some(v.text("description", text, required: false, max: TicketLimits.text)) } else { self.description = nil }
        if case .some(let text) = category { self.category = .some(v.text("category", text, required: false, max: TicketLimits.category)) } else { self.category = nil }
        self.priority = v.choice("priority", priority, as: Priority.self)
        try v.check()
        self.ticketID = ticketID
        self.assigneeID = assigneeID
        self.expectedVersion = expectedVersion
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TicketChange {
        let ticket = try await SupportAccess.writableTicket(ticketID, by: actor, on: db)
        guard actor.role != .client else { throw Problem(.forbidden) }
        let before = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        var v = FieldInput(lang)
        if case .some(.some(let id)) = assigneeID, try await !CreateTicket.isAgent(id, on: db) {
            v.add("assignee_id", en: "is not an active operator, manager or administrator", ru: "не действующий оператор, менеджер или администратор")
        }
        try v.check()
        let sql = db.sql
        var set: [SQLQueryString] = []
        if let subject { set.append("subject = \(bind: subject)") }
        if case .some(let text) = description { set.append("description = \(bind: text)") }
        if case .some(let text) = category { set.append("category = \(bind: text)") }
        if case .some(let id) = assigneeID { set.append("assignee_id = \(bind: id)") }
        if let priority, priority != ticket.priority {
            let segment = try await sql.raw("SELECT segment_id FROM clients WHERE id = \(bind: ticket.clientID)").first()?.decode(column: "segment_id", as: UUID.self)
            let promise = try await SLAPolicyQueries.promise(segment: segment, priority: priority, on: db)
            set.append("priority = \(bind: priority.rawValue)")
            set.append("first_response_seconds = \(bind: Int(promise.targets.firstResponse))")
            set.append("resolution_seconds = \(bind: Int(promise.targets.resolution))")
        }
        if !set.isEmpty {
            try await sql.raw("UPDATE tickets SET " + set.joined(separator: ", ") + " WHERE id = \(bind: ticketID)").run()
        }
        try await TicketWrites.touch(ticketID, expected: expectedVersion, now: now, on: db)
        try await TicketWrites.refreshSLA(ticketID, on: db)
        let after = try await TicketWrites.reread(ticketID, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        try await TicketWrites.audit(actor, .update, before: before, after: after, now: now, on: db)
        return TicketChange(ticket: after, change: "updated")
    }
}
