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

    /// Thrown inside the write when the id is stored already; `send` answers with the stored message.
    struct Repeated: Error {}

    /// The write itself: a message is two statements in the writer's turn (the chat's row, the
    /// message), and more only when it moves a waiting chat. Nothing is read first: the row the
    /// first statement returns says whether the sender may write here.
    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatChange {
        let author = ChatWrites.Author(actor)
        guard let turned = try await ChatWrites.turn(chatID, author: author, now: now, on: db) else { throw Problem(.notFound) }
        try ChatAccess.mustWrite(chatOf: turned.client_id, actor)
        let fromClient = actor.role == .client
        if fromClient, isInternal {
            throw Problem(.forbidden, detail: lang.t("Internal notes are for staff only.", "Внутренние заметки пишут только сотрудники."))
        }
        let chat = ChatQueries.row(of: turned)
        guard chat.status.isOpen else {
            throw Problem(.conflict, detail: chat.status == .ticket
                ? lang.t("This chat became a ticket: write in the ticket.", "Этот чат стал заявкой: пишите в заявке.")
                : lang.t("This chat is closed: open a new one.", "Этот чат завершён: начните новый."))
        }
        guard let message = try await ChatWrites.store(chatID, seq: turned.last_seq, id: messageID, author: author, text: text,
                                                       internal: isInternal, now: now, on: db) else { throw Repeated() }
        var change = ChatChange(chat: turned, messages: [message], acknowledged: message)
        // Only a waiting chat can move here (taken, or made a ticket); the audit's "before" is the
        // row as the turn left it, whose status, operator and ticket the turn did not touch.
        guard chat.status == .waiting else { return change }
        if !fromClient, !isInternal {
            try await db.sql.raw("""
                UPDATE chats SET status = \(bind: ChatStatus.active.rawValue), operator_id = \(bind: actor.userID), accepted_at = \(bind: now)
                WHERE id = \(bind: chatID)
                """).run()
            change.change = "accepted"
        }
        if fromClient, try await ChatDuty.onDuty(now: now, on: db).isEmpty {
            let (ticket, notice) = try await ChatToTicket.convert(chat, by: actor, reason: .nobodyOnDuty, timeZone: timeZone,
                                                                  reopenWindow: reopenWindow, now: now, on: db)
            change.messages.append(notice)
            change.ticket = ticket
            change.change = "ticket"
        }
        guard change.change != nil else { return change }
        change.chat = try await ChatWrites.reread(chatID, on: db)
        try await ChatWrites.audit(actor, .transition, before: turned, after: change.chat, now: now, on: db)
        return change
    }
}
