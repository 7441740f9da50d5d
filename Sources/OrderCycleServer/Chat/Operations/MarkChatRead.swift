import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A read mark: the reader's side has read the chat up to `seq` (a mark never goes back, and
/// never past the last message). The other side sees it live.
struct MarkChatRead: Sendable {
    let chatID: UUID
    let seq: Int

    init(chatID: UUID, seq: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        if seq == nil { v.required("seq") } else if let seq, seq < 0 { v.add("seq", en: "must not be negative", ru: "не может быть отрицательным") }
        try v.check()
        self.chatID = chatID
        self.seq = seq ?? 0
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatChange {
        let chat = try await ChatAccess.visibleChat(chatID, to: actor, on: db)
        guard actor.role == .client || ChatAccess.isAgent(actor) else { throw Problem(.forbidden) }
        let column = actor.role == .client ? "client_read_seq" : "operator_read_seq"
        let mark = min(seq, chat.lastSeq)
        try await db.sql.raw("""
            UPDATE chats SET \(unsafeRaw: column) = \(bind: mark) WHERE id = \(bind: chatID) AND \(unsafeRaw: column) < \(bind: mark)
            """).run()
        return ChatChange(chat: try await ChatWrites.reread(chatID, on: db))
    }
}
