import Foundation
import OrderCycleCore
import Vapor

/// Pieces the work pages share: moments in the company's time zone, status and priority
/// badges, the gate's refusal with the tasks that caused it, and where a form sends the
/// person back to.
enum WorkPageParts {
    /// Moments as people read them, in the company's time zone (a formatter per page: a shared
    /// one would have its time zone set by two requests at once).
    struct Clock {
        let display: DateFormatter
        let input: DateFormatter
        let timeZone: TimeZone

        init(_ req: Request) { self.init(timeZone: req.application.appConfig.timeZone) }

        init(timeZone: TimeZone) {
            self.timeZone = timeZone
            display = DateFormatter()
            display.locale = Locale(identifier: "en_US_POSIX")
            display.dateFormat = "yyyy-MM-dd HH:mm"
            display.timeZone = timeZone
            input = PlanPage.inputFormat(timeZone)
        }

        func show(_ date: Date?) -> String { date.map(display.string) ?? "—" }

        /// A `datetime-local` value.
        func field(_ date: Date?) -> String { date.map(input.string) ?? "" }

        /// A `datetime-local` value as the RFC 3339 moment the operations read; text that is no
        /// such value passes as it is, for the operation to refuse with its message.
        func moment(_ text: String?) -> String? {
            guard let text else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let date = PlanPage.moment(trimmed, input) else { return trimmed }
            return date.formatted(.iso8601)
        }

        /// The company's current week, Monday 00:00 to the next Monday 00:00.
        func week(of now: Date) -> Range<Date> {
            var calendar = Calendar(identifier: .iso8601)
            calendar.timeZone = timeZone
            let start = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
            return start..<(calendar.date(byAdding: .day, value: 7, to: start) ?? now)
        }
    }

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
    static func notice(_ problem: Problem, lang: Language, clock: Clock) -> HTML {
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
                <li><a href="\(PageRoute.Work.task(item.id))" data-blocking-id="\(item.id)">\(item.title)</a>
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
