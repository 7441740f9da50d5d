import Foundation
import OrderCycleCore
import Vapor

/// The client's cabinet's view of the work about it (issue: "a client sees only the tasks
/// about it that staff marked visible to the client"): read only, the newest first, each a link
/// to the task's page, which a client reads without the staff's comments. The list is
/// `TaskQueries.list` under `WorkAccess.taskVisibility`, so another client's tasks never appear.
enum CabinetTasksSection {
    static let limit = 20

    static func html(_ req: Request) async throws -> HTML {
        let actor = try req.actor
        guard actor.role == .client else { return "" }
        let lang = req.language
        let clock = PageMoments(req)
        let now = req.clock.now()
        let page = try await TaskQueries.list(visibleTo: actor, filter: TaskQueries.ListFilter(), page: PageRequest(limit: limit), now: now, on: req.db)
        guard !page.items.isEmpty else { return "" }
        let rows = page.items.map { t -> HTML in
            """
            <tr data-task-id="\(t.id)"><td><a href="\(PageRoute.Work.task(t.id))">\(BilingualText.reading(t.title, in: lang))</a></td><td>\(WorkPageParts.status(t.status, lang: lang))</td>
            <td class="nowrap">\(clock.show(t.deadline)) \(WorkPageParts.overdue(t.overdue, lang: lang))</td></tr>
            """
        }.joined
        return """
        <h2>\(lang.t("Work on your requests", "Работа по вашим обращениям"))</h2>
        <div class="table-wrap"><table id="cabinet-tasks"><thead><tr><th>\(lang.t("Task", "Задача"))</th><th>\(lang.t("Status", "Статус"))</th>
        <th>\(lang.t("Deadline", "Срок"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}
