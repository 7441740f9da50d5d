import Foundation
import OrderCycleCore
import Vapor

extension TaskPage {
    /// The task page's markup: the task's fields, the steps the person may take (pull, move,
    /// complete, a new deadline with its reason, a supervisor's pass through the gate), the
    /// checklist, the comments and the deadline's history. Reads nothing.
    enum View {
        static func content(_ m: Model, feedback: Feedback, warning: HTML, lang: Language, csrf: String, clock: PageMoments) -> HTML {
            let t = m.task
            let open = t.status != TaskStatus.done.rawValue
            let crumbs: HTML = m.isClient ? "" : """
                <p class="crumbs no-print"><a href="\(PageRoute.Work.board(t.board_id))" id="task-board">\(t.board_name)</a> · <span id="task-column">\(t.column_name)</span></p>
                """
            let actions: HTML = m.canWork && open ? self.actions(m, lang: lang, csrf: csrf) : ""
            let description: HTML = t.description.map { "<section class=\"card\" id=\"task-description\"><h2>\(lang.t("Description", "Описание"))</h2><p class=\"pre\">\($0)</p></section>" } ?? ""
            return """
            <div class="work task-page" data-task-id="\(t.id)">
            \(crumbs)
            <h1 id="task-title">\(BilingualText.reading(t.title, in: lang))</h1>
            <p class="task-badges" id="task-status">\(WorkPageParts.status(t.status, lang: lang)) \(WorkPageParts.priority(t.priority, lang: lang)) \(WorkPageParts.overdue(t.overdue, lang: lang))</p>
            \(feedback.notice)
            \(warning)
            <div class="task-grid">
            \(fields(m, lang: lang, clock: clock))
            \(actions)
            </div>
            \(description)
            \(deadline(m, feedback: feedback, lang: lang, csrf: csrf, clock: clock, open: open))
            \(m.canOverride ? override(m, feedback: feedback, lang: lang, csrf: csrf) : "")
            \(checklist(m, feedback: feedback, lang: lang, csrf: csrf, open: open))
            \(m.isClient ? "" : comments(m, feedback: feedback, lang: lang, csrf: csrf, clock: clock))
            </div>
            """
        }

        static func fields(_ m: Model, lang: Language, clock: PageMoments) -> HTML {
            let t = m.task
            func row(_ label: String, _ value: HTML, id: String? = nil) -> HTML {
                "<dt>\(label)</dt><dd\(id.map { HTML(" id=\"\($0)\"") } ?? "")>\(value)</dd>"
            }
            var rows: [HTML] = [
                row(lang.t("Responsible", "Ответственный"), "\(t.responsible_name)", id: "task-responsible"),
                row(lang.t("Deadline", "Срок"), "\(clock.show(t.deadline)) \(WorkPageParts.overdue(t.overdue, lang: lang))", id: "task-deadline"),
            ]
            if t.deadline_original != t.deadline {
                rows.append(row(lang.t("First deadline", "Первоначальный срок"), "\(clock.show(t.deadline_original))"))
            }
            if !m.isClient {
                if !t.coworker_ids.isEmpty {
                    rows.append(row(lang.t("Co-workers", "Соисполнители"), "\(t.coworker_ids.map { m.names[$0] ?? "—" }.joined(separator: ", "))"))
                }
                rows.append(row(lang.t("Direction", "Направление"), "\((TaskDirection(rawValue: t.direction) ?? .incoming).name(lang))"))
                rows.append(row(lang.t("Source", "Источник"), "\((TaskSource(rawValue: t.source) ?? .manual).name(lang))"))
                if let creator = t.creator_id { rows.append(row(lang.t("Registered by", "Зарегистрировал"), "\(m.names[creator] ?? "—")")) }
                if let client = t.client_id {
                    rows.append(row(lang.t("Client", "Клиент"), "<a href=\"\(PageRoute.Clients.card(client))\" id=\"task-client\">\(m.clientName ?? "—")</a>"))
                }
                if let order = t.order_id {
                    rows.append(row(lang.t("Order", "Заказ"), "<a href=\"\(PageRoute.Orders.order(order))\" id=\"task-order\">\(m.orderNumber ?? "—")</a>"))
                }
                rows.append(row(lang.t("Visible to the client", "Видна клиенту"), "\(t.visible_to_client ? lang.t("yes", "да") : lang.t("no", "нет"))", id: "task-visible"))
            } else if let order = t.order_id {
                rows.append(row(lang.t("Order", "Заказ"), "<a href=\"\(PageRoute.Orders.order(order))\">\(m.orderNumber ?? "—")</a>"))
            }
            rows.append(row(lang.t("Registered", "Зарегистрирована"), "\(clock.show(t.created_at))"))
            if let done = t.done_at { rows.append(row(lang.t("Done", "Выполнена"), "\(clock.show(done))", id: "task-done-at")) }
            return "<section class=\"card\" id=\"task-fields\"><dl class=\"fields\">\(rows.joined)</dl></section>"
        }

        static func hidden(_ csrf: String, returnTo: String = "task") -> HTML {
            "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\"><input type=\"hidden\" name=\"return_to\" value=\"\(returnTo)\">"
        }

        static func actions(_ m: Model, lang: Language, csrf: String) -> HTML {
            let t = m.task
            let mine = t.responsible_id == m.me
            let pull: HTML = t.status == TaskStatus.inProgress.rawValue && mine ? "" : """
                <form method="post" action="\(PageRoute.Work.pull(t.id))" class="inline">\(hidden(csrf))
                  <button type="submit" class="button" id="task-pull">\(lang.t("Pull into work", "Взять в работу"))</button></form>
                """
            let others = m.columns.filter { $0.id != t.column_id }
            let options = others.map { c -> HTML in "<option value=\"\(c.id)\">\(c.name(lang))</option>" }.joined
            let move: HTML = others.isEmpty ? "" : """
                <form method="post" action="\(PageRoute.Work.move(t.id))" class="move-form">\(hidden(csrf))
                  <label for="task-move-column">\(lang.t("Move to column", "Переместить в колонку"))</label>
                  <select id="task-move-column" name="column_id">\(options)</select>
                  <button type="submit" class="button secondary" id="task-move">\(lang.t("Move", "Переместить"))</button>
                </form>
                """
            // Only work in progress can be finished (the core's status rule): the button shows then only.
            let complete: HTML = t.status != TaskStatus.inProgress.rawValue ? "" : """
                <form method="post" action="\(PageRoute.Work.complete(t.id))" class="inline">\(hidden(csrf))
                  <button type="submit" class="button" id="task-complete">\(lang.t("Mark done", "Выполнена"))</button></form>
                """
            return """
            <section class="card" id="task-actions"><h2>\(lang.t("Work on it", "Работа"))</h2>
            <p class="actions">\(pull)\(complete)</p>
            \(move)
            </section>
            """
        }

        static func deadline(_ m: Model, feedback: Feedback, lang: Language, csrf: String, clock: PageMoments, open: Bool) -> HTML {
            let t = m.task
            let history = t.renegotiations.map { r -> HTML in
                let by: HTML = m.isClient ? "" : "<td>\(r.recorded_by_id.flatMap { m.names[$0] } ?? "—")</td>"
                return "<tr><td class=\"nowrap\">\(clock.show(r.at))</td><td class=\"nowrap\">\(clock.show(r.previous_deadline)) → \(clock.show(r.new_deadline))</td><td>\(r.reason)</td><td>\(r.agreed_by)</td>\(by)</tr>"
            }.joined
            let table: HTML = t.renegotiations.isEmpty
                ? "<p class=\"muted\" id=\"deadline-history-empty\">\(lang.t("The deadline has not been moved.", "Срок не переносился."))</p>"
                : """
                <div class="table-wrap"><table id="deadline-history"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Deadline", "Срок"))</th>
                <th>\(lang.t("Reason", "Причина"))</th><th>\(lang.t("Agreed with", "С кем согласовано"))</th>\(m.isClient ? "" : HTML("<th>\(lang.t("Recorded by", "Записал"))</th>"))</tr></thead>
                <tbody>\(history)</tbody></table></div>
                """
            var form: HTML = ""
            if m.canWork, open {
                let f = feedback.form == "deadline" ? feedback.deadline : DeadlineForm()
                let e = feedback.form == "deadline" ? feedback.errors : FormErrors([])
                form = """
                <form method="post" action="\(PageRoute.Work.deadline(t.id))" class="deadline-form" id="deadline-form" novalidate>\(hidden(csrf))
                  <h3>\(lang.t("Agree a new deadline", "Согласовать новый срок"))</h3>
                  \(FormField.input(name: "deadline", type: "datetime-local", label: lang.t("New deadline", "Новый срок"), value: f.deadline, error: e["deadline"], required: true))
                  \(FormField.input(name: "reason", label: lang.t("Reason (required)", "Причина (обязательно)"), value: f.reason, error: e["reason"], required: true))
                  \(FormField.input(name: "agreed_by", label: lang.t("Agreed with", "С кем согласовано"), value: f.agreed_by, error: e["agreed_by"]))
                  <p><button type="submit" class="button" id="deadline-submit">\(lang.t("Record the new deadline", "Записать новый срок"))</button></p>
                </form>
                """
            }
            return """
            <section class="card" id="deadline-section"><h2>\(lang.t("Deadline history", "История сроков"))</h2>
            \(table)
            \(form)
            </section>
            """
        }

        static func override(_ m: Model, feedback: Feedback, lang: Language, csrf: String) -> HTML {
            let e = feedback.form == "override" ? feedback.errors : FormErrors([])
            return """
            <section class="card" id="override-section"><h2>\(lang.t("Supervisor's override", "Разрешение руководителя"))</h2>
            <p class="muted">\(lang.t("Lets \(m.task.responsible_name) take one piece of work despite overdue tasks. The reason is recorded.",
                                      "Позволяет сотруднику \(m.task.responsible_name) один раз взять работу, несмотря на просроченные задачи. Причина записывается."))</p>
            <form method="post" action="\(PageRoute.Work.override(m.task.id))" novalidate>\(hidden(csrf))
              \(FormField.input(name: "reason", label: lang.t("Reason", "Причина"), value: feedback.form == "override" ? feedback.values["reason"] : nil, error: e["reason"] ?? e["employee_id"], required: true))
              <p><button type="submit" class="button secondary" id="override-submit">\(lang.t("Allow once", "Разрешить один раз"))</button></p>
            </form>
            </section>
            """
        }

        static func checklist(_ m: Model, feedback: Feedback, lang: Language, csrf: String, open: Bool) -> HTML {
            let t = m.task
            guard !t.checklist.isEmpty || (m.canWork && open) else { return "" }
            let items = t.checklist.map { item -> HTML in
                let mark: HTML = item.done ? "<span class=\"tick done\" aria-hidden=\"true\">✓</span>" : "<span class=\"tick\" aria-hidden=\"true\">○</span>"
                var toggle: HTML = ""
                if m.canWork {
                    toggle = """
                    <form method="post" action="\(PageRoute.Work.checklistItem(t.id, item.id))" class="inline">\(hidden(csrf))
                      <input type="hidden" name="done" value="\(item.done ? "false" : "true")"><input type="hidden" name="version" value="\(t.version)">
                      <button type="submit" class="link-button" id="check-\(item.position)">\(item.done ? lang.t("Undo", "Вернуть") : lang.t("Tick", "Отметить"))</button></form>
                    """
                }
                return "<li class=\"\(item.done ? "done" : "open")\">\(mark) <span class=\"text\">\(item.text)</span> \(toggle)</li>"
            }.joined
            var add: HTML = ""
            if m.canWork, open {
                let e = feedback.form == "checklist" ? feedback.errors : FormErrors([])
                add = """
                <form method="post" action="\(PageRoute.Work.checklist(t.id))" class="add-line" novalidate>\(hidden(csrf))
                  \(FormField.input(name: "text", label: lang.t("New step", "Новый пункт"), value: feedback.form == "checklist" ? feedback.values["text"] : nil, error: e["text"]))
                  <button type="submit" class="button secondary" id="checklist-add">\(lang.t("Add", "Добавить"))</button>
                </form>
                """
            }
            let done = t.checklist.filter(\.done).count
            return """
            <section class="card" id="checklist"><h2>\(lang.t("Checklist", "Чек-лист")) <span class="muted">\(done)/\(t.checklist.count)</span></h2>
            <ul class="checklist">\(items)</ul>
            \(add)
            </section>
            """
        }

        static func comments(_ m: Model, feedback: Feedback, lang: Language, csrf: String, clock: PageMoments) -> HTML {
            let list = m.task.comments.map { c -> HTML in
                "<li><p class=\"muted\">\(c.author) · \(clock.show(c.at))</p><p class=\"pre\">\(c.body)</p></li>"
            }.joined
            var add: HTML = ""
            if m.canWork {
                let e = feedback.form == "comment" ? feedback.errors : FormErrors([])
                add = """
                <form method="post" action="\(PageRoute.Work.comment(m.task.id))" novalidate>\(hidden(csrf))
                  \(FormControls.textarea(name: "body", label: lang.t("Comment", "Комментарий"), value: feedback.form == "comment" ? feedback.values["body"] : nil, error: e["body"]))
                  <p><button type="submit" class="button secondary" id="comment-submit">\(lang.t("Add comment", "Добавить комментарий"))</button></p>
                </form>
                """
            }
            return """
            <section class="card" id="comments"><h2>\(lang.t("Comments", "Комментарии"))</h2>
            \(m.task.comments.isEmpty ? HTML("<p class=\"muted\">\(lang.t("No comments yet.", "Комментариев пока нет."))</p>") : HTML("<ul class=\"comments\">\(list)</ul>"))
            \(add)
            </section>
            """
        }
    }
}
