import Fluent
import Foundation
import OrderCycleCore

/// A client's change to its own contacts, as one versioned, audited change of the client: the
/// card's version moves once, and the change and its audit entry commit together. The cabinet's
/// contact operations run their edit through it.
enum OwnContactChange {
    /// Runs `edit` on the client's contacts and answers the cabinet as it now stands, with the id
    /// `edit` returned (the contact added or changed).
    static func run(for clientID: UUID, expectedVersion: Int?, by actor: Principal, now: Date, on db: any Database,
                    _ edit: (any Database) async throws -> UUID?) async throws -> (cabinet: CabinetAPI.CabinetDTO, contactID: UUID?) {
        let version = try await ETag.advance(Client.schema, id: clientID, expected: expectedVersion, on: db)
        guard var before = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        before.version = version - 1
        let touched = try await edit(db)
        try await db.sql.update(Client.schema).set("updated_at", to: now).where("id", .equal, clientID).run()
        guard let after = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: clientID, action: .update, before: before, after: after, at: now)
        return (try await CabinetAPI.cabinet(clientID, on: db), touched)
    }
}
