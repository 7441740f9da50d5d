import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who is told of a change and what it is called, by the record that changed: an order's client
/// manager and its client's users; a ticket's assignee and client; a task's responsible person,
/// creator and co-workers; a client's manager. Records nobody follows (settings, catalogs) have none.
enum NotificationTargets {
    struct Target: Sendable {
        var kind: NotificationKind
        var subject: String
        var detail: String?
        var link: String
        var recipients: [UUID]
    }

    /// The target of a change to `entity`'s record `id`; `status` is the state it moved to, if it says one.
    static func target(entity: String, id: UUID, action: String, status: String?, on db: any Database) async throws -> Target? {
        switch entity {
        case Order.schema:
            guard action == "create" || action == "transition" else { return nil }
            return try await order(id, kind: .order, detail: action == "transition" ? status : nil, on: db)
        case OrderClaim.schema:
            guard let row = try await db.sql.raw("SELECT order_id, status FROM claims WHERE id = \(bind: id)").first() else { return nil }
            let status = try row.decode(column: "status", as: String.self)
            return try await order(try row.decode(column: "order_id", as: UUID.self), kind: .claim, detail: action == "create" ? nil : status, on: db)
        case Client.schema:
            guard action == "create" || action == "update",
                  let row = try await db.sql.raw("SELECT name, manager_id FROM clients WHERE id = \(bind: id)").first(),
                  let manager = try row.decode(column: "manager_id", as: UUID?.self) else { return nil }
            return Target(kind: .client, subject: try row.decode(column: "name", as: String.self), link: PageRoute.Clients.card(id), recipients: [manager])
        case TaskWrites.table:
            return try await task(id, detail: status, on: db)
        case "task_comments":
            guard let taskID = try await db.sql.raw("SELECT task_id FROM task_comments WHERE id = \(bind: id)").first(decodingColumn: "task_id", as: UUID.self) else { return nil }
            return try await task(taskID, detail: nil, on: db)
        case TicketWrites.table:
            return try await ticket(id, detail: status, staffOnly: false, on: db)
        case "ticket_messages":
            guard let row = try await db.sql.raw("SELECT ticket_id, internal FROM ticket_messages WHERE id = \(bind: id)").first() else { return nil }
            return try await ticket(try row.decode(column: "ticket_id", as: UUID.self), detail: nil,
                                    staffOnly: try row.decode(column: "internal", as: Bool.self), on: db)
        case "service_requests":
            guard let row = try await db.sql.raw("""
                SELECT r.client_id, r.kind, r.assignee_id, c.manager_id FROM service_requests r JOIN clients c ON c.id = r.client_id WHERE r.id = \(bind: id)
                """).first() else { return nil }
            // A claim's request moves its claim, whose own notices tell the same people once.
            if try row.decode(column: "kind", as: String.self) == ServiceRequestKind.claim.rawValue { return nil }
            var people = [try row.decode(column: "assignee_id", as: UUID?.self), try row.decode(column: "manager_id", as: UUID?.self)].compactMap { $0 }
            people += try await clientUsers(try row.decode(column: "client_id", as: UUID.self), on: db)
            return Target(kind: .request, subject: try row.decode(column: "kind", as: String.self), detail: action == "create" ? nil : status,
                          link: PageRoute.Services.request(id), recipients: people)
        default:
            return nil
        }
    }

    /// An order's news goes to its client's manager and its client's users.
    static func order(_ orderID: UUID, kind: NotificationKind, detail: String?, on db: any Database) async throws -> Target? {
        guard let row = try await db.sql.raw("""
            SELECT o.number, o.client_id, c.manager_id FROM orders o JOIN clients c ON c.id = o.client_id WHERE o.id = \(bind: orderID)
            """).first() else { return nil }
        var people = [try row.decode(column: "manager_id", as: UUID?.self)].compactMap { $0 }
        people += try await clientUsers(try row.decode(column: "client_id", as: UUID.self), on: db)
        return Target(kind: kind, subject: try row.decode(column: "number", as: String.self), detail: detail,
                      link: PageRoute.Orders.order(orderID), recipients: people)
    }

    static func task(_ taskID: UUID, detail: String?, on db: any Database) async throws -> Target? {
        guard let row = try await db.sql.raw("SELECT title, responsible_id, creator_id FROM tasks WHERE id = \(bind: taskID)").first() else { return nil }
        var people = [try row.decode(column: "responsible_id", as: UUID?.self), try row.decode(column: "creator_id", as: UUID?.self)].compactMap { $0 }
        people += try await db.sql.raw("SELECT user_id FROM task_coworkers WHERE task_id = \(bind: taskID)").all(decodingColumn: "user_id", as: UUID.self)
        return Target(kind: .task, subject: try row.decode(column: "title", as: String.self), detail: detail,
                      link: PageRoute.Work.task(taskID), recipients: people)
    }

    /// A ticket's news goes to its assignee and, unless it is an internal note, its client's users.
    static func ticket(_ ticketID: UUID, detail: String?, staffOnly: Bool, on db: any Database) async throws -> Target? {
        guard let row = try await db.sql.raw("SELECT subject, client_id, assignee_id FROM tickets WHERE id = \(bind: ticketID)").first() else { return nil }
        var people = [try row.decode(column: "assignee_id", as: UUID?.self)].compactMap { $0 }
        if !staffOnly { people += try await clientUsers(try row.decode(column: "client_id", as: UUID.self), on: db) }
        return Target(kind: .ticket, subject: try row.decode(column: "subject", as: String.self), detail: detail,
                      link: PageRoute.Support.ticket(ticketID), recipients: people)
    }

    static func clientUsers(_ clientID: UUID, on db: any Database) async throws -> [UUID] {
        try await db.sql.raw("""
            SELECT id FROM users WHERE client_id = \(bind: clientID) AND role = \(bind: "client") AND active = \(bind: true)
            """).all(decodingColumn: "id", as: UUID.self)
    }
}
