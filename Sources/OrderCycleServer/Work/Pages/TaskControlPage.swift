import Foundation
import OrderCycleCore
import Vapor

/// The page `/tasks/control`: the reader's open tasks and the reminders sent to them, the
/// team's overdue tasks, the week's deadlines, and the people's figures over a period as a
/// table and a chart. Its model is `TaskControl.Model`, the same the API answers.
enum TaskControlPage {
    @Sendable static func page(req: Request) async throws -> Response {
        req.dropEmptyQueryValues()
        let lang = req.language
        let title = lang.t("Task control", "Контроль задач")
        do {
            let model = try await TaskControl.model(req)
            return Layout(title: title, request: req).render(view(model, lang: lang, timeZone: req.application.appConfig.timeZone))
        } catch let problem as Problem where !(problem.errors ?? []).isEmpty {
            // A wrong period or id in the form: the form again, with the messages beside it.
            let errors = problem.errors ?? []
            let notice: HTML = "<div class=\"notice bad\" role=\"alert\" id=\"control-errors\"><ul>\(errors.map { e -> HTML in "<li>\(e.field): \(e.message)</li>" }.joined)</ul></div>"
            let content: HTML = "<h1>\(title)</h1>\(notice)<p><a href=\"\(PageRoute.Work.control())\">\(lang.t("Back to the current period", "К текущему периоду"))</a></p>"
            return Layout(title: title, request: req).render(content, status: .unprocessableEntity)
        }
    }

    static func view(_ m: TaskControl.Model, lang: Language, timeZone tz: TimeZone) -> HTML {
        let f = DateFormatter()
        f.timeZone = tz
        f.dateFormat = "yyyy-MM-dd HH:mm"
        let p = m.parameters
        let teamOptions: HTML = m.teams.map { t -> HTML in
            let selected: HTML = p.teamID == t.id ? " selected" : ""
            return "<option value=\"\(t.id)\"\(selected)>\(t.name)</option>"
        }.joined
        let personOptions: HTML = m.people.map { person -> HTML in
            let selected: HTML = p.personID == person.userID ? " selected" : ""
            return "<option value=\"\(person.userID)\"\(selected)>\(person.name)</option>"
        }.joined
        let form: HTML = """
        <form method="get" action="\(PageRoute.Work.control())" class="card filters" id="control-filters">
          <label>\(lang.t("Team", "Команда")) <select name="team_id"><option value="">\(lang.t("All my teams", "Все мои команды"))</option>\(teamOptions)</select></label>
          <label>\(lang.t("Person", "Сотрудник")) <select name="person_id"><option value="">\(lang.t("Everyone", "Все"))</option>\(personOptions)</select></label>
          <label>\(lang.t("From", "С")) <input type="date" name="from" value="\(p.from.description)"></label>
          <label>\(lang.t("To", "По")) <input type="date" name="to" value="\(p.to.description)"></label>
          <button type="submit" class="primary">\(lang.t("Show", "Показать"))</button>
        </form>
        """
        let reminders: HTML = m.reminders.isEmpty ? "" : """
        <div class="notice" id="control-reminders" role="status"><strong>\(lang.t("Deadlines coming up", "Скоро срок"))</strong><ul>\(m.reminders.map { r -> HTML in
            "<li data-task=\"\(r.taskID)\">\(BilingualText.reading(r.title, in: lang)) — \(lang.t("due", "срок")) \(f.string(from: r.deadline))</li>"
        }.joined)</ul></div>
        """
        let totalOverdue = m.people.reduce(0) { $0 + $1.overdue }
        return """
        <h1>\(lang.t("Task control", "Контроль задач"))</h1>
        \(reminders)
        \(form)
        <div class="grid">
          <div class="card"><div class="figure" id="my-open">\(m.myTasks.count)</div><div class="muted">\(lang.t("my open tasks", "мои открытые задачи"))</div></div>
          <div class="card"><div class="figure" id="team-overdue-count">\(totalOverdue)</div><div class="muted">\(lang.t("overdue in the team", "просрочено в команде"))</div></div>
          <div class="card"><div class="figure" id="week-count">\(m.dueThisWeek.count)</div><div class="muted">\(lang.t("deadlines this week", "сроков на этой неделе"))</div></div>
        </div>
        <h2>\(lang.t("My tasks", "Мои задачи"))</h2>
        \(tasks(m.myTasks, id: "my-tasks", empty: lang.t("No open tasks.", "Открытых задач нет."), lang: lang, f: f))
        <h2>\(lang.t("The team's overdue tasks", "Просроченные задачи команды"))</h2>
        \(tasks(m.teamOverdue, id: "team-overdue", empty: lang.t("Nothing is overdue.", "Просроченных задач нет."), lang: lang, f: f))
        <h2>\(lang.t("Deadlines this week", "Сроки на этой неделе"))</h2>
        \(tasks(m.dueThisWeek, id: "due-this-week", empty: lang.t("No deadlines until the end of the week.", "До конца недели сроков нет."), lang: lang, f: f))
        <h2>\(lang.t("People, \(p.from.description) – \(p.to.description)", "Сотрудники, \(p.from.description) – \(p.to.description)"))</h2>
        \(figures(m.people, lang: lang))
        \(chart(m.people, lang: lang))
        """
    }

    static func tasks(_ cards: [TaskCardDTO], id: String, empty: String, lang: Language, f: DateFormatter) -> HTML {
        guard !cards.isEmpty else { return "<p class=\"muted\" id=\"\(id)\">\(empty)</p>" }
        let rows = cards.map { c -> HTML in
            let late: HTML = c.overdue ? " <span class=\"badge bad\">\(lang.t("overdue", "просрочена"))</span>" : ""
            let status = TaskStatus(rawValue: c.status)?.name(lang) ?? c.status
            let priority = Priority(rawValue: c.priority)?.name(lang) ?? c.priority
            return """
            <tr data-task="\(c.id)"><td><a href="\(PageRoute.Work.board(c.board_id))">\(BilingualText.reading(c.title, in: lang))</a>\(late)</td><td>\(c.responsible_name)</td>\
            <td>\(status)</td><td>\(priority)</td><td class="num">\(f.string(from: c.deadline))</td></tr>
            """
        }.joined
        return """
        <div class="table-wrap"><table id="\(id)"><thead><tr><th>\(lang.t("Task", "Задача"))</th><th>\(lang.t("Responsible", "Ответственный"))</th>\
        <th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Priority", "Приоритет"))</th><th class="num">\(lang.t("Deadline", "Срок"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(rows.text.isEmpty ? EmptyState.html(id: "\(id)-empty", lang.t("No tasks in this list.", "В этом списке задач нет.")) : "")
        """
    }

    static func percent(_ share: Double?, lang: Language) -> String {
        share.map { String(format: "%.0f %%", $0 * 100) } ?? lang.t("no data", "нет данных")
    }

    static func figures(_ people: [TaskControlQueries.PersonFigures], lang: Language) -> HTML {
        guard !people.isEmpty else { return "<p class=\"muted\" id=\"people\">\(lang.t("Nobody in these teams yet.", "В этих командах пока никого нет."))</p>" }
        let rows = people.map { p -> HTML in
            let lateness: String
            if let hours = p.meanLatenessHours { lateness = String(format: "%.1f", hours) + lang.t(" h", " ч") }
            else { lateness = p.done == 0 ? lang.t("no data", "нет данных") : lang.t("none late", "без опозданий") }
            return """
            <tr data-person="\(p.userID)"><td>\(p.name)</td><td class="num">\(p.done)</td><td class="num">\(p.doneOnTime)</td>\
            <td class="num share">\(percent(p.onTimeShare, lang: lang))</td><td class="num">\(lateness)</td><td class="num">\(p.blocked)</td>\
            <td class="num">\(p.open)</td><td class="num">\(p.overdue)</td></tr>
            """
        }.joined
        return """
        <div class="table-wrap"><table id="people"><thead><tr><th>\(lang.t("Person", "Сотрудник"))</th><th class="num">\(lang.t("Done", "Выполнено"))</th>\
        <th class="num">\(lang.t("On time", "В срок"))</th><th class="num">\(lang.t("On-time share", "Доля в срок"))</th>\
        <th class="num">\(lang.t("Mean lateness", "Среднее опоздание"))</th><th class="num">\(lang.t("Times blocked", "Блокировок"))</th>\
        <th class="num">\(lang.t("Open now", "Открыто сейчас"))</th><th class="num">\(lang.t("Overdue now", "Просрочено сейчас"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
    }

    /// Each person's on-time share as a bar (0…100 %), with the tasks done beside it; "no data"
    /// in place of a bar for someone who finished nothing in the period. Drawn on the server
    /// with presentation attributes only: the page's policy forbids inline style and script.
    static func chart(_ people: [TaskControlQueries.PersonFigures], lang: Language) -> HTML {
        guard !people.isEmpty else { return "" }
        let rowHeight = 22.0, left = 150.0, barWidth = 360.0, right = 90.0, top = 22.0
        let width = left + barWidth + right, height = top + Double(people.count) * rowHeight + 8
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        let bars = people.enumerated().map { i, p -> HTML in
            let y = top + Double(i) * rowHeight
            let name = p.name.count > 22 ? String(p.name.prefix(21)) + "…" : p.name
            let label: HTML = "<text x=\"\(f(left - 6))\" y=\"\(f(y + 14))\" text-anchor=\"end\">\(name)</text>"
            guard let share = p.onTimeShare else {
                return "\(label)<text x=\"\(f(left + 4))\" y=\"\(f(y + 14))\" fill=\"#5f6b7a\" class=\"no-data\">\(lang.t("no data", "нет данных"))</text>"
            }
            let w = max(1, barWidth * share)
            let colour = share >= 0.9 ? "#1a7f37" : share >= 0.7 ? "#9a6700" : "#cf222e"
            let tip = lang.t("\(p.name): \(p.doneOnTime) of \(p.done) on time", "\(p.name): в срок \(p.doneOnTime) из \(p.done)")
            return """
            \(label)<rect class="bar" x="\(f(left))" y="\(f(y + 3))" width="\(f(w))" height="\(f(rowHeight - 6))" fill="\(colour)"><title>\(tip)</title></rect>\
            <text x="\(f(left + barWidth + 6))" y="\(f(y + 14))">\(percent(share, lang: lang)) (\(p.done))</text>
            """
        }.joined
        let title = lang.t("On-time share of the tasks done in the period, per person", "Доля задач, выполненных в срок за период, по сотрудникам")
        return """
        <figure class="card"><svg class="histogram" id="on-time-chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(title)" font-size="11" fill="#1d2433"><title>\(title)</title>\
        <line x1="\(f(left))" y1="\(f(top - 4))" x2="\(f(left))" y2="\(f(height - 4))" stroke="#b8c2cc"/>\
        <line x1="\(f(left + barWidth))" y1="\(f(top - 4))" x2="\(f(left + barWidth))" y2="\(f(height - 4))" stroke="#dfe3ea" stroke-dasharray="3 3"/>\
        <text x="\(f(left))" y="\(f(top - 8))" text-anchor="middle">0 %</text><text x="\(f(left + barWidth))" y="\(f(top - 8))" text-anchor="middle">100 %</text>\
        \(bars)</svg><figcaption class="muted">\(title)</figcaption></figure>
        """
    }
}
