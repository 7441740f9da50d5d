import Fluent
import Foundation
import OrderCycleCore

/// Marks a task done: it moves to its board's first "done" column, which stamps when it was
/// done — what the control figures (done, done on time) count.
struct CompleteTask: Sendable {
    let taskID: UUID
    let lang: Language

    init(taskID: UUID, lang: Language) {
        self.taskID = taskID
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        let task = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        try TaskWrites.checkTransition(from: task.status, to: .done, lang: lang)
        if task.status == .done { return TaskChange(task: try await TaskWrites.reread(taskID, lang: lang, now: now, on: db), change: .completed) }
        guard let done = try await BoardQueries.firstColumn(of: task.boardID, status: .done, on: db) else {
            throw Problem(.conflict, detail: lang.t("This board has no “done” column.", "На этой доске нет колонки «Выполнено»."))
        }
        return try await MoveTask(taskID: taskID, columnID: done.id, lang: lang).run(by: actor, now: now, on: db)
    }
}
