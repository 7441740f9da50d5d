import Fluent
import Foundation
import Vapor

/// What the cabinet reads: always the signed-in client's own card, never one named by the request.
enum CabinetQueries {
    /// The client the principal logs in for; staff have no cabinet.
    static func ownClientID(_ req: Request) throws -> UUID {
        guard let id = try req.actor.clientID else { throw Problem(.forbidden) }
        return id
    }

    static func cabinet(_ clientID: UUID, on db: any Database) async throws -> CabinetDTO {
        guard let card = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        return CabinetDTO(card)
    }
}
