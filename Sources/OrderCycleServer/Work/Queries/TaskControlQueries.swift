import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The control reads (DOMAIN §2.2: "no deadline is missed"): a person's own open tasks, a
/// team's overdue ones, the week's deadlines, and per person over a period how much was done,
/// how much of it on time, how late the rest, and how often the overdue gate stopped them.
///
/// Every figure is counted in SQL: the people's figures are one grouped statement whatever the
/// team's size, reading `tasks_done_deadline_idx` alone (finished tasks by person and moment, with the deadline),
/// `tasks_open_responsible_idx` (open tasks by person) and `task_gate_refusals_employee_idx`;
/// the lists read `tasks_open_board_idx` and `tasks_open_responsible_idx` in deadline order.
enum TaskControlQueries {
    /// Whose work a control read covers: the teams (as a subquery of team ids) and, optionally, one person of them.
    struct Scope: Sendable {
        /// `SELECT … team ids …`, to be used as `IN (teams)`.
        var teams: SQLQueryString
        var person: UUID?

        /// One team.
        static func team(_ id: UUID, person: UUID? = nil) -> Scope {
            Scope(teams: "SELECT id FROM teams WHERE id = \(bind: id)", person: person)
        }

        /// Every team the user is a member of.
        static func teamsOf(_ userID: UUID, person: UUID? = nil) -> Scope {
            Scope(teams: "SELECT team_id FROM team_members WHERE user_id = \(bind: userID)", person: person)
        }

        /// Every team (administrators and analysts).
        static func allTeams(person: UUID? = nil) -> Scope {
            Scope(teams: "SELECT id FROM teams", person: person)
        }

        /// The people counted: members of the teams, or the one person asked for among them.
        var people: SQLQueryString {
            var sql: SQLQueryString = "SELECT user_id FROM team_members WHERE team_id IN (\(teams))"
            if let person { sql = sql + " AND user_id = \(bind: person)" }
            return sql
        }

        var boards: SQLQueryString { "SELECT id FROM boards WHERE team_id IN (\(teams))" }
    }

    /// One person's figures over a period. Counts are whole numbers; a share or a mean is nil
    /// when nothing was measured (no task finished, none finished late), never 0.
    struct PersonFigures: Sendable, Equatable {
        var userID: UUID
        var name: String
        var done: Int
        var doneOnTime: Int
        var lateCount: Int
        var lateSeconds: Double
        var blocked: Int
        var open: Int
        var overdue: Int

        var onTimeShare: Double? { done == 0 ? nil : Double(doneOnTime) / Double(done) }
        /// The mean time past the deadline of the tasks finished late, in hours.
        var meanLatenessHours: Double? { lateCount == 0 ? nil : lateSeconds / Double(lateCount) / 3600 }
    }

    /// Seconds from `a` to `b` (two stored moments): SQLite keeps moments as seconds since 1970.
    static func seconds(from a: String, to b: String, on db: any Database) -> String {
        db.isPostgres ? "EXTRACT(EPOCH FROM (\(b) - \(a)))" : "(\(b) - \(a))"
    }

    /// The figures of every person in `scope`, tasks finished and gate refusals in `[from, to)`,
    /// open and overdue tasks as at `now`; by name.
    static func figures(_ scope: Scope, from: Date, to: Date, now: Date, on db: any Database) async throws -> [PersonFigures] {
        let late = seconds(from: "deadline", to: "done_at", on: db)
        let rows = try await db.sql.raw("""
            SELECT u.id, u.display_name,
                   COALESCE(d.done, 0) AS done, COALESCE(d.on_time, 0) AS on_time, COALESCE(d.late_count, 0) AS late_count,
                   COALESCE(d.late_seconds, 0) AS late_seconds, COALESCE(r.blocked, 0) AS blocked,
                   COALESCE(o.open_count, 0) AS open_count, COALESCE(o.overdue, 0) AS overdue
            FROM users u
            LEFT JOIN (SELECT responsible_id AS uid, COUNT(*) AS done,
                              SUM(CASE WHEN done_at <= deadline THEN 1 ELSE 0 END) AS on_time,
                              SUM(CASE WHEN done_at > deadline THEN 1 ELSE 0 END) AS late_count,
                              CAST(SUM(CASE WHEN done_at > deadline THEN \(unsafeRaw: late) ELSE 0 END) AS DOUBLE PRECISION) AS late_seconds
                       FROM tasks WHERE responsible_id IN (\(scope.people)) AND done_at IS NOT NULL
                            AND done_at >= \(bind: from) AND done_at < \(bind: to)
                       GROUP BY responsible_id) d ON d.uid = u.id
            LEFT JOIN (SELECT employee_id AS uid, COUNT(*) AS blocked FROM task_gate_refusals
                       WHERE employee_id IN (\(scope.people)) AND at >= \(bind: from) AND at < \(bind: to)
                       GROUP BY employee_id) r ON r.uid = u.id
            LEFT JOIN (SELECT responsible_id AS uid, COUNT(*) AS open_count, SUM(CASE WHEN deadline < \(bind: now) THEN 1 ELSE 0 END) AS overdue
                       FROM tasks WHERE responsible_id IN (\(scope.people)) AND status <> 'done'
                       GROUP BY responsible_id) o ON o.uid = u.id
            WHERE u.id IN (\(scope.people))
            ORDER BY u.display_name, u.id
            """).all()
        return try rows.map { r in
            PersonFigures(
                userID: try r.decode(column: "id", as: UUID.self), name: try r.decode(column: "display_name", as: String.self),
                done: try r.decode(column: "done", as: Int.self), doneOnTime: try r.decode(column: "on_time", as: Int.self),
                lateCount: try r.decode(column: "late_count", as: Int.self), lateSeconds: try r.decode(column: "late_seconds", as: Double.self),
                blocked: try r.decode(column: "blocked", as: Int.self), open: try r.decode(column: "open_count", as: Int.self),
                overdue: try r.decode(column: "overdue", as: Int.self))
        }
    }

    /// The user's open tasks, soonest deadline first.
    static func myTasks(_ userID: UUID, now: Date, limit: Int, on db: any Database) async throws -> [TaskCardDTO] {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: TaskQueries.cardColumns) FROM tasks t JOIN users u ON u.id = t.responsible_id
            WHERE t.responsible_id = \(bind: userID) AND t.status <> 'done'
            ORDER BY t.deadline, t.id LIMIT \(literal: limit)
            """).all().map { try TaskQueries.card($0, now: now) }
    }

    /// Open tasks on the scope's boards (of its person, if one) with a deadline in `[from, to)`, soonest first.
    static func openTasks(_ scope: Scope, deadlineFrom from: Date?, to: Date, now: Date, limit: Int, on db: any Database) async throws -> [TaskCardDTO] {
        var sql: SQLQueryString = """
            SELECT \(unsafeRaw: TaskQueries.cardColumns) FROM tasks t JOIN users u ON u.id = t.responsible_id
            WHERE t.board_id IN (\(scope.boards)) AND t.status <> 'done' AND t.deadline < \(bind: to)
            """
        if let from { sql = sql + " AND t.deadline >= \(bind: from)" }
        if let person = scope.person { sql = sql + " AND t.responsible_id = \(bind: person)" }
        sql = sql + " ORDER BY t.deadline, t.id LIMIT \(literal: limit)"
        return try await db.sql.raw(sql).all().map { try TaskQueries.card($0, now: now) }
    }

    /// A team the reader may pick.
    struct TeamOption: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    /// The teams in `scope`, by name.
    static func teams(_ scope: Scope, on db: any Database) async throws -> [TeamOption] {
        try await db.sql.raw("SELECT id, name FROM teams WHERE id IN (\(scope.teams)) ORDER BY name, id").all().map {
            TeamOption(id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self))
        }
    }

    /// Whether `person` is a member of a team in `scope`.
    static func includes(_ person: UUID, in scope: Scope, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS x FROM team_members WHERE team_id IN (\(scope.teams)) AND user_id = \(bind: person)").first() != nil
    }

    /// A reminder the user was sent and whose task is still open.
    struct Reminder: Sendable, Equatable {
        var taskID: UUID
        var title: String
        var deadline: Date
        var at: Date
    }

    /// The user's reminders of the last day for tasks still open, newest first.
    static func reminders(of userID: UUID, since: Date, on db: any Database) async throws -> [Reminder] {
        try await db.sql.raw("""
            SELECT r.task_id, t.title, t.deadline, r.at FROM task_reminders r JOIN tasks t ON t.id = r.task_id
            WHERE r.user_id = \(bind: userID) AND r.at >= \(bind: since) AND t.status <> 'done'
            ORDER BY r.at DESC, r.task_id LIMIT 20
            """).all().map {
            Reminder(taskID: try $0.decode(column: "task_id", as: UUID.self), title: try $0.decode(column: "title", as: String.self),
                     deadline: try $0.decode(column: "deadline", as: Date.self), at: try $0.decode(column: "at", as: Date.self))
        }
    }
}
