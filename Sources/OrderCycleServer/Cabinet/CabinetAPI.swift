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

    @Sendable static func show(req: Request) async throws -> Response {
        let dto = try await CabinetQueries.cabinet(try CabinetQueries.ownClientID(req), on: req.db)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    @Sendable static func addContact(req: Request) async throws -> Response {
        let operation = try AddOwnContact(clientID: try CabinetQueries.ownClientID(req), try req.content.decode(ContactInput.self),
                                          region: req.application.appConfig.phoneRegion)
        let actor = try req.actor
        let (dto, id) = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        guard let added = dto.contacts.first(where: { $0.id == id }) else { throw Problem(.internalError) }
        return try await CreatedResponse(added, location: APIRoute.Cabinet.contact(added.id), version: dto.version).response()
            .encodeResponse(for: req)
    }

    @Sendable static func changeContact(req: Request) async throws -> Response {
        let contactID = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = try ChangeOwnContact(clientID: try CabinetQueries.ownClientID(req), contactID: contactID, try req.content.decode(ContactInput.self),
                                             region: req.application.appConfig.phoneRegion, expectedVersion: expected)
        let actor = try req.actor
        let dto = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        guard let changed = dto.contacts.first(where: { $0.id == contactID }) else { throw Problem(.notFound) }
        return try await changed.encodeResponse(for: req).withETag(dto.version)
    }

    @Sendable static func deleteContact(req: Request) async throws -> HTTPStatus {
        let contactID = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = RemoveOwnContact(clientID: try CabinetQueries.ownClientID(req), contactID: contactID, expectedVersion: expected)
        let actor = try req.actor
        try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return .noContent
    }
}
