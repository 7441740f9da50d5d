import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves a task to a column of its board (a drag on the board, or its keyboard and form
/// alternatives), before another card or at the column's end. The task takes the column's
/// status; a strict WIP limit refuses, a soft one lets it in with a warning. Moving into an
/// "in progress" column starts the work, so the responsible person passes the overdue gate as
/// on a pull; moving into a "done" column completes the task.
struct MoveTask: Sendable {
    let taskID: UUID
    let columnID: UUID
    let beforeTaskID: UUID?
    let expectedVersion: Int?
    let lang: Language

    init(taskID: UUID, columnID: UUID?, beforeTaskID: UUID? = nil, expectedVersion: Int? = nil, lang: Language) throws {
        var v = FieldInput(lang)
        if columnID == nil { v.required("column_id") }
        self.columnID = try v.check(columnID)
        self.taskID = taskID
        self.beforeTaskID = beforeTaskID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        let task = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        guard let column = try await BoardQueries.column(columnID, on: db), column.boardID == task.boardID else {
            throw Problem.field("column_id", lang.t("is not a column of this task's board", "не является колонкой доски этой задачи"))
        }
        try TaskWrites.checkTransition(from: task.status, to: column.status, lang: lang)
        let before = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        var warnings: [WorkWarningDTO] = []
        if column.id != task.columnID {
            let starts = column.status == .inProgress && task.status != .inProgress
            warnings = try await WorkGate.checkTaking(
                task, into: column, employee: task.responsibleID, personTakesOn: starts, checkOverdue: starts,
                action: .move, actor: actor, lang: lang, now: now, on: db)
        }
        let rank = try await TaskWrites.rank(before: beforeTaskID, in: column.id, moving: taskID, on: db)
        let doneAt: Date? = column.status == .done ? (task.status == .done ? nil : now) : nil
        var update: SQLQueryString = "UPDATE tasks SET column_id = \(bind: column.id), rank = \(bind: rank), status = \(bind: column.status.rawValue)"
        if let doneAt { update = update + ", done_at = \(bind: doneAt)" }
        try await db.sql.raw(update + " WHERE id = \(bind: taskID)").run()
        try await TaskWrites.touch(taskID, expected: expectedVersion, now: now, on: db)
        var after = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        try await TaskWrites.audit(actor, .transition, before: before, after: after, now: now, on: db)
        if !warnings.isEmpty { after.warnings = warnings }
        return TaskChange(task: after, change: column.status == .done && task.status != .done ? .completed : .moved)
    }
}
