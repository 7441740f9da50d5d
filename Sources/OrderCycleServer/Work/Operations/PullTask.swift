import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The actor takes a task into the board's first "in progress" column and becomes responsible
/// for it — the pull the overdue gate guards (DOMAIN §2.2): refused with the actor's overdue
/// tasks listed, or when the column or the actor is at the work-in-progress limit.
struct PullTask: Sendable {
    let taskID: UUID
    let lang: Language

    init(taskID: UUID, lang: Language) {
        self.taskID = taskID
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        let task = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        guard let me = actor.userID else { throw Problem(.forbidden) }
        try TaskWrites.checkTransition(from: task.status, to: .inProgress, lang: lang)
        let before = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        // Being worked on by the actor already: nothing to take.
        if task.status == .inProgress, task.responsibleID == me { return TaskChange(task: before, change: .pulled) }
        // Someone else's task in progress is taken over where it stands; any other lands in the first "in progress" column.
        let found: BoardQueries.ColumnRow?
        if task.status == .inProgress {
            found = try await BoardQueries.column(task.columnID, on: db)
        } else {
            found = try await BoardQueries.firstColumn(of: task.boardID, status: .inProgress, on: db)
        }
        guard let target = found else {
            throw Problem(.conflict, detail: lang.t("This board has no “in progress” column to pull into.", "На этой доске нет колонки «В работе»."))
        }
        let warnings = try await WorkGate.checkTaking(
            task, into: task.columnID == target.id ? nil : target, employee: me, personTakesOn: true, checkOverdue: true,
            action: .pull, actor: actor, lang: lang, now: now, on: db)
        var rank = task.rank
        if task.columnID != target.id { rank = try await TaskWrites.endRank(of: target.id, on: db) }
        try await db.sql.raw("""
            UPDATE tasks SET column_id = \(bind: target.id), rank = \(bind: rank), status = \(bind: TaskStatus.inProgress.rawValue),
                             responsible_id = \(bind: me) WHERE id = \(bind: taskID)
            """).run()
        try await TaskWrites.touch(taskID, expected: nil, now: now, on: db)
        var after = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        try await TaskWrites.audit(actor, .transition, before: before, after: after, now: now, on: db)
        if !warnings.isEmpty { after.warnings = warnings }
        return TaskChange(task: after, change: .pulled)
    }
}
