import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves a chat: an operator takes a waiting chat (`to` active), hands a chat to another
/// operator on duty (`to` active with `operator_id`), moves it to a ticket (`to` ticket); either
/// side closes it (`to` closed). Closed and ticket are final. The client is told in the chat who
/// answers it now, and when it ends.
struct TransitionChat: Sendable {
    let chatID: UUID
    let to: ChatStatus
    let operatorID: UUID?
    let timeZone: TimeZone
    let reopenWindow: TimeInterval
    let lang: Language

    init(chatID: UUID, to: String?, operatorID: UUID?, timeZone: TimeZone, reopenWindow: TimeInterval, lang: Language) throws {
        var v = FieldInput(lang)
        let to = v.choice("to", to, as: ChatStatus.self, required: true)
        if to == .waiting { v.add("to", en: "a chat goes back to the queue by no step", ru: "в очередь чат не возвращается") }
        if operatorID != nil, to != nil, to != .active { v.add("operator_id", en: "is given only to hand the chat over (to: active)", ru: "указывают только при передаче чата (to: active)") }
        self.to = try v.check(to)
        self.chatID = chatID
        self.operatorID = operatorID
        self.timeZone = timeZone
        self.reopenWindow = reopenWindow
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatChange {
        _ = try await ChatAccess.writableChat(chatID, by: actor, on: db)
        try await ChatWrites.touch(chatID, now: now, on: db)
        guard let chat = try await ChatQueries.row(chatID, on: db) else { throw Problem(.notFound) }
        let isClient = actor.role == .client
        if isClient, to != .closed {
            throw Problem(.forbidden, detail: lang.t("Only an operator takes, hands over or moves a chat.", "Брать, передавать и переносить чат может только оператор."))
        }
        guard chat.status.isOpen else {
            throw Problem(.illegalTransition, detail: lang.t("The chat has already ended.", "Чат уже завершён."))
        }
        let before = try await ChatWrites.reread(chatID, on: db)
        let say = chat.language
        var change = ChatChange(chat: before)
        switch to {
        case .active:
            let target = operatorID ?? actor.userID
            if operatorID == nil, chat.status == .active {
                throw Problem(.illegalTransition, detail: lang.t("The chat is already taken: hand it over with operator_id.", "Чат уже взят: передайте его, указав operator_id."))
            }
            if let operatorID, try await !ChatDuty.isOnDuty(operatorID, now: now, on: db) {
                throw Problem.field("operator_id", lang.t("is not an operator on duty for chats", "не оператор на смене в чате"))
            }
            guard let target else { throw Problem(.forbidden) }
            let name = try await db.sql.raw("SELECT display_name FROM users WHERE id = \(bind: target)").first()?.decode(column: "display_name", as: String.self) ?? ""
            try await db.sql.raw("""
                UPDATE chats SET status = \(bind: ChatStatus.active.rawValue), operator_id = \(bind: target),
                       accepted_at = COALESCE(accepted_at, \(bind: now)), operator_read_seq = 0
                WHERE id = \(bind: chatID)
                """).run()
            change.change = chat.status == .waiting ? "accepted" : "transferred"
            change.messages.append(try await ChatWrites.append(chatID, id: UUID(), author: .init(systemIn: say),
                                                               text: say.t("\(name) is answering you.", "Вам отвечает \(name)."), internal: false, now: now, on: db))
        case .closed:
            try await db.sql.raw("""
                UPDATE chats SET status = \(bind: ChatStatus.closed.rawValue), closed_at = \(bind: now) WHERE id = \(bind: chatID)
                """).run()
            change.change = "closed"
            change.messages.append(try await ChatWrites.append(chatID, id: UUID(), author: .init(systemIn: say),
                                                               text: say.t("The chat has ended. Thank you!", "Чат завершён. Спасибо!"), internal: false, now: now, on: db))
        case .ticket:
            let (ticket, notice) = try await ChatToTicket.convert(chat, by: actor, reason: .movedByOperator, timeZone: timeZone,
                                                                  reopenWindow: reopenWindow, now: now, on: db)
            change.ticket = ticket
            change.messages.append(notice)
            change.change = "ticket"
        case .waiting:
            throw Problem(.illegalTransition)
        }
        change.chat = try await ChatWrites.reread(chatID, on: db)
        // The ends of the old audience (the operator handing over) hear the move too.
        if let old = before.operator_id, old != change.chat.operator_id { change.previousOperator = old }
        try await ChatWrites.audit(actor, .transition, before: before, after: change.chat, now: now, on: db)
        return change
    }
}
