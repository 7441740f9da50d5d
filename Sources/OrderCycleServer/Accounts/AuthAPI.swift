import Fluent
import OrderCycleCore
import Vapor

/// `POST /api/v1/auth/login` exchanges e-mail and password for a bearer token.
enum AuthAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Accounts.login, access: .open, use: login)
        routes.endpoint(.POST, APIRoute.Accounts.logout, access: .authenticated, use: logout)
        routes.endpoint(.GET, APIRoute.Accounts.me, access: .authenticated, use: me)
    }

    struct LoginRequest: Content {
        var email: String
        var password: String
    }

    struct TokenResponse: Content {
        var token: String
        var token_type: String
        var expires_at: Date
        var role: Role
        var user_id: UUID
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let body = try req.content.decode(LoginRequest.self)
        var v = FieldValidator()
        _ = v.text("email", body.email, max: 254)
        if body.password.isEmpty { v.add("password", "is required") }
        if body.password.contains("\u{0}") { v.add("password", "must not contain a NUL character") }
        try v.check()
        let gate = LoginGate(db: req.db, app: req.application, hasher: req.password.async, now: req.clock.now(), decoyHash: req.application.decoyPasswordHash)
        switch try await gate.attempt(email: body.email, password: body.password, address: req.clientAddress) {
        case .success(let user):
            let token = Secrets.token()
            let now = req.clock.now()
            let expires = now.addingTimeInterval(req.application.appConfig.apiTokenLifetime)
            try await ApiToken(tokenHash: Secrets.hash(token), name: "login", kind: .login, role: user.role,
                               userID: user.id, createdBy: user.id, now: now, expiresAt: expires).create(on: req.db)
            let response = try await TokenResponse(token: token, token_type: "Bearer", expires_at: expires, role: user.role,
                                                   user_id: try user.requireID()).encodeResponse(status: .created, for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        case .wait(let seconds):
            let response = ProblemMiddleware.json(Problem(.tooManyRequests, detail: "Too many failed attempts; retry in \(seconds) s"), request: req)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        case .invalid:
            throw Problem(.unauthenticated, detail: "Wrong e-mail or password")
        }
    }

    @Sendable static func logout(req: Request) async throws -> HTTPStatus {
        guard case .bearer(let tokenID) = try req.actor.credential else { throw Problem(.forbidden, detail: "Only bearer tokens log out here") }
        try await ApiToken.query(on: req.db).filter(\.$id == tokenID).set(\.$revokedAt, to: req.clock.now()).update()
        // Committed on its own: the token is forgotten before the answer goes out.
        req.application.bearerTokens.clear()
        return .noContent
    }

    struct Me: Content {
        var user_id: UUID?
        var role: Role
        var name: String
        var email: String?
        var client_id: UUID?
    }

    @Sendable static func me(req: Request) async throws -> Me {
        let p = try req.actor
        return Me(user_id: p.userID, role: p.role, name: p.label, email: p.email, client_id: p.clientID)
    }
}
