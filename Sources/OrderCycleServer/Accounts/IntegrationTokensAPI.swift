import Fluent
import OrderCycleCore
import Vapor

/// Integration tokens: an administrator creates one per machine (a telephone exchange, a shop)
/// with the role it acts in; the secret is shown once and only its hash is stored.
enum IntegrationTokensAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Accounts.integrationTokens, access: .only(.admin), use: list)
        routes.endpoint(.POST, APIRoute.Accounts.integrationTokens, access: .only(.admin), use: create)
        routes.endpoint(.DELETE, APIRoute.Accounts.integrationToken, access: .only(.admin), use: revoke)
    }

    struct TokenDTO: Content {
        var id: UUID
        var name: String
        var role: Role
        var created_at: Date
        var revoked_at: Date?
        var version: Int
    }

    struct CreatedToken: Content {
        var id: UUID
        var name: String
        var role: Role
        var token: String
        var version: Int
    }

    struct CreateBody: Content {
        var name: String?
        var role: String?
    }

    static func dto(_ t: ApiToken) throws -> TokenDTO {
        TokenDTO(id: try t.requireID(), name: t.name, role: t.role, created_at: t.createdAt, revoked_at: t.revokedAt, version: t.version)
    }

    @Sendable static func list(req: Request) async throws -> Page<TokenDTO> {
        let page = try PageRequest(req, ordering: .text)
        var query = ApiToken.query(on: req.db).filter(\.$kind == .integration).sort(\.$name).sort(\.$id).limit(page.limit + 1)
        if let after = page.after {
            query = query.group(.or) { or in
                or.filter(\.$name > after.key)
                or.group(.and) { and in and.filter(\.$name == after.key).filter(\.$id > after.id) }
            }
        }
        let tokens = try await query.all()
        let items = try tokens.prefix(page.limit).map(dto)
        let next = tokens.count > page.limit ? items.last.map { Cursor(key: $0.name, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    /// Integration tokens act in a staff role; a machine never acts as a client.
    @Sendable static func create(req: Request) async throws -> Response {
        let operation = try IssueIntegrationToken(try req.content.decode(CreateBody.self))
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let (token, secret) = try await operation.run(by: actor, now: req.clock.now(), on: tx)
            let id = try token.requireID()
            return try CreatedResponse(CreatedToken(id: id, name: token.name, role: operation.role, token: secret, version: token.version),
                                       location: APIRoute.Accounts.integrationToken(id), version: token.version)
        }
    }

    @Sendable static func revoke(req: Request) async throws -> HTTPStatus {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let actor = try req.actor
        try await req.write { tx in
            let version = try await ETag.advance(ApiToken.schema, id: id, expected: expected, on: tx)
            guard let token = try await ApiToken.find(id, on: tx), token.kind == .integration else { throw Problem(.notFound) }
            let before = try dto(token)
            let now = req.clock.now()
            token.revokedAt = now
            token.version = version
            try await token.update(on: tx)
            BearerTokenCache.changed()
            try await AuditTrail.record(on: tx, actor: actor, entity: ApiToken.schema, id: id, action: .delete, before: before, after: try dto(token), at: now)
        }
        return .noContent
    }
}
