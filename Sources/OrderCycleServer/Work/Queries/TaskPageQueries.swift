import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What the work pages read besides the tasks and boards themselves: a person's own tasks
/// with the page's filters, the people a task may be given to, the clients and orders it may
/// be about, and the names the task page prints beside ids.
enum TaskPageQueries {
    /// Which of a person's tasks the "my tasks" page lists.
    struct MyFilter: Sendable, Equatable {
        var status: TaskStatus?
        /// Only open tasks (not done).
        var open = false
        /// Open tasks past their deadline.
        var overdue = false
        /// Open tasks due in `[from, to)`: the company's current week.
        var due: Range<Date>?
    }

    /// The most a page lists at once; the list says so when there are more.
    static let listLimit = 200

    /// The tasks `userID` is responsible for or works on as a co-worker: open ones first,
    /// soonest deadline first, then done ones. Returns one more than `limit` when there are more.
    static func myTasks(of userID: UUID, filter: MyFilter, limit: Int = listLimit, now: Date, on db: any Database) async throws -> [TaskCardDTO] {
        var sql: SQLQueryString = """
            SELECT \(unsafeRaw: TaskQueries.cardColumns) FROM tasks t JOIN users u ON u.id = t.responsible_id
            WHERE (t.responsible_id = \(bind: userID)
                   OR EXISTS (SELECT 1 FROM task_coworkers w WHERE w.task_id = t.id AND w.user_id = \(bind: userID)))
            """
        if let status = filter.status { sql = sql + " AND t.status = \(bind: status.rawValue)" }
        if filter.open || filter.overdue || filter.due != nil { sql = sql + " AND t.status <> 'done'" }
        if filter.overdue { sql = sql + " AND t.deadline < \(bind: now)" }
        if let due = filter.due { sql = sql + " AND t.deadline >= \(bind: due.lowerBound) AND t.deadline < \(bind: due.upperBound)" }
        sql = sql + " ORDER BY CASE WHEN t.status = 'done' THEN 1 ELSE 0 END, t.deadline, t.id LIMIT \(literal: limit + 1)"
        return try await db.sql.raw(sql).all().map { try TaskQueries.card($0, now: now) }
    }

    /// A person a task may be given to.
    struct Person: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    /// The active staff `actor` may give work to: everyone for an administrator, else the
    /// people of the actor's teams and the actor; by name.
    static func assignees(for actor: Principal, on db: any Database) async throws -> [Person] {
        let staff = Role.staff.map(\.rawValue)
        var sql: SQLQueryString = "SELECT u.id, u.display_name FROM users u WHERE u.active = \(bind: true) AND u.role IN (\(binds: staff))"
        if actor.role != .admin {
            let me = actor.userID ?? UUID()
            sql = sql + """
                 AND (u.id = \(bind: me) OR u.id IN (SELECT o.user_id FROM team_members o JOIN team_members m ON m.team_id = o.team_id
                                                     WHERE m.user_id = \(bind: me)))
                """
        }
        sql = sql + " ORDER BY u.display_name, u.id LIMIT 500"
        return try await db.sql.raw(sql).all().map {
            Person(id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "display_name", as: String.self))
        }
    }

    /// A client a task may be about.
    struct ClientOption: Sendable, Equatable {
        var id: UUID
        var name: String
        var code: String
    }

    /// Active clients by name, for the new task's client list (at most 500).
    static func clients(on db: any Database) async throws -> [ClientOption] {
        try await db.sql.raw("SELECT id, name, code FROM clients WHERE active = \(bind: true) ORDER BY search_name, id LIMIT 500").all().map {
            ClientOption(id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self),
                         code: try $0.decode(column: "code", as: String.self))
        }
    }

    /// The order with this number, as people write it on a form.
    static func order(number: String, on db: any Database) async throws -> UUID? {
        try await db.sql.raw("SELECT id FROM orders WHERE number = \(bind: number)").first()?.decode(column: "id", as: UUID.self)
    }

    static func orderNumber(_ id: UUID, on db: any Database) async throws -> String? {
        try await db.sql.raw("SELECT number FROM orders WHERE id = \(bind: id)").first()?.decode(column: "number", as: String.self)
    }

    static func clientName(_ id: UUID, on db: any Database) async throws -> String? {
        try await db.sql.raw("SELECT name FROM clients WHERE id = \(bind: id)").first()?.decode(column: "name", as: String.self)
    }

    /// People's names by id (for co-workers and who recorded a new deadline).
    static func names(of ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.sql.raw("SELECT id, display_name FROM users WHERE id IN (\(binds: Array(Set(ids))))").all()
        var names: [UUID: String] = [:]
        for r in rows { names[try r.decode(column: "id", as: UUID.self)] = try r.decode(column: "display_name", as: String.self) }
        return names
    }
}
