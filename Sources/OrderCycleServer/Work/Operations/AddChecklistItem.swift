import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a step to the end of a task's checklist.
struct AddChecklistItem: Sendable {
    let taskID: UUID
    let text: String
    let lang: Language

    init(taskID: UUID, text: String?, lang: Language) throws {
        var v = FieldInput(lang)
        let text = v.text("text", text, max: 500)
        self.text = try v.check(text)
        self.taskID = taskID
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        _ = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        let count = try await db.sql.raw("SELECT COUNT(*) AS n FROM task_checklist_items WHERE task_id = \(bind: taskID)").first()?.decode(column: "n", as: Int.self) ?? 0
        guard count < 100 else { throw Problem.field("text", lang.t("the checklist has 100 items already", "в списке уже 100 пунктов")) }
        let last = try await db.sql.raw("SELECT MAX(position) AS p FROM task_checklist_items WHERE task_id = \(bind: taskID)").first()?.decode(column: "p", as: Int?.self) ?? nil
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO task_checklist_items (id, task_id, position, text, done, created_at)
            VALUES (\(bind: id), \(bind: taskID), \(bind: (last ?? 0) + 1), \(bind: text), \(bind: false), \(bind: now))
            """).run()
        try await TaskWrites.touch(taskID, expected: nil, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "task_checklist_items", id: id, action: .create, before: [String: String]?.none,
                                    after: ["task_id": taskID.uuidString, "text": text], at: now)
        return TaskChange(task: try await TaskWrites.reread(taskID, lang: lang, now: now, on: db), change: .checklist)
    }
}
