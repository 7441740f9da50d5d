import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Tasks read in SQL: a task's working state for the operations (`TaskRow`), a task in full
/// (`TaskDTO`), cards for lists and boards, and a person's open and overdue tasks — the gate's
/// reads, each one indexed query (`tasks_open_responsible_idx`).
enum TaskQueries {
    /// What an operation needs to know about a task before it changes it.
    struct TaskRow: Sendable {
        var id: UUID
        var version: Int
        var boardID: UUID
        var teamID: UUID
        var columnID: UUID
        var rank: Double
        var title: String
        var status: TaskStatus
        var responsibleID: UUID
        var creatorID: UUID?
        var deadline: Date
        var clientID: UUID?
        var visibleToClient: Bool

        var isOpen: Bool { status.isOpen }
    }

    static func row(_ id: UUID, on db: any Database) async throws -> TaskRow? {
        guard let r = try await db.sql.raw("""
            SELECT t.id, t.version, t.board_id, b.team_id, t.column_id, t.rank, t.title, t.status, t.responsible_id, t.creator_id,
                   t.deadline, t.client_id, t.visible_to_client
            FROM tasks t JOIN boards b ON b.id = t.board_id WHERE t.id = \(bind: id)
            """).first() else { return nil }
        return TaskRow(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            boardID: try r.decode(column: "board_id", as: UUID.self), teamID: try r.decode(column: "team_id", as: UUID.self),
            columnID: try r.decode(column: "column_id", as: UUID.self), rank: try r.decode(column: "rank", as: Double.self),
            title: try r.decode(column: "title", as: String.self),
            status: TaskStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .todo,
            responsibleID: try r.decode(column: "responsible_id", as: UUID.self), creatorID: try r.decode(column: "creator_id", as: UUID?.self),
            deadline: try r.decode(column: "deadline", as: Date.self), clientID: try r.decode(column: "client_id", as: UUID?.self),
            visibleToClient: try r.decode(column: "visible_to_client", as: Bool.self))
    }

    // MARK: cards

    static let cardColumns = """
        t.id, t.version, t.board_id, t.column_id, t.rank, t.title, t.status, t.priority, t.direction, t.source, t.responsible_id,
        u.display_name AS responsible_name, t.deadline, t.client_id, t.order_id, t.claim_id, t.visible_to_client
        """

    /// Read column by column: boards list hundreds of cards on every view.
    static func card(_ r: any SQLRow, now: Date) throws -> TaskCardDTO {
        let status = try r.decode(column: "status", as: String.self)
        let deadline = try r.decode(column: "deadline", as: Date.self)
        return TaskCardDTO(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            board_id: try r.decode(column: "board_id", as: UUID.self), column_id: try r.decode(column: "column_id", as: UUID.self),
            rank: try r.decode(column: "rank", as: Double.self), title: try r.decode(column: "title", as: String.self),
            status: status, priority: try r.decode(column: "priority", as: String.self),
            direction: try r.decode(column: "direction", as: String.self), source: try r.decode(column: "source", as: String.self),
            responsible_id: try r.decode(column: "responsible_id", as: UUID.self),
            responsible_name: try r.decode(column: "responsible_name", as: String.self),
            deadline: deadline, overdue: status != TaskStatus.done.rawValue && now > deadline,
            client_id: try r.decode(column: "client_id", as: UUID?.self), order_id: try r.decode(column: "order_id", as: UUID?.self),
            claim_id: try r.decode(column: "claim_id", as: UUID?.self), visible_to_client: try r.decode(column: "visible_to_client", as: Bool.self))
    }

    /// Which tasks a list shows.
    struct ListFilter: Sendable {
        var responsibleID: UUID?
        var boardID: UUID?
        var clientID: UUID?
        var status: TaskStatus?
        /// Only open tasks (not done).
        var openOnly = false
        /// Only tasks past their deadline in force (open ones).
        var overdueOnly = false
    }

    /// Tasks newest first, keyset-paged, as far as `actor` may see them: everything for an
    /// administrator or analyst; for other staff, their teams' boards and the tasks they are
    /// responsible for, work on or created; for a client, its own tasks marked visible to it.
    static func list(visibleTo actor: Principal, filter: ListFilter, page: PageRequest, now: Date, on db: any Database) async throws -> Page<TaskCardDTO> {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: cardColumns), t.created_at FROM tasks t JOIN users u ON u.id = t.responsible_id WHERE 1 = 1"
        sql = sql + WorkAccess.taskVisibility(actor, alias: "t")
        if let id = filter.responsibleID { sql = sql + " AND t.responsible_id = \(bind: id)" }
        if let id = filter.boardID { sql = sql + " AND t.board_id = \(bind: id)" }
        if let id = filter.clientID { sql = sql + " AND t.client_id = \(bind: id)" }
        if let status = filter.status { sql = sql + " AND t.status = \(bind: status.rawValue)" }
        if filter.openOnly || filter.overdueOnly { sql = sql + " AND t.status <> 'done'" }
        if filter.overdueOnly { sql = sql + " AND t.deadline < \(bind: now)" }
        if let after = page.after, let moment = after.moment {
            sql = sql + " AND (t.created_at < \(bind: moment) OR (t.created_at = \(bind: moment) AND t.id < \(bind: after.id)))"
        }
        sql = sql + " ORDER BY t.created_at DESC, t.id DESC LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(sql).all()
        var items: [TaskCardDTO] = []
        var last: Date?
        for r in rows.prefix(page.limit) {
            items.append(try card(r, now: now))
            last = try r.decode(column: "created_at", as: Date.self)
        }
        let next = rows.count > page.limit ? items.last.flatMap { item in last.map { Cursor(moment: $0, id: item.id).encoded } } : nil
        return Page(items: items, next_cursor: next)
    }

    // MARK: the gate's reads

    /// A person's overdue open tasks other than `besides`, most overdue first (at most 100):
    /// a range of `tasks_open_responsible_idx`, whatever the size of the table.
    static func overdue(of userID: UUID, besides taskID: UUID?, at now: Date, on db: any Database) async throws -> [Problem.BlockingItem] {
        var sql: SQLQueryString = """
            SELECT t.id, t.title, t.deadline FROM tasks t
            WHERE t.responsible_id = \(bind: userID) AND t.status <> 'done' AND t.deadline < \(bind: now)
            """
        if let taskID { sql = sql + " AND t.id <> \(bind: taskID)" }
        sql = sql + " ORDER BY t.deadline, t.id LIMIT 100"
        return try await db.sql.raw(sql).all().map {
            Problem.BlockingItem(id: try $0.decode(column: "id", as: UUID.self), title: try $0.decode(column: "title", as: String.self),
                                 deadline: try $0.decode(column: "deadline", as: Date.self))
        }
    }

    /// A person's open tasks by deadline, soonest first (at most `limit`): "my tasks" and the gate's view of a person.
    static func openTasks(of userID: UUID, limit: Int = 500, now: Date, on db: any Database) async throws -> [TaskCardDTO] {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: cardColumns) FROM tasks t JOIN users u ON u.id = t.responsible_id
            WHERE t.responsible_id = \(bind: userID) AND t.status <> 'done'
            ORDER BY t.deadline, t.id LIMIT \(literal: limit)
            """).all().map { try card($0, now: now) }
    }

    /// A person's tasks in progress other than `besides` (their own WIP), at most 100.
    static func inProgress(of userID: UUID, besides taskID: UUID?, on db: any Database) async throws -> [Problem.BlockingItem] {
        var sql: SQLQueryString = """
            SELECT t.id, t.title, t.deadline FROM tasks t
            WHERE t.responsible_id = \(bind: userID) AND t.status <> 'done' AND t.status = 'in_progress'
            """
        if let taskID { sql = sql + " AND t.id <> \(bind: taskID)" }
        sql = sql + " ORDER BY t.deadline, t.id LIMIT 100"
        return try await db.sql.raw(sql).all().map {
            Problem.BlockingItem(id: try $0.decode(column: "id", as: UUID.self), title: try $0.decode(column: "title", as: String.self),
                                 deadline: try $0.decode(column: "deadline", as: Date.self))
        }
    }

    // MARK: one task in full

    /// The task with its checklist, comments and renegotiations; a client reads no comments
    /// (they are the staff's working thread).
    static func detail(_ id: UUID, lang: Language, forClient: Bool = false, now: Date, on db: any Database) async throws -> TaskDTO? {
        guard let r = try await db.sql.raw("""
            SELECT \(unsafeRaw: cardColumns), t.description, t.creator_id, t.deadline_original, t.call_id, t.created_at, t.updated_at, t.done_at,
                   b.name AS board_name, c.name_en AS column_name_en, c.name_ru AS column_name_ru
            FROM tasks t JOIN users u ON u.id = t.responsible_id JOIN boards b ON b.id = t.board_id JOIN board_columns c ON c.id = t.column_id
            WHERE t.id = \(bind: id)
            """).first() else { return nil }
        let card = try Self.card(r, now: now)
        let coworkers = try await db.sql.raw("SELECT user_id FROM task_coworkers WHERE task_id = \(bind: id) ORDER BY user_id").all()
            .map { try $0.decode(column: "user_id", as: UUID.self) }
        let checklist = try await db.sql.raw("""
            SELECT id, position, text, done, done_at FROM task_checklist_items WHERE task_id = \(bind: id) ORDER BY position, id
            """).all().map {
            ChecklistItemDTO(id: try $0.decode(column: "id", as: UUID.self), position: try $0.decode(column: "position", as: Int.self),
                             text: try $0.decode(column: "text", as: String.self), done: try $0.decode(column: "done", as: Bool.self),
                             done_at: try $0.decode(column: "done_at", as: Date?.self))
        }
        var comments: [TaskCommentDTO] = []
        if !forClient { comments = try await db.sql.raw("""
            SELECT id, author_id, author_label, body, at FROM task_comments WHERE task_id = \(bind: id) ORDER BY at, id
            """).all().map {
            TaskCommentDTO(id: try $0.decode(column: "id", as: UUID.self), author_id: try $0.decode(column: "author_id", as: UUID?.self),
                           author: try $0.decode(column: "author_label", as: String.self), body: try $0.decode(column: "body", as: String.self),
                           at: try $0.decode(column: "at", as: Date.self))
        } }
        let renegotiations = try await db.sql.raw("""
            SELECT id, previous_deadline, new_deadline, reason, agreed_by, recorded_by, at FROM task_deadline_renegotiations
            WHERE task_id = \(bind: id) ORDER BY at, id
            """).all().map {
            DeadlineRenegotiationDTO(id: try $0.decode(column: "id", as: UUID.self),
                                     previous_deadline: try $0.decode(column: "previous_deadline", as: Date.self),
                                     new_deadline: try $0.decode(column: "new_deadline", as: Date.self),
                                     reason: try $0.decode(column: "reason", as: String.self), agreed_by: try $0.decode(column: "agreed_by", as: String.self),
                                     recorded_by_id: try forClient ? nil : $0.decode(column: "recorded_by", as: UUID?.self),
                                     at: try $0.decode(column: "at", as: Date.self))
        }
        let creator = try r.decode(column: "creator_id", as: UUID?.self)
        return TaskDTO(
            id: card.id, version: card.version, board_id: card.board_id, board_name: try r.decode(column: "board_name", as: String.self),
            column_id: card.column_id,
            column_name: try r.decode(column: lang == .ru ? "column_name_ru" : "column_name_en", as: String.self),
            rank: card.rank, title: card.title, description: try r.decode(column: "description", as: String?.self),
            status: card.status, priority: card.priority, direction: card.direction, source: card.source,
            responsible_id: card.responsible_id, responsible_name: card.responsible_name,
            creator_id: forClient ? nil : creator, coworker_ids: forClient ? [] : coworkers,
            deadline: card.deadline, deadline_original: try r.decode(column: "deadline_original", as: Date.self), overdue: card.overdue,
            client_id: card.client_id, order_id: card.order_id, claim_id: card.claim_id, call_id: try r.decode(column: "call_id", as: UUID?.self),
            visible_to_client: card.visible_to_client, created_at: try r.decode(column: "created_at", as: Date.self),
            updated_at: try r.decode(column: "updated_at", as: Date.self), done_at: try r.decode(column: "done_at", as: Date?.self),
            checklist: checklist, comments: comments, renegotiations: renegotiations, warnings: nil)
    }
}
