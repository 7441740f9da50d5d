import Foundation
import OrderCycleCore
import Vapor

/// Pieces the work pages share: status and priority badges, the gate's refusal with the
/// tasks that caused it, and where a form sends the person back to.
enum WorkPageParts {
    static func status(_ raw: String, lang: Language) -> HTML {
        let status = TaskStatus(rawValue: raw) ?? .todo
        let tone: HTML = switch status {
        case .done: " ok"
        case .blocked: " warn"
        case .todo, .inProgress: ""
        }
        return "<span class=\"badge\(tone)\">\(status.name(lang))</span>"
    }

    static func priority(_ raw: String, lang: Language) -> HTML {
        let priority = Priority(rawValue: raw) ?? .normal
        return "<span class=\"badge priority-\(priority.rawValue)\">\(priority.name(lang))</span>"
    }

    static func overdue(_ card: Bool, lang: Language) -> HTML {
        card ? "<span class=\"badge bad overdue\">\(lang.t("Overdue", "Просрочена"))</span>" : ""
    }

    /// A gate refusal (409) as the page shows it: why, and the tasks that caused it, each a link
    /// with its title and id; any other problem as its message alone.
    static func notice(_ problem: Problem, lang: Language, clock: PageMoments) -> HTML {
        let blocking = problem.blocking_tasks ?? []
        var list: HTML = ""
        if !blocking.isEmpty {
            let heading = switch problem.code {
            case "overdue_tasks": lang.t("Overdue tasks that block it:", "Просроченные задачи, которые мешают:")
            case "column_full": lang.t("Tasks filling the column:", "Задачи, занимающие колонку:")
            case "person_full": lang.t("Tasks in progress:", "Задачи в работе:")
            default: lang.t("Tasks concerned:", "Задачи:")
            }
            let items = blocking.map { item -> HTML in
                let due: HTML = item.deadline.map { HTML(" · \(lang.t("due", "срок")) \(clock.show($0))") } ?? ""
                return """
                <li><a href="\(PageRoute.Work.task(item.id))" data-blocking-id="\(item.id)">\(BilingualText.reading(item.title, in: lang))</a>
                <span class="muted">· <code title="\(item.id)">\(shortID(item.id))</code>\(due)</span></li>
                """
            }.joined
            list = "<p class=\"blocking-heading\">\(heading)</p><ul class=\"blocking\" id=\"blocking-tasks\">\(items)</ul>"
        }
        let code: HTML = problem.code.map { " data-code=\"\($0)\"" } ?? ""
        return """
        <div class="notice bad" role="alert" id="refusal"\(code)><p>\(message(problem, lang: lang))</p>\(list)</div>
        """
    }

    /// The problem's message for a person: a refusal's reason, or the field errors.
    static func message(_ problem: Problem, lang: Language) -> String {
        if problem.status == 412 {
            return lang.t("Someone changed this task meanwhile; here is its current state.", "Задачу тем временем изменили; показано её текущее состояние.")
        }
        if let errors = problem.errors, !errors.isEmpty { return errors.map(\.message).joined(separator: "; ") }
        return problem.detail ?? problem.title
    }

    /// A caution the change went through with, named by its code in the address after a move.
    static func warning(_ code: String?, lang: Language) -> HTML {
        guard code == "column_over_limit" else { return "" }
        return """
        <div class="notice warn" role="status" id="warning">\(lang.t(
            "Moved, but the column is now over its limit of tasks in progress.",
            "Перемещено, но колонка теперь превышает свой предел незавершённой работы."))</div>
        """
    }

    /// The first eight characters of an id: enough for a person to tell tasks apart.
    static func shortID(_ id: UUID) -> String { String(id.uuidString.prefix(8)).lowercased() }

    /// Where a task form sends the person back to: the board it was used on, the list, or the task.
    enum Return: String {
        case board, list, task

        init(_ raw: String?) { self = raw.flatMap(Return.init(rawValue:)) ?? .task }

        func path(task: UUID, board: UUID) -> String {
            switch self {
            case .board: PageRoute.Work.board(board)
            case .list: PageRoute.Work.tasks()
            case .task: PageRoute.Work.task(task)
            }
        }
    }
}
