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
                    _ edit: (any Database) async throws -> UUID?) async throws -> (cabinet: CabinetDTO, contactID: UUID?) {
        let version = try await ETag.advance(Client.schema, id: clientID, expected: expectedVersion, on: db)
        guard var before = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        before.version = version - 1
        let touched = try await edit(db)
        try await db.sql.update(Client.schema).set("updated_at", to: now).where("id", .equal, clientID).run()
        CardChange.announce(.all)
        guard let after = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: clientID, action: .update, before: before, after: after, at: now)
        return (try await CabinetQueries.cabinet(clientID, on: db), touched)
    }

    /// The one contact a client sends, checked by the client rules; its fields are named
    /// without the list prefix, since the cabinet edits one contact at a time.
    static func validated(_ input: ContactInput, region: String, lang: Language) throws -> ValidContact {
        var v = FieldValidator(lang: lang)
        let rules = ClientRules(regionCode: region, lang: lang)
        let valid = rules.contacts([input], fallbackName: nil, into: &v)
        if valid.isEmpty, v.errors.isEmpty { v.add("contacts[0].name", lang.t("is required", "обязательно")) }
        try FieldValidator.rename(v, dropping: "contacts[0].").check()
        return valid[0]
    }
}

extension FieldValidator {
    /// The same errors with a prefix taken off their field names.
    static func rename(_ v: FieldValidator, dropping prefix: String) -> FieldValidator {
        var out = FieldValidator()
        for e in v.errors { out.add(e.field.hasPrefix(prefix) ? String(e.field.dropFirst(prefix.count)) : e.field, e.message) }
        return out
    }
}
