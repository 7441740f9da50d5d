import Foundation
import OrderCycleCore
import Vapor

extension TaskListPage {
    /// The "my tasks" markup: the filter, the list, and the new task form with its errors
    /// beside the fields. Reads nothing.
    enum View {
        static func content(_ m: Model, form: Form, errors: FormErrors, notice: HTML, lang: Language, csrf: String, clock: PageMoments) -> HTML {
            """
            <div class="work">
            <h1>\(lang.t("My tasks", "Мои задачи"))</h1>
            \(notice)
            \(filter(m.filter, lang: lang))
            \(list(m, lang: lang, clock: clock))
            \(m.canCreate ? newTask(m, form: form, errors: errors, lang: lang, csrf: csrf) : "")
            </div>
            """
        }

        static func filter(_ f: Filter, lang: Language) -> HTML {
            let names: [(String, String)] = [("open", lang.t("Open", "Открытые")), ("all", lang.t("All", "Все"))]
                + TaskStatus.allCases.map { ($0.rawValue, $0.name(lang)) }
            let options = names.map { value, label -> HTML in
                "<option value=\"\(value)\"\(f.status == value ? HTML(" selected") : "")>\(label)</option>"
            }.joined
            return """
            <form method="get" action="\(PageRoute.Work.tasks())" class="card task-filter no-print" id="task-filter">
              <div class="filter-inline">
                <label for="filter-status">\(lang.t("Status", "Статус"))</label>
                <select id="filter-status" name="status">\(options)</select>
                <label class="check"><input type="checkbox" name="overdue" value="1" id="filter-overdue"\(f.overdue ? HTML(" checked") : "")> \(lang.t("Overdue", "Просроченные"))</label>
                <label class="check"><input type="checkbox" name="week" value="1" id="filter-week"\(f.week ? HTML(" checked") : "")> \(lang.t("Due this week", "Срок на этой неделе"))</label>
                <button type="submit" class="button secondary" id="filter-submit">\(lang.t("Show", "Показать"))</button>
                <a href="#new-task" class="button">\(lang.t("New task", "Новая задача"))</a>
              </div>
            </form>
            """
        }

        static func list(_ m: Model, lang: Language, clock: PageMoments) -> HTML {
            guard !m.tasks.isEmpty else {
                return EmptyState.html(id: "my-tasks-empty", lang.t("No tasks here.", "Задач здесь нет."),
                                       how: lang.t("Tasks you own or share appear here. Create one with the new task form, or a late order raises one for its manager.",
                                                   "Здесь появляются ваши задачи и задачи, где вы соисполнитель. Создайте задачу формой новой задачи, или её создаст опоздавший заказ для своего менеджера."))
            }
            let rows = m.tasks.map { t -> HTML in
                """
                <tr data-task-id="\(t.id)"\(t.overdue ? HTML(" class=\"overdue\"") : "")>
                <td><a href="\(PageRoute.Work.task(t.id))">\(BilingualText.reading(t.title, in: lang))</a></td>
                <td>\(WorkPageParts.status(t.status, lang: lang))</td>
                <td>\(WorkPageParts.priority(t.priority, lang: lang))</td>
                <td class="nowrap">\(clock.show(t.deadline)) \(WorkPageParts.overdue(t.overdue, lang: lang))</td>
                <td>\(t.responsible_name)</td>
                <td>\(m.boardNames[t.board_id].map { HTML("<a href=\"\(PageRoute.Work.board(t.board_id))\">\($0)</a>") } ?? "—")</td>
                </tr>
                """
            }.joined
            let more: HTML = m.more ? "<p class=\"muted\">\(lang.t("Only the first \(TaskPageQueries.listLimit) are shown; narrow the filter.", "Показаны первые \(TaskPageQueries.listLimit); уточните фильтр."))</p>" : ""
            return """
            <div class="table-wrap"><table id="my-tasks"><thead><tr>
            <th>\(lang.t("Task", "Задача"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Priority", "Приоритет"))</th>
            <th>\(lang.t("Deadline", "Срок"))</th><th>\(lang.t("Responsible", "Ответственный"))</th><th>\(lang.t("Board", "Доска"))</th>
            </tr></thead><tbody>\(rows)</tbody></table></div>
            \(more)
            """
        }

        static func newTask(_ m: Model, form: Form, errors: FormErrors, lang: Language, csrf: String) -> HTML {
            let people = [(value: "", label: "—")] + m.assignees.map { (value: $0.id.uuidString, label: $0.name) }
            var boardOptions: HTML = "<option value=\"\">\(lang.t("The responsible person's board", "Доска ответственного"))</option>"
            for choice in m.boards {
                let first: HTML = "<option value=\"\(choice.board.id)\"\(form.board == choice.board.id.uuidString ? HTML(" selected") : "")>\(choice.board.name) — \(lang.t("first column", "первая колонка"))</option>"
                let columns = choice.columns.map { c -> HTML in
                    let value = "\(choice.board.id.uuidString):\(c.id.uuidString)"
                    return "<option value=\"\(value)\"\(form.board == value ? HTML(" selected") : "")>\(choice.board.name) — \(c.name(lang))</option>"
                }.joined
                boardOptions = "\(boardOptions)<optgroup label=\"\(choice.board.team_name)\">\(first)\(columns)</optgroup>"
            }
            let boardError = errors["board"] ?? errors["board_id"] ?? errors["column_id"]
            let clients = [(value: "", label: "—")] + m.clients.map { (value: $0.id.uuidString, label: "\($0.name) (\($0.code))") }
            let visible = form.visible_to_client == "on" || form.visible_to_client == "true"
            return """
            <section class="card" id="new-task">
            <h2>\(lang.t("New task", "Новая задача"))</h2>
            <form method="post" action="\(PageRoute.Work.tasks())" novalidate id="new-task-form">
              <input type="hidden" name="_csrf" value="\(csrf)">
              \(FormField.input(name: "title", label: lang.t("Title", "Название"), value: form.title, error: errors["title"], required: true))
              \(FormControls.textarea(name: "description", label: lang.t("Description", "Описание"), value: form.description, error: errors["description"]))
              <div class="form-columns">
              <div>
              \(FormField.select(name: "responsible_id", label: lang.t("Responsible", "Ответственный"), options: people, selected: form.responsible_id, error: errors["responsible_id"]))
              \(FormField.input(name: "deadline", type: "datetime-local", label: lang.t("Deadline", "Срок"), value: form.deadline, error: errors["deadline"], required: true))
              \(FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) },
                                 selected: form.priority ?? Priority.normal.rawValue, error: errors["priority"]))
              <label for="board">\(lang.t("Board and column", "Доска и колонка"))</label>
              <select id="board" name="board"\(boardError == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"board-error\""))>\(boardOptions)</select>
              \(FormField.errorLine(name: "board", boardError))
              </div>
              <div>
              \(FormField.select(name: "client_id", label: lang.t("Client", "Клиент"), options: clients, selected: form.client_id, error: errors["client_id"]))
              \(FormField.input(name: "order", label: lang.t("Order number", "Номер заказа"), value: form.order, error: errors["order"] ?? errors["order_id"]))
              <label class="check" for="visible_to_client"><input type="checkbox" id="visible_to_client" name="visible_to_client" value="on"\(visible ? HTML(" checked") : "")\(errors["visible_to_client"] == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"visible_to_client-error\""))>
                \(lang.t("Visible to the client in its cabinet", "Видна клиенту в его кабинете"))</label>
              \(FormField.errorLine(name: "visible_to_client", errors["visible_to_client"]))
              </div>
              </div>
              <p><button type="submit" class="primary" id="task-submit">\(lang.t("Create task", "Создать задачу"))</button></p>
            </form>
            </section>
            """
        }
    }
}
