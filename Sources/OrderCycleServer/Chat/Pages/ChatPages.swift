import Foundation
import OrderCycleCore
import Vapor

/// The chat's pages: the client's chat in its cabinet (with the form that opens one), one chat
/// for its client or staff, the forms behind them (every one runs the API's operation), the
/// operator's availability mark, and the script. Paths come from `PageRoute.Chat`.
enum ChatPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Chat.cabinet, access: ChatAccess.clients, use: cabinet)
        routes.endpoint(.POST, PageRoute.Chat.cabinet, access: ChatAccess.clients, use: open)
        routes.endpoint(.GET, PageRoute.Chat.chat, access: ChatAccess.readers, use: show)
        routes.endpoint(.POST, PageRoute.Chat.messages, access: ChatAccess.writers, use: post)
        routes.endpoint(.POST, PageRoute.Chat.transitions, access: ChatAccess.writers, use: transition)
        routes.endpoint(.POST, PageRoute.Chat.availability, access: ChatAccess.agents, use: availability)
        routes.endpoint(.GET, PageRoute.Chat.script, access: .open) { _ in ChatScript.response() }
    }

    struct OpenForm: Content { var id: String?; var text: String? }

    /// The client's chat going on, else the form that starts one, and its earlier chats.
    @Sendable static func cabinet(req: Request) async throws -> Response {
        try await renderCabinet(req, form: OpenForm(), error: nil)
    }

    static func renderCabinet(_ req: Request, form: OpenForm, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let clientID = actor.clientID ?? UUID()
        let clock = PageMoments(req)
        let csrf = CSRF.token(for: req)
        let body: HTML
        if let open = try await ChatQueries.open(client: clientID, on: req.db) {
            body = ChatView.html(try await ChatView.Model.load(req, chatID: open.id), csrf: csrf, lang: lang, clock: clock)
        } else {
            let errorLine: HTML = error.map { "<p class=\"field-error\" id=\"text-error\">\($0)</p>" } ?? ""
            body = """
            <section class="card" id="chat-start"><h2>\(lang.t("Write to the hotline", "Написать на горячую линию"))</h2>
            <p class="muted">\(lang.t("An operator on duty answers here; if nobody is on duty, your message becomes a ticket and we answer it there.",
                                     "Здесь отвечает оператор на смене; если никого нет, сообщение станет заявкой, и мы ответим в ней."))</p>
            <form method="post" action="\(PageRoute.Chat.cabinet())" class="stacked">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="id" value="\(SupportPageParts.blank(form.id) ?? UUID().uuidString)">
            <label for="text">\(lang.t("Your message", "Ваше сообщение"))</label>
            <textarea id="text" name="text" rows="4" maxlength="\(ChatLimits.text)">\(form.text ?? "")</textarea>\(errorLine)
            <button type="submit" class="button" id="chat-start-submit">\(lang.t("Start the chat", "Начать чат"))</button>
            </form></section>
            """
        }
        let earlier = try await ChatQueries.list(.init(clientID: clientID, limit: 20), on: req.db).filter { !(ChatStatus(rawValue: $0.status)?.isOpen ?? false) }
        let content: HTML = """
        <div class="support cabinet-chat">
        <h1>\(lang.t("Hotline chat", "Чат с горячей линией"))</h1>
        <p class="crumbs"><a href="\(PageRoute.Support.cabinet())">\(lang.t("Your tickets", "Ваши заявки"))</a></p>
        \(body)
        \(ChatLists.table(earlier, id: "my-chats", title: lang.t("Earlier chats", "Прошлые чаты"), lang: lang, clock: clock))
        </div>
        """
        return Layout(title: lang.t("Hotline chat", "Чат с горячей линией"), request: req).render(content, status: status)
    }

    @Sendable static func open(req: Request) async throws -> Response {
        let form = try req.content.decode(OpenForm.self)
        let config = req.application.appConfig
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let id = SupportPageParts.blank(form.id).flatMap(UUID.init(uuidString:))
            let operation = try OpenChat(id: id ?? UUID(), text: form.text, timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language)
            let change = try await ChatWrite.run(req.application) { tx in try await operation.run(by: actor, now: now, on: tx) }
            let open = ChatStatus(rawValue: change.chat.status)?.isOpen ?? false
            return req.redirect(to: open ? PageRoute.Chat.cabinet() : PageRoute.Chat.chat(change.chat.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await renderCabinet(req, form: form, error: problem.errors?.first(where: { $0.field == "text" })?.message ?? problem.summary,
                                           status: .unprocessableEntity)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await renderChat(req, chatID: try idParameter(req), text: nil, error: nil)
    }

    static func renderChat(_ req: Request, chatID: UUID, text: String?, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await ChatView.Model.load(req, chatID: chatID)
        let back: HTML = model.canWork
            ? "<a href=\"\(PageRoute.Support.queue())#chat-console\">\(lang.t("Support console", "Пульт поддержки"))</a>"
            : "<a href=\"\(PageRoute.Chat.cabinet())\">\(lang.t("Hotline chat", "Чат с горячей линией"))</a>"
        let content: HTML = """
        <div class="support chat-page">
        <h1>\(lang.t("Chat", "Чат")): \(model.chat.topic)</h1>
        <p class="crumbs">\(back)</p>
        \(ChatView.html(model, csrf: CSRF.token(for: req), lang: lang, clock: PageMoments(req), text: text, error: error))
        </div>
        """
        return Layout(title: lang.t("Chat", "Чат"), request: req).render(content, status: status)
    }

    /// Where a form sends the person back: the client to its cabinet chat while it goes on.
    static func back(_ req: Request, chat: ChatDTO) throws -> Response {
        let client = try req.actor.role == .client
        let open = ChatStatus(rawValue: chat.status)?.isOpen ?? false
        return req.redirect(to: client && open ? PageRoute.Chat.cabinet() : PageRoute.Chat.chat(chat.id), redirectType: .normal)
    }

    struct MessageForm: Content { var id: String?; var text: String?; var `internal`: String? }

    @Sendable static func post(req: Request) async throws -> Response {
        let form = try req.content.decode(MessageForm.self)
        let chatID = try idParameter(req)
        let config = req.application.appConfig
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let id = SupportPageParts.blank(form.id).flatMap(UUID.init(uuidString:)) ?? UUID()
            let operation = try PostChatMessage(chatID: chatID, id: id, text: form.text, internal: form.internal == "true", timeZone: config.timeZone,
                                                reopenWindow: config.ticketReopenWindow, lang: req.language)
            let change = try await operation.send(by: actor, now: now, app: req.application)
            return try back(req, chat: change.chat)
        } catch let problem as Problem where problem.errors != nil || problem.status == 409 || problem.status == 403 {
            return try await renderChat(req, chatID: chatID, text: form.text, error: problem.errors?.first?.message ?? problem.summary,
                                        status: problem.errors != nil ? .unprocessableEntity : problem.httpStatus)
        }
    }

    struct TransitionForm: Content { var to: String?; var operator_id: String? }

    @Sendable static func transition(req: Request) async throws -> Response {
        let form = try req.content.decode(TransitionForm.self)
        let chatID = try idParameter(req)
        let config = req.application.appConfig
        let actor = try req.actor
        let now = req.clock.now()
        let operation = try TransitionChat(chatID: chatID, to: form.to, operatorID: SupportPageParts.blank(form.operator_id).flatMap(UUID.init(uuidString:)),
                                           timeZone: config.timeZone, reopenWindow: config.ticketReopenWindow, lang: req.language)
        let change = try await ChatWrite.run(req.application) { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try back(req, chat: change.chat)
    }

    struct AvailabilityForm: Content { var available: String? }

    @Sendable static func availability(req: Request) async throws -> Response {
        let form = try req.content.decode(AvailabilityForm.self)
        let operation = try SetChatAvailability(available: form.available.map { $0 == "true" }, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return req.redirect(to: PageRoute.Support.queue() + "#chat-console", redirectType: .normal)
    }
}

/// Chats as a table: a client's earlier chats, a client's chats on its card, the operators' queue.
enum ChatLists {
    static func table(_ chats: [ChatDTO], id: String, title: String, lang: Language, clock: PageMoments, showClient: Bool = false,
                      accept: ((ChatDTO) -> HTML)? = nil) -> HTML {
        guard !chats.isEmpty else { return "" }
        let rows = chats.map { c -> HTML in
            let client: HTML = showClient ? "<td>\(c.client_name)</td>" : ""
            let action: HTML = accept.map { "<td>\($0(c))</td>" } ?? ""
            return """
            <tr data-chat="\(c.id)"><td><a href="\(PageRoute.Chat.chat(c.id))">\(c.topic)</a></td>\(client)<td>\((ChatStatus(rawValue: c.status) ?? .closed).name(lang))</td>
            <td>\(c.operator_name ?? "—")</td><td class="nowrap">\(clock.show(c.created_at))</td>\(action)</tr>
            """
        }.joined
        let clientHead: HTML = showClient ? "<th>\(lang.t("Client", "Клиент"))</th>" : ""
        let actionHead: HTML = accept == nil ? "" : "<th></th>"
        return """
        <h2>\(title)</h2>
        <div class="table-wrap"><table id="\(id)"><thead><tr><th>\(lang.t("Topic", "Тема"))</th>\(clientHead)<th>\(lang.t("Status", "Статус"))</th>
        <th>\(lang.t("Operator", "Оператор"))</th><th>\(lang.t("Opened", "Открыт"))</th>\(actionHead)</tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}

/// The chats on the support console: the operator's availability mark and whether they are on
/// duty, the chats waiting in the queue (each with "take"), and the operator's own chats.
enum ChatConsoleSection {
    static func html(_ req: Request) async throws -> HTML {
        let actor = try req.actor
        guard ChatAccess.isAgent(actor), let me = actor.userID else { return "" }
        let lang = req.language
        let clock = PageMoments(req)
        let csrf = CSRF.token(for: req)
        let available = try await ChatDuty.isAvailable(me, on: req.db)
        let waiting = try await ChatQueries.waiting(on: req.db)
        let mine = try await ChatQueries.list(.init(operatorID: me, openOnly: true), on: req.db)
        let toggle: HTML = """
            <form method="post" action="\(PageRoute.Chat.availability())" class="inline">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="available" value="\(available ? "false" : "true")">
            <button type="submit" class="button\(available ? " secondary" : "")" id="chat-availability">\(available ? lang.t("Step away from chats", "Отойти от чатов") : lang.t("Available for chats", "Готов(а) к чатам"))</button></form>
            """
        let duty: HTML = available
            ? "<p class=\"duty\" id=\"chat-duty\" data-available=\"true\">\(lang.t("You are on duty for chats while this console is open.", "Вы на смене в чате, пока открыт этот пульт."))</p>"
            : "<p class=\"duty muted\" id=\"chat-duty\" data-available=\"false\">\(lang.t("You are not taking chats.", "Вы не принимаете чаты."))</p>"
        let take: (ChatDTO) -> HTML = { c in
            """
            <form method="post" action="\(PageRoute.Chat.transitions(c.id))" class="inline">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="to" value="active"><button type="submit" class="button small" id="take-\(c.id)">\(lang.t("Take", "Взять"))</button></form>
            """
        }
        let queue: HTML = waiting.isEmpty
            ? "<p class=\"muted\" id=\"chat-queue-empty\">\(lang.t("No chats waiting.", "Чатов в ожидании нет."))</p>"
            : ChatLists.table(waiting, id: "chat-queue", title: lang.t("Waiting", "Ждут ответа"), lang: lang, clock: clock, showClient: true, accept: take)
        return """
        <section class="card" id="chat-console"><h2>\(lang.t("Live chats", "Чаты"))</h2>
        \(duty)\(toggle)
        \(queue)
        \(ChatLists.table(mine, id: "my-chats", title: lang.t("My chats", "Мои чаты"), lang: lang, clock: clock, showClient: true))
        </section>
        """
    }
}

/// A client's chats on its card: the history the operator sees beside calls and tickets.
enum ClientChatsSection {
    static func html(_ req: Request, clientID: UUID) async throws -> HTML {
        let lang = req.language
        let chats = try await ChatQueries.list(.init(clientID: clientID, limit: 20), on: req.db)
        guard !chats.isEmpty else { return "" }
        return ChatLists.table(chats, id: "client-chats", title: lang.t("Chats", "Чаты"), lang: lang, clock: PageMoments(req))
    }
}
