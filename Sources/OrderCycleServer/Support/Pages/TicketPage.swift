import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// One ticket (DOMAIN §2.3): its fields and SLA state, its thread, and the forms that reply (a
/// public reply, or for staff an internal note), move it along, take it or change its priority,
/// and — for its client, once resolved — rate it. Each form runs the API's operation through
/// `SupportWrite`; a refusal comes back on this page saying why. A client reads its own tickets
/// only and never the internal notes.
enum TicketPage {
    struct Model {
        var ticket: TicketDTO
        var messages: [TicketMessageDTO]
        /// The images the reader may see, by the message they came with (nil: the ticket's own).
        var attachments: [UUID?: [TicketAttachmentDTO]]
        var isClient: Bool
        var canWork: Bool
        var me: UUID?
        var now: Date

        static func load(_ id: UUID, _ req: Request) async throws -> Model {
            let actor = try req.actor
            _ = try await SupportAccess.visibleTicket(id, to: actor, on: req.db)
            let reading = try SupportAPI.reading(req)
            guard let ticket = try await TicketQueries.detail(id, reading: reading, on: req.db) else { throw Problem(.notFound) }
            let thread = try await TicketQueries.messages(of: id, includeInternal: actor.role != .client,
                                                          page: PageRequest(limit: PageRequest.maxLimit), on: req.db)
            let attachments = try await TicketAttachmentQueries.list(of: id, includeInternal: actor.role != .client, on: req.db)
            return Model(ticket: ticket, messages: thread.items, attachments: Dictionary(grouping: attachments, by: \.message_id), isClient: actor.role == .client,
                         canWork: SupportAccess.staffRoles.contains(actor.role), me: actor.userID, now: reading.now)
        }
    }

    struct Feedback {
        var notice: HTML = ""
        var errors = FormErrors([])
        var text: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, feedback: Feedback())
    }

    static func render(_ req: Request, feedback: Feedback, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await Model.load(try idParameter(req), req)
        let content = view(model, feedback: feedback, lang: lang, csrf: CSRF.token(for: req), clock: PageMoments(req))
        return Layout(title: model.ticket.subject, request: req).render(content, status: status)
    }

    /// Runs a ticket form: back to the ticket on success; a refusal or an invalid field re-renders it with the reason.
    static func perform(_ req: Request, text: String? = nil, _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> TicketChange) async throws -> Response {
        let id = try idParameter(req)
        let actor = try req.actor
        let now = req.clock.now()
        do {
            _ = try await SupportWrite.run(req) { tx in try await run(actor, now, tx) }
            return req.redirect(to: PageRoute.Support.ticket(id), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 {
            var feedback = Feedback(text: text)
            if let errors = problem.errors, !errors.isEmpty { feedback.errors = FormErrors(errors) } else { feedback.notice = SupportPageParts.notice(problem) }
            return try await render(req, feedback: feedback, status: problem.httpStatus)
        }
    }

    struct MessageForm: Content, Sendable { var text: String?; var `internal`: String?; var attachments: [File]? }

    @Sendable static func message(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(MessageForm.self)
        let lang = req.language
        let window = req.application.appConfig.ticketReopenWindow
        let isInternal = form.internal == "on" || form.internal == "true"
        return try await perform(req, text: form.text) { actor, now, tx in
            try await AddTicketMessage(ticketID: id, text: form.text, internal: isInternal, attachments: (form.attachments ?? []).map(\.data),
                                       reopenWindow: window, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    struct TransitionForm: Content, Sendable { var to: String?; var version: String? }

    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(TransitionForm.self)
        let lang = req.language
        let window = req.application.appConfig.ticketReopenWindow
        return try await perform(req) { actor, now, tx in
            try await TransitionTicket(ticketID: id, to: form.to, expectedVersion: form.version.flatMap { Int($0) }, reopenWindow: window, lang: lang)
                .run(by: actor, now: now, on: tx)
        }
    }

    struct EditForm: Content, Sendable { var priority: String?; var assignee: String?; var category: String?; var version: String? }

    /// Staff change the priority and category, or take the ticket (`assignee=me`) or let it go (`assignee=none`).
    @Sendable static func edit(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(EditForm.self)
        let lang = req.language
        let window = req.application.appConfig.ticketReopenWindow
        let me = try req.actor.userID
        let assignee: UUID?? = switch form.assignee ?? "" {
        case "me": .some(me)
        case "none": .some(nil)
        default: nil
        }
        let category: String?? = form.category.map { .some($0) }
        return try await perform(req) { actor, now, tx in
            try await UpdateTicket(ticketID: id, priority: SupportPageParts.blank(form.priority), category: category, assigneeID: assignee,
                                   expectedVersion: form.version.flatMap { Int($0) }, reopenWindow: window, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    struct RatingForm: Content, Sendable { var rating: String?; var comment: String? }

    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(RatingForm.self)
        let lang = req.language
        let window = req.application.appConfig.ticketReopenWindow
        return try await perform(req) { actor, now, tx in
            try await RateTicket(ticketID: id, rating: form.rating.flatMap { Int($0) }, comment: SupportPageParts.blank(form.comment),
                                 reopenWindow: window, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    // MARK: the view

    static func view(_ m: Model, feedback: Feedback, lang: Language, csrf: String, clock: PageMoments) -> HTML {
        let t = m.ticket
        func row(_ label: String, _ value: HTML, id: String) -> HTML { "<dt>\(label)</dt><dd id=\"\(id)\">\(value)</dd>" }
        var rows: [HTML] = [
            row(lang.t("Status", "Статус"), SupportPageParts.status(t.status, lang: lang), id: "ticket-status"),
            row(lang.t("Priority", "Приоритет"), SupportPageParts.priority(t.priority, lang: lang), id: "ticket-priority"),
            row(lang.t("Opened", "Открыта"), "\(clock.show(t.created_at))", id: "ticket-opened"),
        ]
        if !m.isClient {
            rows.append(row(lang.t("Client", "Клиент"), "<a href=\"\(PageRoute.Clients.card(t.client_id))\">\(t.client_name)</a>", id: "ticket-client"))
            rows.append(row(lang.t("Assignee", "Исполнитель"), "\(t.assignee_name ?? "—")", id: "ticket-assignee"))
            rows.append(row(lang.t("Source", "Источник"), "\((TicketSource(rawValue: t.source) ?? .api).name(lang))", id: "ticket-source"))
            if let category = t.category { rows.append(row(lang.t("Category", "Категория"), "\(category)", id: "ticket-category")) }
        }
        let slaState: HTML = t.sla.breached ? "<span class=\"badge bad\">\(SLAState.breached.name(lang))</span>"
            : t.sla.paused ? "<span class=\"badge warn\">\(SLAState.paused.name(lang))</span>" : ""
        let sla: HTML = """
            <section class="card" id="ticket-sla"><h2>SLA \(slaState)</h2><dl class="fields">
            <dt>\(lang.t("First response", "Первый ответ"))</dt><dd id="sla-first-response">\(t.first_response_at.map { lang.t("given ", "дан ") + clock.show($0) } ?? (t.sla.first_response_due.map { clock.show($0) + " · " + SupportPageParts.countdown($0, now: m.now, lang: lang) } ?? "—")) (\(SLAState(rawValue: t.sla.first_response_state)?.name(lang) ?? ""))</dd>
            <dt>\(lang.t("Resolution", "Решение"))</dt><dd id="sla-resolution">\(t.resolved_at.map { lang.t("resolved ", "решена ") + clock.show($0) } ?? (t.sla.resolution_due.map { clock.show($0) + " · " + SupportPageParts.countdown($0, now: m.now, lang: lang) } ?? "—")) (\(SLAState(rawValue: t.sla.resolution_state)?.name(lang) ?? ""))</dd>
            </dl></section>
            """
        let ownImages = SupportPageParts.gallery(m.attachments[nil] ?? [], lang: lang)
        let description: HTML = t.description == nil && ownImages.text.isEmpty ? ""
            : "<section class=\"card\" id=\"ticket-description\">\(t.description.map { HTML("<p class=\"pre\">\($0)</p>") } ?? "")\(ownImages)</section>"
        let thread = m.messages.map { msg -> HTML in
            let kind: HTML = msg.internal ? "<span class=\"badge warn\">\(lang.t("Internal note", "Внутренняя заметка"))</span> " : ""
            return """
            <li class="message\(msg.internal ? HTML(" internal") : "")\(msg.from_client ? HTML(" from-client") : "")" data-message="\(msg.id)">
            <p class="muted">\(kind)\(msg.author_label) · \(clock.show(msg.at))</p><p class="pre">\(msg.text)</p>\(SupportPageParts.gallery(m.attachments[msg.id] ?? [], lang: lang))</li>
            """
        }.joined
        let threadHTML: HTML = m.messages.isEmpty
            ? "<p class=\"muted\" id=\"thread-empty\">\(lang.t("No messages yet.", "Сообщений пока нет."))</p>"
            : "<ol class=\"thread\" id=\"ticket-thread\">\(thread)</ol>"
        let writable = t.status != TicketStatus.closed.rawValue && !(m.isClient && t.status == TicketStatus.resolved.rawValue)
        let internalBox: HTML = m.canWork ? """
            <label class="check"><input type="checkbox" name="internal" id="reply-internal"> \(lang.t("Internal note (the client does not see it)", "Внутренняя заметка (клиент её не видит)"))</label>
            """ : ""
        let reply: HTML = writable && (m.canWork || m.isClient) ? """
            <form method="post" action="\(PageRoute.Support.messages(t.id))" class="stacked" id="reply-form" enctype="multipart/form-data">\(SupportPageParts.csrf(csrf))
            <label for="reply-text">\(lang.t("Your message", "Ваше сообщение"))</label>
            <textarea id="reply-text" name="text" rows="4">\(feedback.text ?? "")</textarea>\(FormField.errorLine(name: "reply-text", feedback.errors["text"]))
            \(SupportPageParts.attachmentInput(error: feedback.errors["attachments"], lang: lang))
            \(internalBox)
            <button type="submit" class="button" id="reply-submit">\(lang.t("Send", "Отправить"))</button></form>
            """ : ""
        let moves = t.allowed_next.compactMap(TicketStatus.init(rawValue:)).map { to -> HTML in
            let label = switch to {
            case .open: t.status == TicketStatus.new.rawValue || t.status == TicketStatus.waitingForClient.rawValue
                ? lang.t("Take into work", "Взять в работу") : lang.t("Reopen", "Открыть заново")
            case .waitingForClient: lang.t("Ask the client", "Ждать ответа клиента")
            case .resolved: lang.t("Resolve", "Решена")
            case .closed: lang.t("Close", "Закрыть")
            case .new: to.name(lang)
            }
            return """
            <form method="post" action="\(PageRoute.Support.transitions(t.id))" class="inline">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="to" value="\(to.rawValue)"><input type="hidden" name="version" value="\(t.version)">
            <button type="submit" class="button secondary" id="move-\(to.rawValue)">\(label)</button></form>
            """
        }.joined
        let movesHTML: HTML = (m.canWork || m.isClient) && !t.allowed_next.isEmpty
            ? "<section class=\"card\" id=\"ticket-moves\"><p class=\"actions\">\(moves)</p></section>" : ""
        let take: HTML = t.assignee_id == m.me || m.me == nil ? "" : """
            <form method="post" action="\(PageRoute.Support.edit(t.id))" class="inline">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="assignee" value="me"><button type="submit" class="button" id="ticket-take">\(lang.t("Take it", "Взять себе"))</button></form>
            """
        let edit: HTML = !m.canWork ? "" : """
            <section class="card" id="ticket-edit"><h2>\(lang.t("Handling", "Обработка"))</h2><p class="actions">\(take)</p>
            <form method="post" action="\(PageRoute.Support.edit(t.id))" class="stacked">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="version" value="\(t.version)">
            \(FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }, selected: t.priority, error: feedback.errors["priority"]))
            <button type="submit" class="button secondary" id="ticket-edit-submit">\(lang.t("Save", "Сохранить"))</button></form></section>
            """
        var rating: HTML = ""
        if let value = t.rating {
            rating = "<section class=\"card\" id=\"ticket-rating\"><h2>\(lang.t("Rating", "Оценка"))</h2><p><strong>\(value)</strong> / 5 \(t.rating_comment ?? "")</p></section>"
        } else if m.isClient, t.status == TicketStatus.resolved.rawValue || t.status == TicketStatus.closed.rawValue {
            let stars = (1...5).reversed().map { n -> HTML in "<option value=\"\(n)\">\(n)</option>" }.joined
            rating = """
            <section class="card" id="ticket-rating"><h2>\(lang.t("Rate the help you got", "Оцените помощь"))</h2>
            <form method="post" action="\(PageRoute.Support.rating(t.id))" class="stacked" id="rating-form">\(SupportPageParts.csrf(csrf))
            <label for="rating">\(lang.t("Rating (5 is best)", "Оценка (5 — лучшая)"))</label><select id="rating" name="rating">\(stars)</select>\(FormField.errorLine(name: "rating", feedback.errors["rating"]))
            <label for="comment">\(lang.t("Comment", "Комментарий"))</label><textarea id="comment" name="comment" rows="2"></textarea>
            <button type="submit" class="button" id="rating-submit">\(lang.t("Rate", "Оценить"))</button></form></section>
            """
        }
        let back: HTML = m.isClient
            ? "<p class=\"crumbs\"><a href=\"\(PageRoute.Support.cabinet())\">\(lang.t("My tickets", "Мои заявки"))</a></p>"
            : "<p class=\"crumbs\"><a href=\"\(PageRoute.Support.queue())\">\(lang.t("Support queue", "Очередь поддержки"))</a></p>"
        return """
        <div class="support ticket-page" data-ticket-id="\(t.id)">
        \(back)
        <h1 id="ticket-subject">\(t.subject)</h1>
        \(feedback.notice)
        <div class="grid">
        <section class="card" id="ticket-fields"><dl class="fields">\(rows.joined)</dl></section>
        \(sla)
        </div>
        \(description)
        \(movesHTML)
        \(edit)
        <h2>\(lang.t("Conversation", "Переписка"))</h2>
        \(threadHTML)
        \(reply)
        \(rating)
        </div>
        """
    }
}
