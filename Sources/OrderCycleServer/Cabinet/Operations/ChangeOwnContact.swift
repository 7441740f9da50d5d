import Fluent
import Foundation
import OrderCycleCore

/// A client replaces one of its own contacts. A contact of another client is "not found".
struct ChangeOwnContact: Sendable {
    let clientID: UUID
    let contactID: UUID
    let contact: ValidContact
    let expectedVersion: Int?

    init(clientID: UUID, contactID: UUID, _ input: ContactInput, region: String, expectedVersion: Int?, lang: Language = .en) throws {
        self.clientID = clientID
        self.contactID = contactID
        self.contact = try OwnContactChange.validated(input, region: region, lang: lang)
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> CabinetDTO {
        try await OwnContactChange.run(for: clientID, expectedVersion: expectedVersion, by: actor, now: now, on: db) { tx in
            guard try await ClientStore.contactBelongs(contactID, to: clientID, on: tx) else { throw Problem(.notFound) }
            try await ClientStore.replaceContact(contactID, of: clientID, with: contact, on: tx)
            return contactID
        }.cabinet
    }
}
