import Fluent
import Foundation
import OrderCycleCore

/// A new client card from the API or the client form: checked by the client rules, given its
/// responsible manager by the assignment rule (DOMAIN §2.1), with the assignment and the card
/// both in the trail.
struct CreateClient: Sendable {
    let input: ClientInput
    let rules: ClientRules

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ClientDTO {
        let valid = try await rules.validateNew(input, on: db)
        let managerID = try await ManagerPool.choose(segmentID: try FieldValidator().check(valid.segmentID), on: db)
        let id = try await ClientStore.insert(valid, managerID: managerID, now: now, on: db)
        if let managerID {
            try await AssignmentHistory.record(clientID: id, from: nil, to: managerID, reason: AssignmentHistory.automatic, by: actor?.userID, at: now, on: db)
        }
        guard let dto = try await ClientStore.card(id, on: db) else { throw Problem(.internalError) }
        try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: id, action: .create, before: ClientDTO?.none, after: dto, at: now)
        return dto
    }
}
