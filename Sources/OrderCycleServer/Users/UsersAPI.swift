import Fluent
import OrderCycleCore
import Vapor

/// Administration of users through the API.
enum UsersAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Users.users, access: .only(.admin), use: list)
        routes.endpoint(.POST, APIRoute.Users.users, access: .only(.admin), use: create)
        routes.endpoint(.GET, APIRoute.Users.user, access: .only(.admin), use: show)
        routes.endpoint(.PATCH, APIRoute.Users.user, access: .only(.admin), use: update)
    }

    @Sendable static func list(req: Request) async throws -> Page<UserDTO> {
        try await UserQueries.page(try PageRequest(req, ordering: .text), on: req.db)
    }

    struct CreateBody: Content {
        var email: String?
        var password: String?
        var display_name: String?
        var role: String?
        var client_id: UUID?
        var phone: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let actor = try req.actor
        let draft = UserRules.Draft(email: body.email, password: body.password, displayName: body.display_name,
                                    role: body.role, clientID: body.client_id, phone: body.phone)
        let operation = CreateUser(draft: draft, hasher: req.password.async, lang: req.language)
        let requestID = req.requestID
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, requestID: requestID, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Users.user(dto.id), version: dto.version)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try await find(req)
        return try await user.toDTO().encodeResponse(for: req).withETag(user.version)
    }

    struct UpdateBody: Content {
        var display_name: String?
        var role: String?
        var active: Bool?
        var phone: String?
        var password: String?
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(UpdateBody.self)
        let change = try ChangeUser(userID: id, displayName: body.display_name, role: body.role, active: body.active,
                                    phone: body.phone, password: body.password, expectedVersion: expected, lang: req.language)
        let hash = try await body.password.asyncMap { try await req.password.async.hash($0) }
        let actor = try req.actor
        let requestID = req.requestID
        let dto = try await req.write { tx in
            try await change.run(by: actor, passwordHash: hash, requestID: requestID, now: req.clock.now(), on: tx)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    static func find(_ req: Request) async throws -> User {
        try await UserQueries.user(try idParameter(req), on: req.db)
    }
}

/// The `:id` path parameter as a UUID; anything else is a 404, as no such record can exist.
func idParameter(_ req: Request, _ name: String = "id") throws -> UUID {
    guard let raw = req.parameters.get(name), let id = UUID(uuidString: raw) else { throw Problem(.notFound) }
    return id
}

extension Request {
    var requestID: String? { logger[metadataKey: "request-id"].map { "\($0)" } }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
