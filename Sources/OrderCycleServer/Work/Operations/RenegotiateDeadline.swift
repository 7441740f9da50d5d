import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves an open task's deadline with a recorded reason and who agreed (DOMAIN §2.2: "no
/// agreement is forgotten"). It is the one way besides finishing the task to lift the overdue
/// block, so the reason is required and the old deadline is kept.
struct RenegotiateDeadline: Sendable {
    let taskID: UUID
    let deadline: Date
    let reason: String
    let agreedBy: String?
    let expectedVersion: Int?
    let lang: Language

    init(taskID: UUID, deadline: String?, reason: String?, agreedBy: String?, expectedVersion: Int? = nil, lang: Language) throws {
        var v = FieldInput(lang)
        let deadline = v.moment("deadline", deadline)
        let reason = v.text("reason", reason, max: 500)
        let agreedBy = v.text("agreed_by", agreedBy, required: false, max: 200)
        (self.deadline, self.reason) = try v.check(deadline, reason)
        self.agreedBy = agreedBy
        self.taskID = taskID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        let task = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        guard task.isOpen else {
            throw Problem(.conflict, detail: lang.t("A done task's deadline stays as it was met or missed.", "Срок выполненной задачи не переносится."))
        }
        let moved: TaskDeadline
        do {
            moved = try TaskDeadline(task.deadline).renegotiated(to: deadline, reason: reason, at: now)
        } catch {
            throw Problem.field(error == .reasonMissing ? "reason" : "deadline", error.message(lang))
        }
        let before = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        try await db.sql.raw("""
            INSERT INTO task_deadline_renegotiations (id, task_id, previous_deadline, new_deadline, reason, agreed_by, recorded_by, at)
            VALUES (\(bind: UUID()), \(bind: taskID), \(bind: task.deadline), \(bind: moved.current), \(bind: reason), \(bind: agreedBy ?? actor.label),
                    \(bind: actor.userID), \(bind: now))
            """).run()
        try await db.sql.raw("UPDATE tasks SET deadline = \(bind: moved.current) WHERE id = \(bind: taskID)").run()
        try await TaskWrites.touch(taskID, expected: expectedVersion, now: now, on: db)
        let after = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: TaskWrites.table, id: taskID, action: .update,
                                    before: TaskWrites.Snapshot(before), after: TaskWrites.Snapshot(after), at: now)
        return TaskChange(task: after, change: .deadline)
    }
}
