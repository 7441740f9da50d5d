import Fluent
import Foundation
import OrderCycleCore

/// A client adds a contact person to its own card, from the cabinet page or the API.
struct AddOwnContact: Sendable {
    let clientID: UUID
    let contact: ValidContact

    init(clientID: UUID, _ input: ContactInput, region: String, lang: Language = .en) throws {
        self.clientID = clientID
        self.contact = try OwnContactChange.validated(input, region: region, lang: lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> (cabinet: CabinetDTO, contactID: UUID) {
        let (cabinet, id) = try await OwnContactChange.run(for: clientID, expectedVersion: nil, by: actor, now: now, on: db) { tx in
            try await ClientStore.addContact(to: clientID, contact, on: tx)
        }
        guard let id else { throw Problem(.internalError) }
        return (cabinet, id)
    }
}
