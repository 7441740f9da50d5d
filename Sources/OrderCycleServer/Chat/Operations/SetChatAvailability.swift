import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// An operator marks themselves available for chats, or away. Available and with a live page
/// open, they are on duty (`ChatDuty`): new chats wait for them instead of becoming tickets.
struct SetChatAvailability: Sendable {
    let available: Bool

    init(available: Bool?, lang: Language) throws {
        var v = FieldInput(lang)
        if available == nil { v.required("available") }
        try v.check()
        self.available = available ?? false
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ChatAvailabilityDTO {
        guard let userID = actor.userID, ChatAccess.isAgent(actor) else { throw Problem(.forbidden) }
        try await db.sql.raw("""
            INSERT INTO chat_operators (user_id, available, updated_at) VALUES (\(bind: userID), \(bind: available), \(bind: now))
            ON CONFLICT (user_id) DO UPDATE SET available = excluded.available, updated_at = excluded.updated_at
            """).run()
        try await AuditTrail.record(on: db, actor: actor, entity: "chat_operators", id: userID, action: .update, before: [String: Bool]?.none,
                                    after: ["available": available], at: now)
        return ChatAvailabilityDTO(available: available, on_duty: try await ChatDuty.isOnDuty(userID, now: now, on: db))
    }
}
