import Fluent
import Foundation
import OrderCycleCore

/// A client removes one of its own contacts. A contact of another client is "not found".
struct RemoveOwnContact: Sendable {
    let clientID: UUID
    let contactID: UUID
    let expectedVersion: Int?

    func run(by actor: Principal, now: Date, on db: any Database) async throws {
        _ = try await OwnContactChange.run(for: clientID, expectedVersion: expectedVersion, by: actor, now: now, on: db) { tx in
            guard try await ClientStore.contactBelongs(contactID, to: clientID, on: tx) else { throw Problem(.notFound) }
            try await ClientStore.deleteContact(contactID, of: clientID, on: tx)
            return nil
        }
    }
}
