import Fluent
import Foundation
import OrderCycleCore

/// A change to a client card (the API's PATCH, the edit form, archiving and restoring): only
/// the fields the input names change, and the trail keeps the card before and after.
struct UpdateClient: Sendable {
    let clientID: UUID
    let input: ClientInput
    let expectedVersion: Int?
    let rules: ClientRules

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ClientDTO {
        let version = try await ETag.advance(Client.schema, id: clientID, expected: expectedVersion, on: db)
        guard var before = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        before.version = version - 1
        let valid = try await rules.validateChange(input, currentName: before.name, clientID: clientID, on: db)
        try await ClientStore.apply(valid, to: clientID, version: version, now: now, on: db)
        guard let after = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: clientID, action: .update, before: before, after: after, at: now)
        return after
    }
}
