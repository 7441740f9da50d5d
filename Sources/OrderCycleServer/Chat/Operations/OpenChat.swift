import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A client opens a hotline chat from its cabinet with its first message. With an operator on
/// duty the chat waits in their queue; with nobody on duty it becomes a ticket at once and the
/// client is told so in the chat. A client has one chat going at a time. The message's `id` is
/// the page's: the same open sent again (a lost connection) answers the chat it opened.
struct OpenChat: Sendable {
    let messageID: UUID
    let text: String
    let timeZone: TimeZone
    let reopenWindow: TimeInterval
    let lang: Language

    init(id: UUID?, text: String?, timeZone: TimeZone, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        if id == nil { v.required("id") }
        let text = v.text("text", text, max: ChatLimits.text)
        self.text = try v.check(text)
        self.messageID = id ?? UUID()
        self.timeZone = timeZone
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatChange {
        guard actor.role == .client, let clientID = actor.clientID else { throw Problem(.forbidden) }
        // One open at a time per client: on PostgreSQL two opens sent at once (a page and its
        // resend) would both find no chat and both insert; the client's row lock makes the second
        // wait and then find the first's message, so it answers as a replay. SQLite's one writer
        // does the same already.
        if db.isPostgres {
            try await db.sql.raw("SELECT id FROM clients WHERE id = \(bind: clientID) FOR UPDATE").run()
        }
        if let earlier = try await ChatWrites.earlier(messageID, chatID: nil, by: actor, lang: lang, on: db) {
            return ChatChange(chat: try await ChatWrites.reread(earlier.chat_id, on: db), acknowledged: earlier, replayed: true)
        }
        if try await ChatQueries.open(client: clientID, on: db) != nil {
            throw Problem(.conflict, detail: lang.t("You already have a chat going on: write in it.", "У вас уже идёт чат: пишите в нём."))
        }
        let id = UUID()
        let topic = String(text.split(whereSeparator: \.isNewline).first.map(String.init)?.prefix(ChatLimits.topic) ?? "")
        try await db.sql.raw("""
            INSERT INTO chats (id, version, client_id, opened_by, status, language, topic, last_seq, client_read_seq, operator_read_seq,
                               created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: clientID), \(bind: actor.userID), \(bind: ChatStatus.waiting.rawValue), \(bind: lang.rawValue),
                    \(bind: topic), 0, 0, 0, \(bind: now), \(bind: now))
            """).run()
        let message = try await ChatWrites.append(id, id: messageID, author: .init(actor), text: text, internal: false, now: now, on: db)
        var change = ChatChange(chat: try await ChatWrites.reread(id, on: db), messages: [message], change: "opened", acknowledged: message)
        if try await ChatDuty.onDuty(now: now, on: db).isEmpty {
            guard let row = try await ChatQueries.row(id, on: db) else { throw Problem(.notFound) }
            let (ticket, notice) = try await ChatToTicket.convert(row, by: actor, reason: .nobodyOnDuty, timeZone: timeZone,
                                                                  reopenWindow: reopenWindow, now: now, on: db)
            change.messages.append(notice)
            change.ticket = ticket
            change.change = "ticket"
            change.chat = try await ChatWrites.reread(id, on: db)
        }
        try await ChatWrites.audit(actor, .create, before: nil, after: change.chat, now: now, on: db)
        return change
    }
}
