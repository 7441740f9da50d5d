import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who takes part in hotline chats: a client opens and writes in its own; the operators,
/// managers and administrators who answer tickets answer chats; analysts read them. A chat a
/// person may not see answers 404, as if it did not exist.
enum ChatAccess {
    static let agentRoles: [Role] = SupportAccess.staffRoles
    static let agents: Access = SupportAccess.agents
    static let readers: Access = SupportAccess.readers
    static let writers: Access = SupportAccess.writers
    static let clients: Access = .only(.client)

    static func isAgent(_ actor: Principal) -> Bool { agentRoles.contains(actor.role) }

    /// The chat if `actor` may see it, else 404.
    static func visibleChat(_ id: UUID, to actor: Principal, on db: any Database) async throws -> ChatQueries.ChatRow {
        guard let chat = try await ChatQueries.row(id, on: db) else { throw Problem(.notFound) }
        try mustSee(chatOf: chat.clientID, actor)
        return chat
    }

    /// The chat if `actor` may write in it: a client its own, staff who answer chats.
    static func writableChat(_ id: UUID, by actor: Principal, on db: any Database) async throws -> ChatQueries.ChatRow {
        let chat = try await visibleChat(id, to: actor, on: db)
        try mustWrite(chatOf: chat.clientID, actor)
        return chat
    }

    /// 404 unless `actor` may see a chat of this client: the client's own users, and staff.
    static func mustSee(chatOf clientID: UUID, _ actor: Principal) throws {
        if actor.role == .client {
            guard clientID == actor.clientID else { throw Problem(.notFound) }
        } else if !actor.role.isStaff {
            throw Problem(.notFound)
        }
    }

    /// 404 or 403 unless `actor` may write in a chat of this client.
    static func mustWrite(chatOf clientID: UUID, _ actor: Principal) throws {
        try mustSee(chatOf: clientID, actor)
        guard actor.role == .client || isAgent(actor) else { throw Problem(.forbidden) }
    }
}
