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
        let operation = CreateUser(draft: draft, hasher: req.password.async)
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
        var v = FieldValidator()
        let name = body.display_name.map { _ in v.text("display_name", body.display_name, max: 120) } ?? nil
        let role = body.role.map { Role(rawValue: $0) }
        if case .some(.none) = role { v.add("role", "must be one of: " + Role.allCases.map(\.rawValue).joined(separator: ", ")) }
        if body.password != nil { UserRules.checkPassword(body.password, into: &v) }
        let phone = v.text("phone", body.phone, required: false, max: 40)
        try v.check()
        let hash = try await body.password.asyncMap { try await req.password.async.hash($0) }
        let actor = try req.actor
        let requestID = req.requestID
        let dto = try await req.write { tx in
            let version = try await ETag.advance(User.schema, id: id, expected: expected, on: tx)
            guard let user = try await User.find(id, on: tx) else { throw Problem(.notFound) }
            var before = try user.toDTO()
            before.version = version - 1
            if let name { user.displayName = name }
            if let role = role ?? nil { user.role = role }
            if let active = body.active { user.active = active }
            if body.phone != nil { user.phone = phone }
            if let hash { user.passwordHash = hash }
            user.version = version
            try await user.update(on: tx)
            if body.active == false || hash != nil {
                // A disabled user or a new password ends every open session and login token.
                try await WebSession.query(on: tx).filter(\.$userID == id).delete()
                try await ApiToken.query(on: tx).filter(\.$userID == id).filter(\.$kind == .login).delete()
            }
            let after = try user.toDTO()
            try await AuditTrail.record(on: tx, actor: actor, entity: User.schema, id: id, action: .update,
                                        before: before, after: after, requestID: requestID, at: req.clock.now())
            return after
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
