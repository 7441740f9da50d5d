import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Tickets read in SQL: a ticket's working state for the operations (`TicketRow`), a ticket in
/// full with its SLA computed by the core (`TicketDTO`), the lists (keyset-paged), a thread, and
/// a client's open tickets (the call card's count).
enum TicketQueries {
    /// How the reader reads: who they are (for the statuses they may move to) and when.
    struct Reading: Sendable {
        var party: TicketParty
        var now: Date
        var reopenWindow: TimeInterval
    }

    /// What an operation needs to know about a ticket before it changes it.
    struct TicketRow: Sendable {
        var id: UUID
        var version: Int
        var clientID: UUID
        var subject: String
        var priority: Priority
        var status: TicketStatus
        var assigneeID: UUID?
        var firstResponseAt: Date?
        var resolvedAt: Date?
        var rating: Int?
    }

    static func row(_ id: UUID, on db: any Database) async throws -> TicketRow? {
        guard let r = try await db.sql.raw("""
            SELECT id, version, client_id, subject, priority, status, assignee_id, first_response_at, resolved_at, rating
            FROM tickets WHERE id = \(bind: id)
            """).first() else { return nil }
        return TicketRow(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            clientID: try r.decode(column: "client_id", as: UUID.self), subject: try r.decode(column: "subject", as: String.self),
            priority: Priority(rawValue: try r.decode(column: "priority", as: String.self)) ?? .normal,
            status: TicketStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .open,
            assigneeID: try r.decode(column: "assignee_id", as: UUID?.self), firstResponseAt: try r.decode(column: "first_response_at", as: Date?.self),
            resolvedAt: try r.decode(column: "resolved_at", as: Date?.self), rating: try r.decode(column: "rating", as: Int?.self))
    }

    static let columns = """
        t.id, t.version, t.client_id, c.name AS client_name, t.subject, t.description, t.priority, t.category, t.status, t.source,
        t.assignee_id, u.display_name AS assignee_name, t.order_id, t.claim_id, t.created_at, t.updated_at, t.first_response_at,
        t.resolved_at, t.closed_at, t.public_replies, t.rating, t.rating_comment, t.rated_at, t.first_response_seconds,
        t.resolution_seconds, t.sla_calendar, t.sla_time_zone, t.first_response_breached_at, t.resolution_breached_at
        """
    static let from = "FROM tickets t JOIN clients c ON c.id = t.client_id LEFT JOIN users u ON u.id = t.assignee_id"

    /// The SLA the core computes from the ticket's record and its pauses.
    static func sla(_ r: any SQLRow, pauses: [SLAPause]) throws -> TicketSLA {
        let zone = TimeZone(identifier: try r.decode(column: "sla_time_zone", as: String.self)) ?? .gmt
        let calendar = WorkingCalendar(code: try r.decode(column: "sla_calendar", as: String.self), timeZone: zone) ?? .roundTheClock
        let targets = SLATargets(firstResponse: TimeInterval(try r.decode(column: "first_response_seconds", as: Int.self)),
                                 resolution: TimeInterval(try r.decode(column: "resolution_seconds", as: Int.self)))
        return TicketSLA(targets: targets, calendar: calendar, openedAt: try r.decode(column: "created_at", as: Date.self), pauses: pauses,
                         firstResponseAt: try r.decode(column: "first_response_at", as: Date?.self),
                         resolvedAt: try r.decode(column: "resolved_at", as: Date?.self))
    }

    static func dto(_ r: any SQLRow, pauses: [SLAPause], reading: Reading) throws -> TicketDTO {
        let status = TicketStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .open
        let resolvedAt = try r.decode(column: "resolved_at", as: Date?.self)
        let sla = try sla(r, pauses: pauses)
        let snapshot = sla.snapshot(at: reading.now)
        let recorded = try r.decode(column: "first_response_breached_at", as: Date?.self) != nil
            || r.decode(column: "resolution_breached_at", as: Date?.self) != nil
        let replies = try r.decode(column: "public_replies", as: Int.self)
        let closedAt = try r.decode(column: "closed_at", as: Date?.self)
        let lastResolution = resolvedAt ?? (status == .closed ? closedAt : nil)
        return TicketDTO(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            client_id: try r.decode(column: "client_id", as: UUID.self), client_name: try r.decode(column: "client_name", as: String.self),
            subject: try r.decode(column: "subject", as: String.self), description: try r.decode(column: "description", as: String?.self),
            priority: try r.decode(column: "priority", as: String.self), category: try r.decode(column: "category", as: String?.self),
            status: status.rawValue, source: try r.decode(column: "source", as: String.self),
            assignee_id: try r.decode(column: "assignee_id", as: UUID?.self), assignee_name: try r.decode(column: "assignee_name", as: String?.self),
            order_id: try r.decode(column: "order_id", as: UUID?.self), claim_id: try r.decode(column: "claim_id", as: UUID?.self),
            created_at: try r.decode(column: "created_at", as: Date.self), updated_at: try r.decode(column: "updated_at", as: Date.self),
            first_response_at: try r.decode(column: "first_response_at", as: Date?.self), resolved_at: resolvedAt,
            closed_at: try r.decode(column: "closed_at", as: Date?.self), public_replies: replies,
            first_contact_resolution: FirstContactResolution.holds(resolved: resolvedAt != nil, publicStaffReplies: replies),
            rating: try r.decode(column: "rating", as: Int?.self), rating_comment: try r.decode(column: "rating_comment", as: String?.self),
            rated_at: try r.decode(column: "rated_at", as: Date?.self),
            allowed_next: TicketTransitions.allowed(from: status, by: reading.party, resolvedAt: lastResolution, now: reading.now,
                                                    reopenWindow: reading.reopenWindow).map(\.rawValue),
            sla: TicketSLADTO(first_response_due: snapshot.firstResponseDue, resolution_due: snapshot.resolutionDue,
                              paused: snapshot.paused, breached: snapshot.breached || recorded,
                              first_response_state: snapshot.firstResponse.rawValue, resolution_state: snapshot.resolution.rawValue,
                              first_response_target_seconds: Int(sla.firstResponse.target), resolution_target_seconds: Int(sla.resolution.target),
                              calendar: sla.resolution.calendar.code))
    }

    /// The pauses of the given tickets, by ticket.
    static func pauses(of ids: [UUID], on db: any Database) async throws -> [UUID: [SLAPause]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.sql.raw("""
            SELECT ticket_id, started_at, ended_at FROM ticket_pauses WHERE ticket_id IN (\(binds: ids)) ORDER BY started_at, id
            """).all()
        var out: [UUID: [SLAPause]] = [:]
        for r in rows {
            out[try r.decode(column: "ticket_id", as: UUID.self), default: []]
                .append(SLAPause(from: try r.decode(column: "started_at", as: Date.self), to: try r.decode(column: "ended_at", as: Date?.self)))
        }
        return out
    }

    static func detail(_ id: UUID, reading: Reading, on db: any Database) async throws -> TicketDTO? {
        guard let r = try await db.sql.raw("SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE t.id = \(bind: id)").first() else { return nil }
        return try dto(r, pauses: try await pauses(of: [id], on: db)[id] ?? [], reading: reading)
    }

    /// Filters of the ticket lists.
    struct ListFilter: Sendable {
        var status: TicketStatus?
        var priority: Priority?
        var assigneeID: UUID?
        var clientID: UUID?
        var openOnly = false
        var breachedOnly = false
    }

    /// Newest first, keyset-paged on (created_at, id).
    static func list(visibleTo actor: Principal, filter: ListFilter, page: PageRequest, reading: Reading, on db: any Database) async throws -> Page<TicketDTO> {
        var query: SQLQueryString = "SELECT \(unsafeRaw: columns) \(unsafeRaw: from) WHERE 1 = 1"
        query = query + SupportAccess.visibility(actor, alias: "t")
        if let status = filter.status { query = query + " AND t.status = \(bind: status.rawValue)" }
        if let priority = filter.priority { query = query + " AND t.priority = \(bind: priority.rawValue)" }
        if let assignee = filter.assigneeID { query = query + " AND t.assignee_id = \(bind: assignee)" }
        if let client = filter.clientID { query = query + " AND t.client_id = \(bind: client)" }
        if filter.openOnly { query = query + " AND t.status IN (\(binds: openStatuses))" }
        if filter.breachedOnly {
            query = query + " AND (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL)"
        }
        if let after = page.after, let moment = after.moment {
            query = query + " AND (t.created_at < \(bind: moment) OR (t.created_at = \(bind: moment) AND t.id < \(bind: after.id)))"
        }
        query = query + " ORDER BY t.created_at DESC, t.id DESC LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(query).all()
        let pageRows = Array(rows.prefix(page.limit))
        let ids = try pageRows.map { try $0.decode(column: "id", as: UUID.self) }
        let pauses = try await pauses(of: ids, on: db)
        let items = try pageRows.map { try dto($0, pauses: pauses[try $0.decode(column: "id", as: UUID.self)] ?? [], reading: reading) }
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    static let openStatuses = TicketStatus.allCases.filter(\.isOpen).map(\.rawValue)

    /// The thread, oldest first, keyset-paged on (at, id); without internal notes for a client.
    static func messages(of ticketID: UUID, includeInternal: Bool, page: PageRequest, on db: any Database) async throws -> Page<TicketMessageDTO> {
        var query: SQLQueryString = """
            SELECT id, ticket_id, author_id, author_label, from_client, internal, text, at FROM ticket_messages WHERE ticket_id = \(bind: ticketID)
            """
        if !includeInternal { query = query + " AND internal = \(bind: false)" }
        if let after = page.after, let moment = after.moment {
            query = query + " AND (at > \(bind: moment) OR (at = \(bind: moment) AND id > \(bind: after.id)))"
        }
        query = query + " ORDER BY at, id LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(query).all(decoding: TicketMessageDTO.self)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    static func message(_ id: UUID, on db: any Database) async throws -> TicketMessageDTO? {
        try await db.sql.raw("""
            SELECT id, ticket_id, author_id, author_label, from_client, internal, text, at FROM ticket_messages WHERE id = \(bind: id)
            """).first(decoding: TicketMessageDTO.self)
    }

    /// The client's tickets that still ask for work (the call card's `open_requests`).
    static func openCount(client: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw("""
            SELECT COUNT(*) AS n FROM tickets WHERE client_id = \(bind: client) AND status IN (\(binds: openStatuses))
            """).first(decodingColumn: "n", as: Int.self) ?? 0
    }
}
