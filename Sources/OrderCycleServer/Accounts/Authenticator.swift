import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Resolves the principal of every request: a bearer token (API, integrations) or the session
/// cookie (web). It never refuses; the access guard of each route decides.
struct Authenticator: AsyncMiddleware {
    static let sessionCookie = "oc_session"

    let config: AppConfig

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            request.principal = try await principal(bearer: bearer.token, on: request.db)
        } else if let cookie = request.cookies[Self.sessionCookie]?.string {
            request.principal = try await principal(sessionToken: cookie, on: request.db)
        }
        return try await next.respond(to: request)
    }

    private func principal(bearer token: String, on db: any Database) async throws -> Principal? {
        guard let stored = try await ApiToken.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).first(),
              stored.revokedAt == nil, (stored.expiresAt ?? .distantFuture) > Date(), let tokenID = stored.id
        else { return nil }
        if let userID = stored.userID {
            guard let user = try await User.find(userID, on: db), user.active else { return nil }
            return Principal(userID: userID, role: user.role, clientID: user.clientID, label: user.displayName,
                             email: user.email, language: user.language.flatMap(Language.init(rawValue:)),
                             credential: .bearer(tokenID: tokenID))
        }
        return Principal(userID: nil, role: stored.role, clientID: nil, label: "integration: \(stored.name)",
                         email: nil, language: nil, credential: .bearer(tokenID: tokenID))
    }

    private func principal(sessionToken: String, on db: any Database) async throws -> Principal? {
        guard let session = try await WebSession.query(on: db).filter(\.$tokenHash == Secrets.hash(sessionToken)).first(),
              let sessionID = session.id
        else { return nil }
        let now = Date()
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
