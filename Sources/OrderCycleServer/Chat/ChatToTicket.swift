import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A chat becomes a ticket when nobody is on duty to answer it, or when an operator moves it
/// there: the ticket carries the public conversation so far (never the internal notes — a
/// client reads its ticket), the chat ends, and the client is told in the chat, in its language,
/// where the answer will come.
enum ChatToTicket {
    enum Reason: Sendable { case nobodyOnDuty, movedByOperator }

    static func convert(_ chat: ChatQueries.ChatRow, by actor: Principal, reason: Reason, timeZone: TimeZone, reopenWindow: TimeInterval,
                        now: Date, on db: any Database) async throws -> (ticket: TicketChange, notice: ChatMessageDTO) {
        let lang = chat.language
        let conversation = try await ChatQueries.messages(of: chat.id, includeInternal: false, limit: 10_000, on: db).filter { !$0.system }
        let transcript = conversation.map { "\($0.author_label): \($0.text)" }.joined(separator: "\n")
        let topic = try await db.sql.raw("SELECT topic FROM chats WHERE id = \(bind: chat.id)").first()?.decode(column: "topic", as: String.self) ?? ""
        let create = try CreateTicket(subject: String((lang.t("Chat: ", "Чат: ") + topic).prefix(TicketLimits.subject)),
                                      description: String(transcript.prefix(TicketLimits.text)), priority: nil, clientID: chat.clientID,
                                      source: .chat, timeZone: timeZone, reopenWindow: reopenWindow, lang: lang)
        let ticket = try await create.run(by: actor, now: now, on: db)
        try await db.sql.raw("""
            UPDATE chats SET status = \(bind: ChatStatus.ticket.rawValue), ticket_id = \(bind: ticket.ticket.id), closed_at = \(bind: now)
            WHERE id = \(bind: chat.id)
            """).run()
        let text = switch reason {
        case .nobodyOnDuty:
            lang.t("No operator is on duty right now, so your message became a support ticket: \"\(ticket.ticket.subject)\". We will answer it there; you will find it under Support.",
                   "Сейчас нет операторов на смене, поэтому ваше сообщение стало заявкой в поддержку: «\(ticket.ticket.subject)». Мы ответим в ней; она в разделе «Поддержка».")
        case .movedByOperator:
            lang.t("The operator moved this conversation to a support ticket: \"\(ticket.ticket.subject)\". We will answer it there.",
                   "Оператор перенёс разговор в заявку поддержки: «\(ticket.ticket.subject)». Мы ответим в ней.")
        }
        let notice = try await ChatWrites.append(chat.id, id: UUID(), author: .init(systemIn: lang), text: text, internal: false, now: now, on: db)
        return (ticket, notice)
    }
}
