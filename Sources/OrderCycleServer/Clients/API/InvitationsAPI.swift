import Fluent
import OrderCycleCore
import Vapor

/// Invitations of a client's contacts to the cabinet through the API. The route is open to
/// administrators and managers; `InviteContact` then lets a manager invite only the contacts
/// of their own clients. Not under `Idempotency-Key`: a replay would have to keep the answer,
/// and the answer holds the link, which is kept nowhere.
enum InvitationsAPI {
    static let inviters = Access.only(.admin, .manager)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Clients.invitations, access: inviters, use: create)
    }

    struct Body: Content { var contact_id: UUID?; var email: String? }

    @Sendable static func create(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(Body.self)
        let operation = try InviteContact(clientID: id, contactID: body.contact_id, email: body.email)
        let actor = try req.actor
        let base = InvitationMail.linkBase(req)
        let dto = try await req.write { tx in try await operation.run(by: actor, linkBase: base, now: req.clock.now(), on: tx) }
        let clientName = try await Client.find(id, on: req.db)?.name ?? ""
        InvitationMail.send(dto, clientName: clientName, lang: actor.language ?? .en, app: req.application)
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
