import Fluent
import Foundation
import Vapor

/// Starts and ends web sessions. Each login creates a fresh session id (no fixation) and
/// replaces whatever session the browser had.
enum SessionIssuer {
    static func start(for user: User, request: Request, config: AppConfig) async throws -> Response {
        let token = Secrets.token()
        let now = Date()
        if let old = request.cookies[Authenticator.sessionCookie]?.string {
            try await WebSession.query(on: request.db).filter(\.$tokenHash == Secrets.hash(old)).delete()
        }
        let session = WebSession(tokenHash: Secrets.hash(token), userID: try user.requireID(), csrfToken: Secrets.token(),
                                 now: now, expiresAt: now.addingTimeInterval(config.sessionAbsoluteTimeout),
                                 address: request.clientAddress)
        try await session.create(on: request.db)
        let next = (try? request.content.get(String.self, at: "next")).flatMap(safeLocalPath) ?? SitePath.home
        let response = request.redirect(to: next, redirectType: .normal)
        response.cookies[Authenticator.sessionCookie] = HTTPCookies.Value(
            string: token, maxAge: Int(config.sessionAbsoluteTimeout), path: "/",
            isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    static func end(request: Request) async throws -> Response {
        if case .session(let id, _) = request.principal?.credential {
            try await WebSession.query(on: request.db).filter(\.$id == id).delete()
        }
        let response = request.redirect(to: SitePath.login, redirectType: .normal)
        response.cookies[Authenticator.sessionCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    /// Only same-site paths are followed after login, never another host.
    static func safeLocalPath(_ path: String) -> String? {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"), !path.hasPrefix("/logout") else { return nil }
        return path
    }
}
