import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The overdue gate at the database: it locks what a decision depends on, reads the inputs
/// with the indexed queries, asks the core (`OverdueGate`) and spends a supervisor's override
/// when that is what lets the work through.
///
/// Two pulls racing for a column's last WIP slot: on PostgreSQL each locks the column's row
/// (and the person's, for the person limit) inside its write before counting, so the second
/// counts after the first has committed and is refused; on SQLite every write transaction holds
/// the database's one write lock from its start (`Database.write`), which serialises them alike.
enum WorkGate {
    enum Action: String, Sendable { case pull, assignment, move }

    /// A refusal on its way out: the problem to answer, and what to record as a "time blocked"
    /// once the refused transaction has rolled back.
    struct Refused: Error, Sendable {
        var problem: Problem
        var employeeID: UUID
        var actorID: UUID?
        var taskID: UUID?
        var action: Action
        var code: String
    }

    /// Locks rows on PostgreSQL until the transaction ends (`FOR NO KEY UPDATE` does not stop
    /// other rows referring to them). Column first, then person, everywhere, so no two gates deadlock.
    static func lock(column: UUID?, person: UUID?, on db: any Database) async throws {
        guard db.isPostgres else { return }
        if let column { try await db.sql.raw("SELECT id FROM board_columns WHERE id = \(bind: column) FOR NO KEY UPDATE").run() }
        if let person { try await db.sql.raw("SELECT id FROM users WHERE id = \(bind: person) FOR NO KEY UPDATE").run() }
    }

    /// The smallest WIP limit of the person's team memberships, if any.
    static func personLimit(_ userID: UUID, on db: any Database) async throws -> Int? {
        try await db.sql.raw("SELECT MIN(wip_limit) AS n FROM team_members WHERE user_id = \(bind: userID)").first()?
            .decode(column: "n", as: Int?.self)
    }

    static func personLoad(_ userID: UUID, besides taskID: UUID?, on db: any Database) async throws -> (PersonLoad, [Problem.BlockingItem])? {
        guard let limit = try await personLimit(userID, on: db) else { return nil }
        let current = try await TaskQueries.inProgress(of: userID, besides: taskID, on: db)
        return (PersonLoad(inProgress: current.count, wipLimit: limit), current)
    }

    /// The oldest unused override for the employee.
    static func availableOverride(for userID: UUID, on db: any Database) async throws -> UUID? {
        try await db.sql.raw("""
            SELECT id FROM task_gate_overrides WHERE employee_id = \(bind: userID) AND used_at IS NULL ORDER BY created_at, id LIMIT 1
            """).first()?.decode(column: "id", as: UUID.self)
    }

    /// Checks that `employee` may take `task` (a pull, or a move into an in-progress column)
    /// into `column`; returns the warnings it went through with (a soft column limit).
    /// `personTakesOn` is false when the task is in progress for them already.
    static func checkTaking(
        _ task: TaskQueries.TaskRow, into column: BoardQueries.ColumnRow?, employee: UUID, personTakesOn: Bool, checkOverdue: Bool,
        action: Action, actor: Principal, lang: Language, now: Date, on db: any Database
    ) async throws -> [WorkWarningDTO] {
        try await lock(column: column?.id, person: personTakesOn ? employee : nil, on: db)
        let overdueItems = try await checkOverdue ? TaskQueries.overdue(of: employee, besides: task.id, at: now, on: db) : []
        var occupancy = ColumnOccupancy(column: task.columnID, taskCount: 0, wipLimit: nil)
        if let c = column {
            occupancy = ColumnOccupancy(column: c.id, taskCount: try await BoardQueries.count(in: c.id, besides: task.id, on: db), wipLimit: c.wipLimit, strict: c.wipStrict)
        }
        let person = try await personTakesOn ? personLoad(employee, besides: task.id, on: db) : nil
        let tasks = overdueItems.map { WorkTask(id: $0.id, status: .inProgress, deadline: TaskDeadline($0.deadline ?? now)) }
        var decision = OverdueGate.decide(pulling: task.id, into: occupancy, responsibleFor: tasks, person: person?.0, overridden: false, at: now)
        if case .refuse(.overdueTasks) = decision, let override = try await availableOverride(for: employee, on: db) {
            decision = OverdueGate.decide(pulling: task.id, into: occupancy, responsibleFor: tasks, person: person?.0, overridden: true, at: now)
            if decision.isAllowed { try await spend(override, on: task.id, for: action, actor: actor, now: now, on: db) }
        }
        if case .refuse(let refusal) = decision {
            var blocking: [Problem.BlockingItem]
            switch refusal {
            case .overdueTasks: blocking = overdueItems
            case .columnFull(_, let limit): blocking = try await BoardQueries.occupants(of: occupancy.column, limit: limit, on: db)
            case .personFull: blocking = person?.1 ?? []
            }
            let message = try await employee == actor.userID ? refusal.message(lang) : refusal.assignmentMessage(lang, assignee: name(of: employee, on: db))
            throw refused(refusal.code, message: message, blocking: blocking, employee: employee, task: task.id, action: action, actor: actor)
        }
        if occupancy.isOverSoftLimit, let limit = occupancy.wipLimit {
            return [WorkWarningDTO(code: "column_over_limit", message: lang.t(
                "The column is over its limit of \(limit) task(s) in progress.", "Колонка превысила предел незавершённой работы — \(limit)."))]
        }
        return []
    }

    /// Checks that `task` may be given to `employee` (by creating it for them or changing its
    /// responsible person): refused like a pull when they have overdue work.
    static func checkAssignment(
        _ taskID: UUID?, status: TaskStatus, to employee: UUID, action: Action, actor: Principal, lang: Language, now: Date, on db: any Database
    ) async throws {
        let inProgress = status == .inProgress
        try await lock(column: nil, person: inProgress ? employee : nil, on: db)
        let overdueItems = try await TaskQueries.overdue(of: employee, besides: taskID, at: now, on: db)
        let person = try await inProgress ? personLoad(employee, besides: taskID, on: db) : nil
        let tasks = overdueItems.map { WorkTask(id: $0.id, status: .inProgress, deadline: TaskDeadline($0.deadline ?? now)) }
        let probe = taskID ?? UUID()
        var decision: PullDecision<UUID, UUID> = OverdueGate.decideAssignment(of: probe, toOneResponsibleFor: tasks, person: person?.0, overridden: false, at: now)
        if case .refuse(.overdueTasks) = decision, let override = try await availableOverride(for: employee, on: db) {
            decision = OverdueGate.decideAssignment(of: probe, toOneResponsibleFor: tasks, person: person?.0, overridden: true, at: now)
            if decision.isAllowed { try await spend(override, on: taskID, for: action, actor: actor, now: now, on: db) }
        }
        if case .refuse(let refusal) = decision {
            let blocking = refusal.code == "person_full" ? (person?.1 ?? []) : overdueItems
            let message = try await employee == actor.userID ? refusal.message(lang) : refusal.assignmentMessage(lang, assignee: name(of: employee, on: db))
            throw refused(refusal.code, message: message, blocking: blocking, employee: employee, task: taskID, action: action, actor: actor)
        }
    }

    /// Marks the override used by this task and action, and audits it.
    static func spend(_ override: UUID, on taskID: UUID?, for action: Action, actor: Principal, now: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            UPDATE task_gate_overrides SET used_at = \(bind: now), used_task_id = \(bind: taskID), used_for = \(bind: action.rawValue)
            WHERE id = \(bind: override) AND used_at IS NULL
            """).run()
        try await AuditTrail.record(on: db, actor: actor, entity: "task_gate_overrides", id: override, action: .update, before: [String: String]?.none,
                                    after: ["used_for": action.rawValue, "used_task_id": taskID?.uuidString ?? ""], at: now)
    }

    static func name(of userID: UUID, on db: any Database) async throws -> String {
        try await db.sql.raw("SELECT display_name FROM users WHERE id = \(bind: userID)").first()?.decode(column: "display_name", as: String.self) ?? "—"
    }

    static func refused(_ code: String, message: String, blocking: [Problem.BlockingItem], employee: UUID, task: UUID?, action: Action, actor: Principal) -> Refused {
        var problem = Problem(.conflict, detail: message)
        problem.code = code
        problem.blocking = blocking.map(\.id)
        problem.blocking_tasks = blocking
        return Refused(problem: problem, employeeID: employee, actorID: actor.userID, taskID: task, action: action, code: code)
    }

    /// Records a refusal in its own short write (the refused one rolled back).
    static func record(_ refused: Refused, now: Date, db: any Database, app: Application) async {
        do {
            try await db.write(app) { tx in
                // A task created in the refused transaction does not exist: no reference to it.
                var task: UUID?
                if let id = refused.taskID, try await TaskQueries.row(id, on: tx) != nil { task = id }
                try await tx.sql.raw("""
                    INSERT INTO task_gate_refusals (id, employee_id, actor_id, task_id, action, code, at)
                    VALUES (\(bind: UUID()), \(bind: refused.employeeID), \(bind: refused.actorID), \(bind: task), \(bind: refused.action.rawValue), \(bind: refused.code), \(bind: now))
                    """).run()
            }
        } catch {
            app.logger.warning("gate refusal not recorded", metadata: ["error": "\(error)"])
        }
    }
}

/// Runs work operations the one way both the API and the pages use: in a write transaction;
/// a gate refusal is recorded and answered as its 409 problem; the board event goes out once
/// the change has committed.
enum WorkWrite {
    static func run(_ req: Request, _ body: @escaping @Sendable (any Database) async throws -> TaskChange) async throws -> TaskChange {
        let change = try await recordingRefusals(req) { try await req.write(body) }
        await WorkLive.publish(change.event, app: req.application)
        return change
    }

    /// Records a gate refusal thrown by `body` and rethrows it as its problem.
    static func recordingRefusals<T>(_ req: Request, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let refused as WorkGate.Refused {
            await WorkGate.record(refused, now: req.clock.now(), db: req.db, app: req.application)
            throw refused.problem
        }
    }
}
