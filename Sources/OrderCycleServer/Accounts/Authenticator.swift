import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Resolves the principal of every request: a bearer token (API, integrations) or the session
/// cookie (web). It never refuses; the access guard of each route decides.
struct Authenticator: AsyncMiddleware {
    static let sessionCookie = "oc_session"

    let config: AppConfig
    let tokens: BearerTokenCache

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let now = request.clock.now()
        if let bearer = request.headers.bearerAuthorization {
            request.principal = try await principal(bearer: bearer.token, now: now, on: request.db)
        } else if let cookie = request.cookies[Self.sessionCookie]?.string {
            request.principal = try await principal(sessionToken: cookie, now: now, on: request.db)
        }
        return try await next.respond(to: request)
    }

    /// Every API request passes here: the token kept on this instance (`BearerTokenCache`, where
    /// that is exact), else one indexed read: the token with its user, if any.
    private func principal(bearer token: String, now: Date, on db: any Database) async throws -> Principal? {
        let hash = Secrets.hash(token)
        if let kept = tokens.principal(forHash: hash, at: now) { return kept }
        let generation = tokens.generation
        guard let (principal, expiresAt) = try await read(hash: hash, now: now, on: db) else { return nil }
        tokens.store(.init(principal: principal, expiresAt: expiresAt), forHash: hash, readAt: generation)
        return principal
    }

    /// A token valid at `now` with its principal and expiry.
    private func read(hash: String, now: Date, on db: any Database) async throws -> (Principal, Date?)? {
        guard let row = try await db.sql.raw("""
            SELECT t.id, t.name, t.role, t.expires_at, t.revoked_at, t.user_id,
                   u.role AS user_role, u.client_id, u.display_name, u.email, u.language, u.active
            FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = \(bind: hash)
            """).first() else { return nil }
        let tokenID = try row.decode(column: "id", as: UUID.self)
        let expiresAt = try row.decode(column: "expires_at", as: Date?.self)
        guard try row.decode(column: "revoked_at", as: Date?.self) == nil, (expiresAt ?? .distantFuture) > now else { return nil }
        if let userID = try row.decode(column: "user_id", as: UUID?.self) {
            guard try row.decode(column: "active", as: Bool?.self) == true,
                  let role = Role(rawValue: try row.decode(column: "user_role", as: String.self))
            else { return nil }
            return (Principal(userID: userID, role: role, clientID: try row.decode(column: "client_id", as: UUID?.self),
                              label: try row.decode(column: "display_name", as: String.self), email: try row.decode(column: "email", as: String.self),
                              language: try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)),
                              credential: .bearer(tokenID: tokenID)), expiresAt)
        }
        guard let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
        return (Principal(userID: nil, role: role, clientID: nil, label: "integration: \(try row.decode(column: "name", as: String.self))",
                          email: nil, language: nil, credential: .bearer(tokenID: tokenID)), expiresAt)
    }

    private func principal(sessionToken: String, now: Date, on db: any Database) async throws -> Principal? {
        guard let session = try await WebSession.query(on: db).filter(\.$tokenHash == Secrets.hash(sessionToken)).first(),
              let sessionID = session.id
        else { return nil }
        if session.expiresAt <= now || now.timeIntervalSince(session.lastSeenAt) > config.sessionIdleTimeout {
            try await session.delete(on: db)
            return nil
        }
        guard let user = try await User.find(session.userID, on: db), user.active else { return nil }
        // Touch at most once a minute: idle tracking without a write on every page view.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await session.update(on: db)
        }
        return Principal(userID: user.id, role: user.role, clientID: user.clientID, label: user.displayName,
                         email: user.email, language: user.language.flatMap(Language.init(rawValue:)),
                         credential: .session(id: sessionID, csrfToken: session.csrfToken))
    }
}
