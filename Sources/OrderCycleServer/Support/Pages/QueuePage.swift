import Foundation
import OrderCycleCore
import Vapor

/// The operator's console for tickets (DOMAIN §2.3): the open tickets by priority with their SLA
/// countdowns, "my tickets", the unassigned and the breached ones, the queues by team (a ticket is
/// in its assignee's teams) and priority, filters by priority, team and status,
/// and the form that opens a ticket for a client (from a call card: `?client_id=`). The form runs
/// the same `CreateTicket` as the API.
enum QueuePage {
    struct Model {
        var tickets: [TicketDTO]
        var counts: [String: Int]
        var teams: [QueueQueries.TeamQueue]
        var filter: QueueQueries.Filter
        var now: Date
        var canWork: Bool
        var presetClient: (id: UUID, name: String)?

        static func load(_ req: Request) async throws -> Model {
            let actor = try req.actor
            var filter = QueueQueries.Filter(me: actor.userID)
            filter.view = req.query[String.self, at: "view"].flatMap(QueueQueries.View.init(rawValue:)) ?? .all
            filter.priority = req.query[String.self, at: "priority"].flatMap(Priority.init(rawValue:))
            filter.status = req.query[String.self, at: "status"].flatMap(TicketStatus.init(rawValue:))
            filter.team = req.query[String.self, at: "team"].flatMap(UUID.init(uuidString:))
            let reading = try SupportAPI.reading(req)
            var preset: (id: UUID, name: String)?
            if let raw = req.query[String.self, at: "client_id"], let id = UUID(uuidString: raw) {
                preset = try await QueueQueries.client(id.uuidString, on: req.db)
            }
            return Model(tickets: try await QueueQueries.queue(filter, reading: reading, on: req.db), counts: try await QueueQueries.counts(on: req.db),
                         teams: try await QueueQueries.teams(on: req.db),
                         filter: filter, now: reading.now, canWork: SupportAccess.staffRoles.contains(actor.role), presetClient: preset)
        }
    }

    struct Form: Content, Sendable {
        var client: String?
        var client_id: String?
        var subject: String?
        var description: String?
        var priority: String?
        var category: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, form: Form(), errors: FormErrors([]), notice: "")
    }

    static func render(_ req: Request, form: Form, errors: FormErrors, notice: HTML, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await Model.load(req)
        let content = view(model, form: form, errors: errors, notice: notice, lang: lang, csrf: CSRF.token(for: req), clock: PageMoments(req),
                           chats: try await ChatConsoleSection.html(req))
        return Layout(title: lang.t("Support", "Поддержка"), request: req).render(content, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let config = req.application.appConfig
        do {
            var clientID: UUID?
            if let text = SupportPageParts.blank(form.client_id) ?? SupportPageParts.blank(form.client)?.trimmingCharacters(in: .whitespaces) {
                guard let found = try await QueueQueries.client(text, on: req.db) else {
                    throw Problem.field("client", lang.t("there is no client with this code", "клиента с таким кодом нет"))
                }
                clientID = found.id
            }
            let operation = try CreateTicket(subject: form.subject, description: form.description, priority: SupportPageParts.blank(form.priority),
                                             category: form.category, clientID: clientID, source: .staff, timeZone: config.timeZone,
                                             reopenWindow: config.ticketReopenWindow, lang: lang)
            let change = try await SupportWrite.run(req) { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Support.ticket(change.ticket.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            // The client is chosen by code on the page; the operation names it `client_id`.
            let errors = (problem.errors ?? []).map { $0.field == "client_id" ? Problem.FieldError(field: "client", message: $0.message) : $0 }
            return try await render(req, form: form, errors: FormErrors(errors), notice: "", status: .unprocessableEntity)
        }
    }

    static func view(_ m: Model, form: Form, errors e: FormErrors, notice: HTML, lang: Language, csrf: String, clock: PageMoments, chats: HTML = "") -> HTML {
        func link(_ view: QueueQueries.View, _ en: String, _ ru: String) -> HTML {
            let current: HTML = m.filter.view == view ? " aria-current=\"page\"" : ""
            return "<a href=\"\(PageRoute.Support.queue())?view=\(view.rawValue)\" id=\"queue-\(view.rawValue)\"\(current)>\(lang.t(en, ru))</a>"
        }
        let counts = Priority.allCases.reversed().map { p -> HTML in
            "<li>\(SupportPageParts.priority(p.rawValue, lang: lang)) <span id=\"count-\(p.rawValue)\">\(m.counts[p.rawValue] ?? 0)</span></li>"
        }.joined
        let priorityOptions = [("", lang.t("Any priority", "Любой приоритет"))] + Priority.allCases.reversed().map { ($0.rawValue, $0.name(lang)) }
        let statusOptions = [("", lang.t("Any open status", "Любой открытый статус"))] + TicketStatus.allCases.map { ($0.rawValue, $0.name(lang)) }
        func options(_ list: [(String, String)], _ selected: String?) -> HTML {
            list.map { value, label -> HTML in
                "<option value=\"\(value)\"\(value == (selected ?? "") ? HTML(" selected") : "")>\(label)</option>"
            }.joined
        }
        let teamOptions = [("", lang.t("Any team", "Любая команда"))] + m.teams.map { ($0.id.uuidString, $0.name) }
        let priorities = Priority.allCases.reversed()
        let teamRows = m.teams.map { team -> HTML in
            let cells = priorities.map { p -> HTML in
                let n = team.counts[p.rawValue] ?? 0
                return "<td>\(n == 0 ? HTML("0") : HTML("<a href=\"\(PageRoute.Support.queue())?team=\(team.id)&priority=\(p.rawValue)\">\(n)</a>"))</td>"
            }.joined
            let total = team.counts.values.reduce(0, +)
            return """
            <tr data-team="\(team.id)"><th scope="row"><a href="\(PageRoute.Support.queue())?team=\(team.id)">\(team.name)</a></th>\(cells)<td><strong>\(total)</strong></td></tr>
            """
        }.joined
        let teamHeads = priorities.map { "<th>\(SupportPageParts.priority($0.rawValue, lang: lang))</th>" as HTML }.joined
        let teamQueues: HTML = m.teams.isEmpty ? "" : """
            <section class="card team-queues" id="team-queues"><h2>\(lang.t("Queues by team", "Очереди по командам"))</h2>
            <div class="table-wrap"><table id="team-queue-table"><thead><tr><th>\(lang.t("Team", "Команда"))</th>\(teamHeads)<th>\(lang.t("All", "Всего"))</th></tr></thead>
            <tbody>\(teamRows)</tbody></table></div></section>
            """
        let rows = m.tickets.map { t -> HTML in
            """
            <tr data-ticket="\(t.id)" data-priority="\(t.priority)"><td>\(SupportPageParts.priority(t.priority, lang: lang))</td>
            <td><a href="\(PageRoute.Support.ticket(t.id))">\(t.subject)</a></td><td>\(t.client_name)</td>
            <td>\(SupportPageParts.status(t.status, lang: lang))</td><td>\(t.assignee_name ?? "—")</td>
            <td class="nowrap">\(SupportPageParts.sla(t, now: m.now, lang: lang))</td><td class="nowrap">\(clock.show(t.created_at))</td></tr>
            """
        }.joined
        let table: HTML = m.tickets.isEmpty
            ? "<p class=\"muted\" id=\"queue-empty\">\(lang.t("No tickets here.", "Здесь заявок нет."))</p>"
            : """
            <div class="table-wrap"><table id="ticket-queue"><thead><tr><th>\(lang.t("Priority", "Приоритет"))</th><th>\(lang.t("Subject", "Тема"))</th>
            <th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Assignee", "Исполнитель"))</th>
            <th>SLA</th><th>\(lang.t("Opened", "Открыта"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let clientField: HTML = m.presetClient.map { c in
            """
            <input type="hidden" name="client_id" value="\(c.id)"><p id="new-ticket-client">\(lang.t("Client", "Клиент")): <strong>\(c.name)</strong></p>
            """
        } ?? FormField.input(name: "client", label: lang.t("Client code", "Код клиента"), value: form.client, error: e["client"])
        let newForm: HTML = !m.canWork ? "" : """
            <section class="card" id="new-ticket"><h2>\(lang.t("Open a ticket for a client", "Открыть заявку для клиента"))</h2>
            <form method="post" action="\(PageRoute.Support.queue())" class="stacked">\(SupportPageParts.csrf(csrf))
            \(clientField)
            \(FormField.input(name: "subject", label: lang.t("Subject", "Тема"), value: form.subject, error: e["subject"]))
            <label for="description">\(lang.t("Description", "Описание"))</label>
            <textarea id="description" name="description" rows="4">\(form.description ?? "")</textarea>\(FormField.errorLine(name: "description", e["description"]))
            \(FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }, selected: form.priority ?? "normal", error: e["priority"]))
            \(FormField.input(name: "category", label: lang.t("Category", "Категория"), value: form.category, error: e["category"]))
            <button type="submit" class="button" id="new-ticket-submit">\(lang.t("Open the ticket", "Открыть заявку"))</button>
            </form></section>
            """
        return """
        <div class="support queue-page">
        <h1>\(lang.t("Support queue", "Очередь поддержки"))</h1>
        <p class="crumbs"><a href="\(PageRoute.Support.report())" id="support-report-link">\(lang.t("Support report", "Отчёт поддержки"))</a> · <a href="\(PageRoute.Support.policies())" id="sla-policies-link">\(lang.t("SLA policies", "Политики SLA"))</a></p>
        \(notice)
        <ul class="inline-list" id="queue-counts">\(counts)</ul>
        <nav class="tabs" id="queue-views">\(link(.all, "All open", "Все открытые")) · \(link(.mine, "My tickets", "Мои заявки")) · \(link(.unassigned, "Unassigned", "Без исполнителя")) · \(link(.breached, "Breached", "Нарушен SLA"))</nav>
        <form method="get" action="\(PageRoute.Support.queue())" class="filters" id="queue-filters">
          <input type="hidden" name="view" value="\(m.filter.view.rawValue)">
          <label for="filter-priority">\(lang.t("Priority", "Приоритет"))</label><select id="filter-priority" name="priority">\(options(priorityOptions, m.filter.priority?.rawValue))</select>
          <label for="filter-team">\(lang.t("Team", "Команда"))</label><select id="filter-team" name="team">\(options(teamOptions, m.filter.team?.uuidString))</select>
          <label for="filter-status">\(lang.t("Status", "Статус"))</label><select id="filter-status" name="status">\(options(statusOptions, m.filter.status?.rawValue))</select>
          <button type="submit" class="button secondary">\(lang.t("Filter", "Фильтр"))</button>
        </form>
        \(teamQueues)
        \(chats)
        \(table)
        \(newForm)
        </div>
        <script src="\(PageRoute.Chat.script())" defer></script>
        """
    }
}
