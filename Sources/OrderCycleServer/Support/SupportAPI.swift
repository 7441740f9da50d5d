import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The support API (DOMAIN §2.3): tickets, their threads, status changes and ratings, the SLA
/// policies, and the mail gateway's door. Handlers translate HTTP in and out; every change is
/// one of `Support/Operations`, run through `SupportWrite` (a write transaction, the live event
/// after commit), the same way the pages run them.
enum SupportAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Support.tickets, access: SupportAccess.readers, use: list)
        routes.endpoint(.POST, APIRoute.Support.tickets, access: SupportAccess.writers, use: create)
        routes.endpoint(.GET, APIRoute.Support.ticket, access: SupportAccess.readers, use: show)
        routes.endpoint(.PATCH, APIRoute.Support.ticket, access: SupportAccess.agents, use: update)
        routes.endpoint(.GET, APIRoute.Support.messages, access: SupportAccess.readers, use: messages)
        routes.endpoint(.POST, APIRoute.Support.messages, access: SupportAccess.writers, use: addMessage)
        routes.endpoint(.POST, APIRoute.Support.transitions, access: SupportAccess.writers, use: transition)
        routes.endpoint(.POST, APIRoute.Support.rating, access: SupportAccess.raters, use: rate)
        routes.endpoint(.GET, APIRoute.Support.attachments, access: SupportAccess.readers, use: attachments)
        routes.endpoint(.POST, APIRoute.Support.attachments, access: SupportAccess.writers, use: attach)
        routes.endpoint(.GET, APIRoute.Support.attachment, access: SupportAccess.readers, use: attachmentImage)
        routes.endpoint(.GET, APIRoute.Support.slaPolicies, access: SupportAccess.policyReaders, use: policies)
        routes.endpoint(.POST, APIRoute.Support.slaPolicies, access: SupportAccess.policyWriters, use: createPolicy)
        routes.endpoint(.GET, APIRoute.Support.slaPolicy, access: SupportAccess.policyReaders, use: policy)
        routes.endpoint(.PATCH, APIRoute.Support.slaPolicy, access: SupportAccess.policyWriters, use: updatePolicy)
        routes.endpoint(.POST, APIRoute.Support.inboundEmail, access: SupportAccess.mailGateway, use: inboundEmail)
        routes.endpoint(.GET, APIRoute.Support.report, access: SupportAccess.policyReaders, use: report)
        routes.endpoint(.GET, APIRoute.Support.reportTickets, access: SupportAccess.policyReaders, use: SupportReportTicketsPage.api)
    }

    static func reading(_ req: Request) throws -> TicketQueries.Reading {
        TicketQueries.Reading(party: SupportAccess.party(try req.actor), now: req.clock.now(), reopenWindow: req.application.appConfig.ticketReopenWindow)
    }

    // MARK: tickets

    struct CreateBody: Content {
        var subject: String?
        var description: String?
        var priority: String?
        var category: String?
        var client_id: UUID?
        var order_id: UUID?
        var claim_id: UUID?
        var assignee_id: UUID?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let actor = try req.actor
        let config = req.application.appConfig
        let operation = try CreateTicket(
            subject: body.subject, description: body.description, priority: body.priority, category: body.category, clientID: body.client_id,
            orderID: body.order_id, claimID: body.claim_id, assigneeID: body.assignee_id,
            source: actor.role == .client ? .cabinet : (actor.userID == nil ? .api : .staff),
            timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language)
        return try await created(req, operation)
    }

    /// Runs a creating operation under the request's Idempotency-Key and publishes the new ticket.
    static func created(_ req: Request, _ operation: CreateTicket) async throws -> Response {
        let actor = try req.actor
        let now = req.clock.now()
        let response = try await Idempotency.create(req) { tx in
            let change = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(change.ticket, location: APIRoute.Support.ticket(change.ticket.id), version: change.ticket.version)
        }
        if response.status == .created, response.headers.first(name: "Idempotent-Replayed") == nil,
           let data = response.body.data, let ticket = try? APIJSON.decoder.decode(TicketDTO.self, from: data) {
            await SupportLive.publish(TicketChange(ticket: ticket, change: "created"), app: req.application)
        }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let actor = try req.actor
        let id = try idParameter(req)
        _ = try await SupportAccess.visibleTicket(id, to: actor, on: req.db)
        guard let dto = try await TicketQueries.detail(id, reading: try reading(req), on: req.db) else { throw Problem(.notFound) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// Newest first. Filters: `status`, `priority`, `assignee_id` (`me` for oneself), `client_id`,
    /// `open=true`, `breached=true`. A client sees its own tickets only.
    @Sendable static func list(req: Request) async throws -> Page<TicketDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        var query = ListFilters(req)
        var filter = TicketQueries.ListFilter()
        filter.assigneeID = query.id("assignee_id", me: actor.userID ?? UUID())
        filter.clientID = query.id("client_id")
        filter.status = query.choice("status", TicketStatus.self)
        filter.priority = query.choice("priority", Priority.self)
        filter.openOnly = query.flag("open")
        filter.breachedOnly = query.flag("breached")
        try query.check()
        return try await TicketQueries.list(visibleTo: actor, filter: filter, page: page, reading: try reading(req), on: req.db)
    }

    struct UpdateBody: Content {
        var subject: String?
        var description: String?
        var priority: String?
        var category: String?
        var assignee_id: UUID?
    }

    /// Only the keys present change (no field takes null); `description` and `category` sent blank clear them.
    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(UpdateBody.self)
        let operation = try UpdateTicket(
            ticketID: id, subject: body.subject, description: body.description.map { .some($0) },
            priority: body.priority, category: body.category.map { .some($0) },
            assigneeID: body.assignee_id.map { .some($0) },
            expectedVersion: expected, reopenWindow: req.application.appConfig.ticketReopenWindow, lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    // MARK: the thread

    @Sendable static func messages(req: Request) async throws -> Page<TicketMessageDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        let id = try idParameter(req)
        _ = try await SupportAccess.visibleTicket(id, to: actor, on: req.db)
        return try await TicketQueries.messages(of: id, includeInternal: actor.role != .client, page: page, on: req.db)
    }

    struct MessageBody: Content {
        var text: String?
        var `internal`: Bool?
    }

    /// Answers the new message (201, `Location` the thread); the ticket's new version in `ETag`.
    @Sendable static func addMessage(req: Request) async throws -> Response {
        let body = try req.content.decode(MessageBody.self)
        let id = try idParameter(req)
        let operation = try AddTicketMessage(ticketID: id, text: body.text, internal: body.internal,
                                             reopenWindow: req.application.appConfig.ticketReopenWindow, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        var ticket: TicketDTO?
        let response = try await Idempotency.create(req) { tx in
            let change = try await operation.run(by: actor, now: now, on: tx)
            guard let message = change.message else { throw Problem(.notFound) }
            return try CreatedResponse(message, location: APIRoute.Support.messages(id), version: change.ticket.version)
        }
        if response.status == .created, response.headers.first(name: "Idempotent-Replayed") == nil {
            ticket = try await TicketQueries.detail(id, reading: try reading(req), on: req.db)
            if let ticket { await SupportLive.publish(TicketChange(ticket: ticket, change: body.internal == true ? "note" : "reply"), app: req.application) }
        }
        return response
    }

    // MARK: attachments

    /// The ticket's images in the order they were added; a client's list leaves out the internal notes'.
    @Sendable static func attachments(req: Request) async throws -> [TicketAttachmentDTO] {
        let actor = try req.actor
        let id = try idParameter(req)
        _ = try await SupportAccess.visibleTicket(id, to: actor, on: req.db)
        return try await TicketAttachmentQueries.list(of: id, includeInternal: actor.role != .client, on: req.db)
    }

    /// The body is the image itself; `message_id` in the query attaches it to that message of the thread.
    @Sendable static func attach(req: Request) async throws -> Response {
        let id = try idParameter(req)
        var query = ListFilters(req)
        let messageID = query.id("message_id")
        try query.check()
        let operation = try AddTicketAttachments(images: req.body.data.map { [$0] } ?? [], field: "body", lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            guard let stored = try await operation.run(ticket: id, message: messageID, by: actor, now: now, on: tx).first else { throw Problem(.notFound) }
            return try CreatedResponse(stored, location: APIRoute.Support.attachment(id, stored.id))
        }
    }

    /// One attachment's image, for the API and the ticket page alike: 404 for a ticket the reader
    /// may not see, and for a client, for an internal note's attachment.
    @Sendable static func attachmentImage(req: Request) async throws -> Response {
        let actor = try req.actor
        let id = try idParameter(req)
        let attachment = try idParameter(req, "attachment")
        _ = try await SupportAccess.visibleTicket(id, to: actor, on: req.db)
        guard let (format, bytes) = try await TicketAttachmentQueries.image(attachment, of: id, includeInternal: actor.role != .client, on: req.db) else {
            throw Problem(.notFound)
        }
        return SniffedImage.response(format, bytes)
    }

    // MARK: status and rating

    struct TransitionBody: Content { var to: String? }

    /// `If-Match` is optional here; when sent, a stale one is refused with 412.
    @Sendable static func transition(req: Request) async throws -> Response {
        let body = try req.content.decode(TransitionBody.self)
        let expected = req.headers.first(name: .ifMatch) == nil ? nil : try ETag.expectedVersion(req)
        let operation = try TransitionTicket(ticketID: try idParameter(req), to: body.to, expectedVersion: expected,
                                             reopenWindow: req.application.appConfig.ticketReopenWindow, lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct RatingBody: Content {
        var rating: Int?
        var comment: String?
    }

    @Sendable static func rate(req: Request) async throws -> Response {
        let body = try req.content.decode(RatingBody.self)
        let operation = try RateTicket(ticketID: try idParameter(req), rating: body.rating, comment: body.comment,
                                       reopenWindow: req.application.appConfig.ticketReopenWindow, lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    /// Runs a ticket operation through `SupportWrite` and answers the ticket with its ETag.
    private static func respond(_ req: Request, status: HTTPResponseStatus = .ok,
                                _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> TicketChange) async throws -> Response {
        let actor = try req.actor
        let now = req.clock.now()
        let change = try await SupportWrite.run(req) { tx in try await run(actor, now, tx) }
        return try await change.ticket.encodeResponse(status: status, for: req).withETag(change.ticket.version)
    }

    // MARK: SLA policies

    @Sendable static func policies(req: Request) async throws -> Page<SLAPolicyDTO> {
        Page(items: try await SLAPolicyQueries.list(on: req.db), next_cursor: nil)
    }

    @Sendable static func policy(req: Request) async throws -> Response {
        guard let policy = try await SLAPolicyQueries.one(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await policy.encodeResponse(for: req).withETag(policy.version)
    }

    struct PolicyBody: Content {
        var segment_id: UUID?
        var package_id: UUID?
        var priority: String?
        var first_response_minutes: Int?
        var resolution_minutes: Int?
        var calendar: String?
        var weekdays: [String]?
        var opens: String?
        var closes: String?
        var holidays: [String]?
    }

    @Sendable static func createPolicy(req: Request) async throws -> Response {
        let body = try req.content.decode(PolicyBody.self)
        let operation = try CreateSLAPolicy(
            segmentID: body.segment_id, packageID: body.package_id, priority: body.priority, firstResponseMinutes: body.first_response_minutes,
            resolutionMinutes: body.resolution_minutes, calendar: body.calendar, weekdays: body.weekdays, opens: body.opens,
            closes: body.closes, holidays: body.holidays, timeZone: req.application.appConfig.timeZone, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let policy = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(policy, location: APIRoute.Support.slaPolicies(), version: policy.version)
        }
    }

    struct PolicyChange: Content {
        var first_response_minutes: Int?
        var resolution_minutes: Int?
        var calendar: String?
        var weekdays: [String]?
        var opens: String?
        var closes: String?
        var holidays: [String]?
    }

    /// `If-Match` required; only the keys present change, and a calendar sent replaces the calendar.
    @Sendable static func updatePolicy(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(PolicyChange.self)
        let operation = try UpdateSLAPolicy(
            policyID: id, firstResponseMinutes: body.first_response_minutes, resolutionMinutes: body.resolution_minutes, calendar: body.calendar,
            weekdays: body.weekdays, opens: body.opens, closes: body.closes, holidays: body.holidays, expectedVersion: expected,
            timeZone: req.application.appConfig.timeZone, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let policy = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await policy.encodeResponse(for: req).withETag(policy.version)
    }

    // MARK: the mail gateway

    struct EmailBody: Content {
        var from: String?
        var subject: String?
        var text: String?
    }

    /// An e-mail to the support address becomes a ticket of the client one of whose contacts
    /// wrote from that address. Only an integration token (the mail gateway's) may post here.
    @Sendable static func inboundEmail(req: Request) async throws -> Response {
        let actor = try req.actor
        guard actor.userID == nil else {
            throw Problem(.forbidden, detail: "Only an integration token (the mail gateway's) posts inbound e-mail")
        }
        let body = try req.content.decode(EmailBody.self)
        var v = FieldInput(req.language)
        let from = v.text("from", body.from, max: 320)
        let address = from.map(mailAddress)
        if let address, !address.contains("@") { v.add("from", en: "must be an e-mail address", ru: "должно быть адресом эл. почты") }
        try v.check()
        let config = req.application.appConfig
        var client: UUID?
        if let address {
            client = try await req.db.sql.raw("""
                SELECT e.client_id FROM client_emails e JOIN clients c ON c.id = e.client_id
                WHERE LOWER(e.email) = \(bind: address.lowercased()) ORDER BY c.active DESC, c.updated_at DESC LIMIT 1
                """).first()?.decode(column: "client_id", as: UUID.self)
            if client == nil { throw Problem.field("from", req.language.t("no client has a contact with this address", "ни у одного клиента нет контакта с этим адресом")) }
        }
        let subject = (body.subject?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? "(no subject)"
        let operation = try CreateTicket(subject: String(subject.prefix(TicketLimits.subject)), description: body.text, priority: nil, clientID: client,
                                         source: .email, timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language)
        return try await created(req, operation)
    }

    /// The address in `Name <address>`, or the text itself.
    static func mailAddress(_ from: String) -> String {
        if let open = from.lastIndex(of: "<"), let close = from.lastIndex(of: ">"), open < close {
            return String(from[from.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return from
    }

    // MARK: the report

    /// The period from the query (`from`, `to`: days in the company's time zone, both included;
    /// the last 30 days by default), refused with the field named when it cannot be read.
    static func period(_ req: Request) throws -> (from: CalendarDay, to: CalendarDay) {
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let today = calendar.day(of: req.clock.now())
        var v = FieldInput(req.language)
        func day(_ name: String, _ fallback: CalendarDay) -> CalendarDay {
            guard let raw = req.query[String.self, at: name], !raw.isEmpty else { return fallback }
            // Years 1900…2999 only: a report further off is a typing error, and the bounds stay far from the calendar's ends.
            guard let day = CalendarDay(iso: raw), (1900...2999).contains(day.year) else {
                v.add(name, en: "must be a date such as 2026-03-01, in the years 1900 to 2999", ru: "дата, например 2026-03-01, в 1900–2999 годах"); return fallback
            }
            return day
        }
        let to = day("to", today)
        let from = day("from", to.adding(days: -29))
        if from > to { v.add("from", en: "must not be after to", ru: "не может быть позже to") }
        if from.days(to: to) > 366 { v.add("from", en: "the period may span at most 366 days", ru: "период не длиннее 366 дней") }
        try v.check()
        return (from, to)
    }

    @Sendable static func report(req: Request) async throws -> SupportReportQueries.Report {
        let (from, to) = try period(req)
        return try await SupportReportQueries.report(from: from, to: to, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db)
    }
}
