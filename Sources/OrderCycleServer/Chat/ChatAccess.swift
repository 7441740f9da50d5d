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
        if actor.role == .client {
            guard chat.clientID == actor.clientID else { throw Problem(.notFound) }
        } else if !actor.role.isStaff {
            throw Problem(.notFound)
        }
        return chat
    }

    /// The chat if `actor` may write in it: a client its own, staff who answer chats.
    static func writableChat(_ id: UUID, by actor: Principal, on db: any Database) async throws -> ChatQueries.ChatRow {
        let chat = try await visibleChat(id, to: actor, on: db)
        guard actor.role == .client || isAgent(actor) else { throw Problem(.forbidden) }
        return chat
    }
}
