import Foundation
import OrderCycleCore
import Vapor

/// The client's support in its cabinet (DOMAIN §2.3, §2.5): its tickets with where each stands,
/// and the form that opens a new one — the same `CreateTicket` the API runs. Replies and the
/// rating after resolution are on each ticket's page.
enum CabinetSupportPage {
    struct Form: Content, Sendable {
        var subject: String?
        var description: String?
        var priority: String?
        var attachments: [File]?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, form: Form(), errors: FormErrors([]))
    }

    static func render(_ req: Request, form: Form, errors e: FormErrors, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let reading = try SupportAPI.reading(req)
        let tickets = try await TicketQueries.list(visibleTo: actor, filter: .init(), page: PageRequest(limit: PageRequest.maxLimit), reading: reading, on: req.db).items
        let clock = PageMoments(req)
        let rows = tickets.map { t -> HTML in
            let rated: HTML = t.rating.map { HTML("\($0) / 5") } ?? (t.status == TicketStatus.resolved.rawValue || t.status == TicketStatus.closed.rawValue
                ? HTML("<a href=\"\(PageRoute.Support.ticket(t.id))#ticket-rating\">\(lang.t("Rate", "Оценить"))</a>") : "—")
            return """
            <tr data-ticket="\(t.id)"><td><a href="\(PageRoute.Support.ticket(t.id))">\(t.subject)</a></td><td>\(SupportPageParts.status(t.status, lang: lang))</td>
            <td>\(SupportPageParts.priority(t.priority, lang: lang))</td><td class="nowrap">\(clock.show(t.created_at))</td><td>\(rated)</td></tr>
            """
        }.joined
        let table: HTML = tickets.isEmpty
            ? "<p class=\"muted\" id=\"my-tickets-empty\">\(lang.t("You have no tickets yet.", "У вас пока нет заявок."))</p>"
            : """
            <div class="table-wrap"><table id="my-tickets"><thead><tr><th>\(lang.t("Subject", "Тема"))</th><th>\(lang.t("Status", "Статус"))</th>
            <th>\(lang.t("Priority", "Приоритет"))</th><th>\(lang.t("Opened", "Открыта"))</th><th>\(lang.t("Rating", "Оценка"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let content: HTML = """
        <div class="support cabinet-support">
        <h1>\(lang.t("Support", "Поддержка"))</h1>
        <p class="muted">\(lang.t("We answer around the clock, weekends and holidays included.", "Мы отвечаем круглосуточно, в выходные и праздники тоже."))</p>
        <p><a class="button secondary" href="\(PageRoute.Chat.cabinet())" id="open-chat">\(lang.t("Chat with an operator", "Написать оператору в чат"))</a></p>
        \(table)
        <section class="card" id="new-ticket"><h2>\(lang.t("New ticket", "Новая заявка"))</h2>
        <form method="post" action="\(PageRoute.Support.cabinet())" class="stacked" enctype="multipart/form-data">\(SupportPageParts.csrf(CSRF.token(for: req)))
        \(FormField.input(name: "subject", label: lang.t("Subject", "Тема"), value: form.subject, error: e["subject"]))
        <label for="description">\(lang.t("What happened", "Что случилось"))</label>
        <textarea id="description" name="description" rows="5">\(form.description ?? "")</textarea>\(FormField.errorLine(name: "description", e["description"]))
        \(FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }, selected: form.priority ?? "normal", error: e["priority"]))
        \(SupportPageParts.attachmentInput(error: e["attachments"], lang: lang))
        <button type="submit" class="button" id="new-ticket-submit">\(lang.t("Send", "Отправить"))</button>
        </form></section>
        </div>
        """
        return Layout(title: lang.t("Support", "Поддержка"), request: req).render(content, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let actor = try req.actor
        let now = req.clock.now()
        let config = req.application.appConfig
        do {
            let operation = try CreateTicket(subject: form.subject, description: form.description, priority: SupportPageParts.blank(form.priority),
                                             source: .cabinet, timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language,
                                             attachments: (form.attachments ?? []).map(\.data))
            let change = try await SupportWrite.run(req) { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Support.ticket(change.ticket.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            var kept = form
            kept.attachments = nil
            return try await render(req, form: kept, errors: FormErrors(problem.errors ?? []), status: .unprocessableEntity)
        }
    }
}
