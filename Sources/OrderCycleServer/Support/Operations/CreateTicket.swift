import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Opens a support ticket (DOMAIN §2.3) from the cabinet, the API, an e-mail or a call card: for
/// a client (a client's own user opens it for its own company; staff name the client), with the
/// SLA promised by the policy for the client's segment and the ticket's priority, counted from
/// now on the policy's calendar.
struct CreateTicket: Sendable {
    let subject: String
    let description: String?
    let priority: Priority
    let category: String?
    let clientID: UUID?
    let orderID: UUID?
    let claimID: UUID?
    let assigneeID: UUID?
    let callID: UUID?
    let source: TicketSource
    let timeZone: TimeZone
    let reopenWindow: TimeInterval
    let lang: Language
    /// Images sent with the new ticket (the cabinet's form); the client and staff both see them.
    let attachments: AddTicketAttachments?

    init(subject: String?, description: String?, priority: String?, category: String? = nil, clientID: UUID? = nil, orderID: UUID? = nil,
         claimID: UUID? = nil, assigneeID: UUID? = nil, callID: UUID? = nil, source: TicketSource, timeZone: TimeZone,
         reopenWindow: TimeInterval, lang: Language, attachments: [ByteBuffer] = []) throws {
        var v = FieldInput(lang)
        let subject = v.text("subject", subject, max: TicketLimits.subject)
        self.attachments = AddTicketAttachments.fromForm(attachments, field: "attachments", lang: lang, into: &v)
        self.description = v.text("description", description, required: false, max: TicketLimits.text)
        let priority = priority.map { v.choice("priority", $0, as: Priority.self) } ?? .normal
        self.category = v.text("category", category, required: false, max: TicketLimits.category)
        (self.subject, self.priority) = try v.check(subject, priority)
        self.clientID = clientID
        self.orderID = orderID
        self.claimID = claimID
        self.assigneeID = assigneeID
        self.callID = callID
        self.source = source
        self.timeZone = timeZone
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TicketChange {
        var v = FieldInput(lang)
        let sql = db.sql
        var client = clientID
        if actor.role == .client {
            if let clientID, clientID != actor.clientID {
                v.add("client_id", en: "is set by staff only: your ticket is your company's", ru: "указывают только сотрудники: ваша заявка — заявка вашей компании")
            }
            if assigneeID != nil { v.add("assignee_id", en: "is set by staff only", ru: "указывают только сотрудники") }
            client = actor.clientID
        }
        if let orderID {
            if let row = try await sql.raw("SELECT client_id FROM orders WHERE id = \(bind: orderID)").first() {
                let orderClient = try row.decode(column: "client_id", as: UUID.self)
                if let client, client != orderClient {
                    // A client's own order only; another's is "no such order" to it.
                    if actor.role == .client { v.add("order_id", en: "is not an order", ru: "такого заказа нет") } else {
                        v.add("order_id", en: "belongs to another client", ru: "относится к другому клиенту")
                    }
                }
                client = client ?? orderClient
            } else {
                v.add("order_id", en: "is not an order", ru: "такого заказа нет")
            }
        }
        if let claimID {
            let owner = try await sql.raw("SELECT o.client_id FROM claims c JOIN orders o ON o.id = c.order_id WHERE c.id = \(bind: claimID)").first()
            if try owner == nil || (client != nil && owner?.decode(column: "client_id", as: UUID.self) != client) {
                v.add("claim_id", en: "is not a claim of this client", ru: "это не претензия этого клиента")
            }
        }
        var segment: UUID?
        if let client {
            if let row = try await sql.raw("SELECT segment_id FROM clients WHERE id = \(bind: client)").first() {
                segment = try row.decode(column: "segment_id", as: UUID.self)
            } else {
                v.add("client_id", en: "is not a client", ru: "такого клиента нет")
            }
        } else if actor.role != .client {
            v.required("client_id")
        }
        if let assigneeID, try await !Self.isAgent(assigneeID, on: db) {
            v.add("assignee_id", en: "is not an active operator, manager or administrator", ru: "не действующий оператор, менеджер или администратор")
        }
        try v.check()
        guard let client else { throw Problem(.forbidden) }
        let package = try await SubscriptionQueries.inForce(client, on: CompanyCalendar(timeZone: timeZone).day(of: now), on: db)?.package_id
        let promise = try await SLAPolicyQueries.promise(segment: segment, package: package, priority: priority, on: db)
        let id = UUID()
        try await sql.raw("""
            INSERT INTO tickets (id, version, client_id, subject, description, priority, category, status, source, assignee_id, creator_id,
                                 order_id, claim_id, call_id, first_response_seconds, resolution_seconds, sla_calendar, sla_time_zone,
                                 public_replies, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: client), \(bind: subject), \(bind: description), \(bind: priority.rawValue), \(bind: category),
                    \(bind: TicketStatus.new.rawValue), \(bind: source.rawValue), \(bind: assigneeID), \(bind: actor.userID), \(bind: orderID),
                    \(bind: claimID), \(bind: callID), \(bind: Int(promise.targets.firstResponse)), \(bind: Int(promise.targets.resolution)),
                    \(bind: promise.calendar), \(bind: timeZone.identifier), 0, \(bind: now), \(bind: now))
            """).run()
        CardChange.announce(.clients([client]))
        if let attachments { _ = try await attachments.store(on: id, message: nil, by: actor, now: now, on: db) }
        try await TicketWrites.refreshSLA(id, on: db)
        let ticket = try await TicketWrites.reread(id, by: actor, reopenWindow: reopenWindow, now: now, on: db)
        try await TicketWrites.audit(actor, .create, before: nil, after: ticket, now: now, on: db)
        return TicketChange(ticket: ticket, change: "created")
    }

    /// Whether the user is active and answers tickets (operator, manager, administrator).
    static func isAgent(_ userID: UUID, on db: any Database) async throws -> Bool {
        guard let row = try await db.sql.raw("SELECT role, active FROM users WHERE id = \(bind: userID)").first() else { return false }
        let role = Role(rawValue: try row.decode(column: "role", as: String.self))
        return try row.decode(column: "active", as: Bool.self) && role.map { SupportAccess.staffRoles.contains($0) } == true
    }
}
