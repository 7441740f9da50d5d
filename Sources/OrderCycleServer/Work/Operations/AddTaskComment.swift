import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a comment to a task's thread.
struct AddTaskComment: Sendable {
    let taskID: UUID
    let body: String
    let lang: Language

    init(taskID: UUID, body: String?, lang: Language) throws {
        var v = FieldInput(lang)
        let body = v.text("body", body, max: 4_000)
        self.body = try v.check(body)
        self.taskID = taskID
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        _ = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO task_comments (id, task_id, author_id, author_label, body, at)
            VALUES (\(bind: id), \(bind: taskID), \(bind: actor.userID), \(bind: actor.label), \(bind: body), \(bind: now))
            """).run()
        try await TaskWrites.touch(taskID, expected: nil, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "task_comments", id: id, action: .create, before: [String: String]?.none,
                                    after: ["task_id": taskID.uuidString, "body": body], at: now)
        return TaskChange(task: try await TaskWrites.reread(taskID, lang: lang, now: now, on: db), change: .comment)
    }
}
