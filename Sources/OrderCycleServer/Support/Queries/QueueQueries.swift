import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The operator's queue: the tickets that still ask for work, most urgent first, oldest first
/// within a priority (`tickets_queue_idx`), narrowed by the page's filters.
enum QueueQueries {
    enum View: String, CaseIterable, Sendable {
        case all, mine, unassigned, breached
    }

    struct Filter: Sendable {
        var view: View = .all
        var priority: Priority?
        var status: TicketStatus?
        var me: UUID?
        /// The team whose members' tickets to show (a ticket belongs to its assignee's teams).
        var team: UUID?
    }

    static let limit = 200

    static func queue(_ filter: Filter, reading: TicketQueries.Reading, on db: any Database) async throws -> [TicketDTO] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: TicketQueries.columns) \(unsafeRaw: TicketQueries.from) WHERE "
        if let status = filter.status {
            query = query + "t.status = \(bind: status.rawValue)"
        } else {
            query = query + "t.status IN (\(binds: TicketQueries.openStatuses))"
        }
        if let priority = filter.priority { query = query + " AND t.priority = \(bind: priority.rawValue)" }
        if let team = filter.team { query = query + " AND t.assignee_id IN (SELECT user_id FROM team_members WHERE team_id = \(bind: team))" }
        switch filter.view {
        case .all: break
        case .mine: query = query + " AND t.assignee_id = \(bind: filter.me ?? UUID())"
        case .unassigned: query = query + " AND t.assignee_id IS NULL"
        case .breached: query = query + " AND (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL)"
        }
        query = query + """
             ORDER BY CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, t.created_at, t.id
             LIMIT \(literal: limit)
            """
        let rows = try await db.sql.raw(query).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        let pauses = try await TicketQueries.pauses(of: ids, on: db)
        return try rows.map { try TicketQueries.dto($0, pauses: pauses[try $0.decode(column: "id", as: UUID.self)] ?? [], reading: reading) }
    }

    /// How many open tickets each priority holds, for the queue's heading.
    static func counts(on db: any Database) async throws -> [String: Int] {
        let rows = try await db.sql.raw("""
            SELECT priority, COUNT(*) AS n FROM tickets WHERE status IN (\(binds: TicketQueries.openStatuses)) GROUP BY priority
            """).all()
        var out: [String: Int] = [:]
        for r in rows { out[try r.decode(column: "priority", as: String.self)] = try r.decode(column: "n", as: Int.self) }
        return out
    }

    /// One team's open tickets by priority: those assigned to its members (a ticket whose
    /// assignee is in two teams is in both queues).
    struct TeamQueue: Sendable {
        var id: UUID
        var name: String
        var counts: [String: Int]
    }

    /// Every team with its open tickets by priority, teams by name; the unassigned ones are the queue's own view.
    static func teams(on db: any Database) async throws -> [TeamQueue] {
        let teams = try await db.sql.raw("SELECT id, name FROM teams ORDER BY name, id").all()
        let rows = try await db.sql.raw("""
            SELECT m.team_id, t.priority, COUNT(*) AS n FROM tickets t JOIN team_members m ON m.user_id = t.assignee_id
            WHERE t.status IN (\(binds: TicketQueries.openStatuses)) GROUP BY m.team_id, t.priority
            """).all()
        var counts: [UUID: [String: Int]] = [:]
        for r in rows {
            counts[try r.decode(column: "team_id", as: UUID.self), default: [:]][try r.decode(column: "priority", as: String.self)] = try r.decode(column: "n", as: Int.self)
        }
        return try teams.map { r in
            let id = try r.decode(column: "id", as: UUID.self)
            return TeamQueue(id: id, name: try r.decode(column: "name", as: String.self), counts: counts[id] ?? [:])
        }
    }

    /// A client's id and name by its code or id, for the staff's new ticket form.
    static func client(_ text: String, on db: any Database) async throws -> (id: UUID, name: String)? {
        let row: (any SQLRow)?
        if let id = UUID(uuidString: text) {
            row = try await db.sql.raw("SELECT id, name FROM clients WHERE id = \(bind: id)").first()
        } else {
            row = try await db.sql.raw("SELECT id, name FROM clients WHERE code = \(bind: text)").first()
        }
        guard let row else { return nil }
        return (try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self))
    }
}
