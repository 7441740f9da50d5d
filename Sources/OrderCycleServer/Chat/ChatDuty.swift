import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who is on duty for the hotline chat: an active operator, manager or administrator who has
/// marked themselves available for chats (on the support console) and has a live page open on
/// any instance right now (`LivePresence`). The mark stays until they mark themselves away;
/// closing every page takes them off duty without it.
enum ChatDuty {
    static func onDuty(now: Date, on db: any Database) async throws -> [UUID] {
        try await db.sql.raw("""
            SELECT u.id FROM chat_operators co JOIN users u ON u.id = co.user_id
            WHERE co.available = \(bind: true) AND u.active = \(bind: true)
              AND u.role IN (\(binds: ChatAccess.agentRoles.map(\.rawValue)))
              AND \(LivePresence.live(user: "u.id", now: now))
            ORDER BY u.id
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    static func isOnDuty(_ userID: UUID, now: Date, on db: any Database) async throws -> Bool {
        try await onDuty(now: now, on: db).contains(userID)
    }

    static func isAvailable(_ userID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT available FROM chat_operators WHERE user_id = \(bind: userID)").first()?
            .decode(column: "available", as: Bool.self) ?? false
    }
}
