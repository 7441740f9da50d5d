import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Writes in a chat: the client's message, an operator's answer, or an operator's internal note
/// (never shown to the client). `id` is made by the sender's page, so a message sent again after
/// a lost connection is acknowledged with what was stored the first time, never stored twice.
/// An operator's first answer to a waiting chat takes it. A client writing in a waiting chat
/// when nobody is on duty any more has its chat turned into a ticket.
struct PostChatMessage: Sendable {
    let chatID: UUID
    let messageID: UUID
    let text: String
    let isInternal: Bool
    let timeZone: TimeZone
    let reopenWindow: TimeInterval
    let lang: Language

    init(chatID: UUID, id: UUID?, text: String?, internal note: Bool?, timeZone: TimeZone, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        if id == nil { v.required("id") }
        let text = v.text("text", text, max: ChatLimits.text)
        self.text = try v.check(text)
        self.chatID = chatID
        self.messageID = id ?? UUID()
        self.isInternal = note ?? false
        self.timeZone = timeZone
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatChange {
        _ = try await ChatAccess.writableChat(chatID, by: actor, on: db)
        if let earlier = try await ChatWrites.earlier(messageID, chatID: chatID, by: actor, lang: lang, on: db) {
            return ChatChange(chat: try await ChatWrites.reread(chatID, on: db), acknowledged: earlier, replayed: true)
        }
        let fromClient = actor.role == .client
        if fromClient, isInternal {
            throw Problem(.forbidden, detail: lang.t("Internal notes are for staff only.", "Внутренние заметки пишут только сотрудники."))
        }
        // Taking the row first: a second writer of this chat waits here, then reads what the first wrote.
        try await ChatWrites.touch(chatID, now: now, on: db)
        if let earlier = try await ChatWrites.earlier(messageID, chatID: chatID, by: actor, lang: lang, on: db) {
            return ChatChange(chat: try await ChatWrites.reread(chatID, on: db), acknowledged: earlier, replayed: true)
        }
        guard let chat = try await ChatQueries.row(chatID, on: db) else { throw Problem(.notFound) }
        guard chat.status.isOpen else {
            throw Problem(.conflict, detail: chat.status == .ticket
                ? lang.t("This chat became a ticket: write in the ticket.", "Этот чат стал заявкой: пишите в заявке.")
                : lang.t("This chat is closed: open a new one.", "Этот чат завершён: начните новый."))
        }
        // Only a waiting chat can move here (taken, or made a ticket): the audit's "before" is read for it alone.
        let before = chat.status == .waiting ? try await ChatWrites.reread(chatID, on: db) : nil
        var moved: String?
        if !fromClient, !isInternal, chat.status == .waiting {
            try await db.sql.raw("""
                UPDATE chats SET status = \(bind: ChatStatus.active.rawValue), operator_id = \(bind: actor.userID), accepted_at = \(bind: now)
                WHERE id = \(bind: chatID)
                """).run()
            moved = "accepted"
        }
        let message = try await ChatWrites.append(chatID, id: messageID, author: .init(actor), text: text, internal: isInternal, now: now, on: db)
        var change = ChatChange(chat: try await ChatWrites.reread(chatID, on: db), messages: [message], change: moved, acknowledged: message)
        if fromClient, chat.status == .waiting, try await ChatDuty.onDuty(now: now, on: db).isEmpty {
            let (ticket, notice) = try await ChatToTicket.convert(chat, by: actor, reason: .nobodyOnDuty, timeZone: timeZone,
                                                                  reopenWindow: reopenWindow, now: now, on: db)
            change.messages.append(notice)
            change.ticket = ticket
            change.change = "ticket"
            change.chat = try await ChatWrites.reread(chatID, on: db)
        }
        if change.change != nil, let before { try await ChatWrites.audit(actor, .transition, before: before, after: change.chat, now: now, on: db) }
        return change
    }
}
