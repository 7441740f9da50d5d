import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Ticks a checklist step off, or back on: `done` says which, so sending it twice changes nothing more.
struct ToggleChecklistItem: Sendable {
    let taskID: UUID
    let itemID: UUID
    let done: Bool
    let expectedVersion: Int?
    let lang: Language

    init(taskID: UUID, itemID: UUID, done: Bool?, expectedVersion: Int? = nil, lang: Language) throws {
        var v = FieldInput(lang)
        if done == nil { v.required("done") }
        self.done = try v.check(done)
        self.taskID = taskID
        self.itemID = itemID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        _ = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        guard try await db.sql.raw("SELECT id FROM task_checklist_items WHERE id = \(bind: itemID) AND task_id = \(bind: taskID)").first() != nil else {
            throw Problem(.notFound)
        }
        try await db.sql.raw("""
            UPDATE task_checklist_items SET done = \(bind: done), done_by = \(bind: done ? actor.userID : nil), done_at = \(bind: done ? now : nil)
            WHERE id = \(bind: itemID) AND done <> \(bind: done)
            """).run()
        try await TaskWrites.touch(taskID, expected: expectedVersion, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "task_checklist_items", id: itemID, action: .update, before: [String: String]?.none,
                                    after: ["task_id": taskID.uuidString, "done": String(done)], at: now)
        return TaskChange(task: try await TaskWrites.reread(taskID, lang: lang, now: now, on: db), change: .checklist)
    }
}
