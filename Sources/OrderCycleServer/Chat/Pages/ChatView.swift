import Foundation
import OrderCycleCore
import Vapor

/// One chat as a page shows it, to its client or to staff: the thread, who types, how far the
/// other side has read, and the composer. `chat.js` sends through the live socket and keeps
/// what is not acknowledged; without script the composer is a plain form running the same
/// operation. Staff also see the canned answers, the internal-note switch and the moves.
enum ChatView {
    struct Model {
        var chat: ChatDTO
        var messages: [ChatMessageDTO]
        var party: String
        var canWork: Bool
        var onDuty: [(id: UUID, name: String)]
        var me: UUID?
        var ticketLink: String?

        static func load(_ req: Request, chatID: UUID) async throws -> Model {
            let actor = try req.actor
            _ = try await ChatAccess.visibleChat(chatID, to: actor, on: req.db)
            let chat = try await ChatWrites.reread(chatID, on: req.db)
            let messages = try await ChatQueries.messages(of: chatID, includeInternal: actor.role != .client, limit: 10_000, on: req.db)
            var duty: [(id: UUID, name: String)] = []
            let canWork = ChatAccess.isAgent(actor)
            if canWork {
                let ids = try await ChatDuty.onDuty(now: req.clock.now(), on: req.db).filter { $0 != actor.userID }
                for id in ids {
                    let name = try await req.db.sql.raw("SELECT display_name FROM users WHERE id = \(bind: id)").first()?.decode(column: "display_name", as: String.self)
                    duty.append((id, name ?? id.uuidString))
                }
            }
            return Model(chat: chat, messages: messages, party: actor.role == .client ? "client" : "operator", canWork: canWork, onDuty: duty,
                         me: actor.userID, ticketLink: chat.ticket_id.map { PageRoute.Support.ticket($0) })
        }
    }

    static func bubble(_ m: ChatMessageDTO, party: String, clock: PageMoments, lang: Language) -> HTML {
        let side = m.system ? "system" : (m.from_client ? "from-client" : "from-staff")
        let mine = !m.system && ((party == "client") == m.from_client)
        let note: HTML = m.internal ? " <span class=\"badge warn\">\(lang.t("internal note", "внутренняя заметка"))</span>" : ""
        return """
        <li class="chat-message \(side)\(mine ? " mine" : "")\(m.internal ? " internal" : "")" data-id="\(m.id.uuidString.lowercased())" data-seq="\(m.seq)">\
        <span class="chat-meta"><strong>\(m.author_label)</strong> · <time datetime="\(m.at.formatted(.iso8601))">\(clock.show(m.at))</time>\(note)</span>\
        <span class="chat-text">\(m.text)</span></li>
        """
    }

    static func status(_ c: ChatDTO, lang: Language) -> HTML {
        let status = ChatStatus(rawValue: c.status) ?? .closed
        let tone: HTML = switch status {
        case .waiting: " warn"
        case .active: " ok"
        case .closed, .ticket: ""
        }
        let who: HTML = c.operator_name.map { HTML(" · \($0)") } ?? ""
        return "<span class=\"badge\(tone)\" id=\"chat-status\" data-status=\"\(status.rawValue)\">\(status.name(lang))</span>\(who)"
    }

    static func html(_ m: Model, csrf: String, lang: Language, clock: PageMoments, text: String? = nil, error: String? = nil) -> HTML {
        let c = m.chat
        let open = (ChatStatus(rawValue: c.status) ?? .closed).isOpen
        let thread = m.messages.map { bubble($0, party: m.party, clock: clock, lang: lang) }.joined
        let ticket: HTML = m.ticketLink.map {
            "<p class=\"notice\" id=\"chat-ticket\">\(lang.t("This chat became a ticket:", "Этот чат стал заявкой:")) <a href=\"\($0)\" id=\"chat-ticket-link\">\(lang.t("open the ticket", "открыть заявку"))</a></p>"
        } ?? ""
        let internalSwitch: HTML = m.canWork ? """
            <label class="inline"><input type="checkbox" name="internal" value="true" id="chat-internal"> \(lang.t("Internal note (the client never sees it)", "Внутренняя заметка (клиент её не видит)"))</label>
            """ : ""
        let canned: HTML = m.canWork && open ? """
            <div class="chat-canned" id="chat-canned"><span class="muted">\(lang.t("Canned answers:", "Шаблоны:"))</span> \(CannedAnswers.all.enumerated().map { i, a -> HTML in
                let chatLang = Language(rawValue: c.language) ?? lang
                return "<button type=\"button\" class=\"button secondary small\" id=\"canned-\(i)\" data-canned=\"\(chatLang.t(a.text.en, a.text.ru))\">\(lang.t(a.title.en, a.title.ru))</button>"
            }.joined)</div>
            """ : ""
        let errorLine: HTML = error.map { "<p class=\"field-error\" id=\"chat-text-error\">\($0)</p>" } ?? ""
        let composer: HTML = open ? """
            <form method="post" action="\(PageRoute.Chat.messages(c.id))" class="chat-composer stacked" id="chat-form">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="id" value="\(UUID())" id="chat-message-id">
            <label for="chat-text" class="visually-hidden">\(lang.t("Message", "Сообщение"))</label>
            <textarea id="chat-text" name="text" rows="3" maxlength="\(ChatLimits.text)" placeholder="\(lang.t("Type a message…", "Введите сообщение…"))">\(text ?? "")</textarea>\(errorLine)
            \(internalSwitch)
            <button type="submit" class="button" id="chat-send">\(lang.t("Send", "Отправить"))</button>
            </form>\(canned)
            """ : "<p class=\"muted\" id=\"chat-ended\">\(lang.t("This chat has ended.", "Этот чат завершён."))</p>"
        func move(_ to: ChatStatus, _ label: String, id: String, extra: HTML = "") -> HTML {
            """
            <form method="post" action="\(PageRoute.Chat.transitions(c.id))" class="inline">\(SupportPageParts.csrf(csrf))
            <input type="hidden" name="to" value="\(to.rawValue)">\(extra)<button type="submit" class="button secondary" id="\(id)">\(label)</button></form>
            """
        }
        var moves: [HTML] = []
        if open, m.canWork {
            if c.status == ChatStatus.waiting.rawValue { moves.append(move(.active, lang.t("Take the chat", "Взять чат"), id: "chat-accept")) }
            if !m.onDuty.isEmpty {
                let options = m.onDuty.map { "<option value=\"\($0.id)\">\($0.name)</option>" as HTML }.joined
                moves.append(move(.active, lang.t("Hand over", "Передать"), id: "chat-transfer", extra: """
                    <label for="chat-transfer-to" class="visually-hidden">\(lang.t("To", "Кому"))</label><select name="operator_id" id="chat-transfer-to">\(options)</select>
                    """))
            }
            moves.append(move(.ticket, lang.t("Move to a ticket", "Перенести в заявку"), id: "chat-to-ticket"))
        }
        if open { moves.append(move(.closed, lang.t("End the chat", "Завершить чат"), id: "chat-close")) }
        let clientLink: HTML = m.canWork ? " · <a href=\"\(PageRoute.Clients.card(c.client_id))\" id=\"chat-client-link\">\(c.client_name)</a>" : ""
        return """
        <section class="chat" id="chat" data-chat="\(c.id)" data-party="\(m.party)" data-last="\(c.last_seq)" data-status="\(c.status)" data-zone="\(clock.timeZone.identifier)" \
        data-other-read="\(m.party == "client" ? c.operator_read_seq : c.client_read_seq)">
        <p class="chat-head">\(status(c, lang: lang))\(clientLink)</p>
        \(ticket)
        <ol class="chat-thread" id="chat-thread" aria-live="polite">\(thread)</ol>
        <p class="muted chat-typing" id="chat-typing" hidden>\(m.party == "client" ? lang.t("The operator is typing…", "Оператор печатает…") : lang.t("The client is typing…", "Клиент печатает…"))</p>
        <p class="muted chat-connection" id="chat-connection" hidden>\(lang.t("Connection lost: your messages will be sent when it is back.", "Связь потеряна: сообщения уйдут, когда она восстановится."))</p>
        \(composer)
        <div class="actions chat-moves">\(moves.joined)</div>
        </section>
        <script src="\(PageRoute.Chat.script())" defer></script>
        """
    }
}
