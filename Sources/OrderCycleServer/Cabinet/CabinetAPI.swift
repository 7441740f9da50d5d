import Fluent
import OrderCycleCore
import Vapor

/// The client's own cabinet through the API. Every route reads the client from the principal,
/// never from the request, and a contact id of another client is "not found".
enum CabinetAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Cabinet.cabinet, access: .only(.client), use: show)
        routes.endpoint(.POST, APIRoute.Cabinet.contacts, access: .only(.client), use: addContact)
        routes.endpoint(.PATCH, APIRoute.Cabinet.contact, access: .only(.client), use: changeContact)
        routes.endpoint(.DELETE, APIRoute.Cabinet.contact, access: .only(.client), use: deleteContact)
    }

    /// What a client sees of itself: no notes, no internal history.
    struct CabinetDTO: Content, Equatable {
        var id: UUID
        var code: String
        var name: String
        var kind: ClientKind
        var party: PartyType
        var segment_name_en: String
        var segment_name_ru: String
        var manager: ManagerRef?
        var contacts: [ContactDTO]
        var addresses: [AddressDTO]
        var version: Int
    }

    static func ownClientID(_ req: Request) throws -> UUID {
        guard let id = try req.actor.clientID else { throw Problem(.forbidden) }
        return id
    }

    static func cabinet(_ clientID: UUID, on db: any Database) async throws -> CabinetDTO {
        guard let c = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        return CabinetDTO(id: c.id, code: c.code, name: c.name, kind: c.kind, party: c.party, segment_name_en: c.segment.name_en,
                          segment_name_ru: c.segment.name_ru, manager: c.manager, contacts: c.contacts, addresses: c.addresses, version: c.version)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let dto = try await cabinet(try ownClientID(req), on: req.db)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    static func validContact(_ input: ContactInput, region: String, lang: Language = .en) throws -> ValidContact {
        var v = FieldValidator()
        let rules = ClientRules(regionCode: region, lang: lang)
        let valid = rules.contacts([input], fallbackName: nil, into: &v)
        if valid.isEmpty, v.errors.isEmpty { v.add("contacts[0].name", lang.t("is required", "обязательно")) }
        // The cabinet edits one contact: its fields are named without the list prefix.
        try FieldValidator.rename(v, dropping: "contacts[0].").check()
        return valid[0]
    }

    @Sendable static func addContact(req: Request) async throws -> Response {
        let contact = try validContact(try req.content.decode(ContactInput.self), region: req.application.appConfig.phoneRegion)
        let operation = AddOwnContact(clientID: try ownClientID(req), contact: contact)
        let actor = try req.actor
        let (dto, id) = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        guard let added = dto.contacts.first(where: { $0.id == id }) else { throw Problem(.internalError) }
        return try await CreatedResponse(added, location: APIRoute.Cabinet.contact(added.id), version: dto.version).response()
            .encodeResponse(for: req)
    }

    @Sendable static func changeContact(req: Request) async throws -> Response {
        let contactID = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let contact = try validContact(try req.content.decode(ContactInput.self), region: req.application.appConfig.phoneRegion)
        let operation = ChangeOwnContact(clientID: try ownClientID(req), contactID: contactID, contact: contact, expectedVersion: expected)
        let actor = try req.actor
        let dto = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        guard let changed = dto.contacts.first(where: { $0.id == contactID }) else { throw Problem(.notFound) }
        return try await changed.encodeResponse(for: req).withETag(dto.version)
    }

    @Sendable static func deleteContact(req: Request) async throws -> HTTPStatus {
        let contactID = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = RemoveOwnContact(clientID: try ownClientID(req), contactID: contactID, expectedVersion: expected)
        let actor = try req.actor
        try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return .noContent
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
