import Fluent
import Foundation
import Vapor

/// Starts and ends web sessions. Each login creates a fresh session id (no fixation) and
/// replaces whatever session the browser had.
enum SessionIssuer {
    static func start(for user: User, request: Request, config: AppConfig) async throws -> Response {
        let token = Secrets.token()
        let now = request.clock.now()
        if let old = request.cookies[Authenticator.sessionCookie]?.string {
            try await WebSession.query(on: request.db).filter(\.$tokenHash == Secrets.hash(old)).delete()
        }
        let session = WebSession(tokenHash: Secrets.hash(token), userID: try user.requireID(), csrfToken: Secrets.token(),
                                 now: now, expiresAt: now.addingTimeInterval(config.sessionAbsoluteTimeout),
                                 address: request.clientAddress)
        try await session.create(on: request.db)
        let next = (try? request.content.get(String.self, at: "next")).flatMap(safeLocalPath) ?? PageRoute.Home.home()
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
        let response = request.redirect(to: PageRoute.Accounts.login(), redirectType: .normal)
        response.cookies[Authenticator.sessionCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    /// Only paths on this site are followed after login and the language switch, never another
    /// host. Browsers drop tabs and line breaks from a `Location` and read `\` as `/`, so
    /// `/<TAB>/evil.example/` or `/\evil.example` would leave the site: a path starts with one `/`
    /// not followed by `/` or `\`, and has no `\`, control, invisible or white-space character.
    static func safeLocalPath(_ path: String) -> String? {
        let scalars = path.unicodeScalars
        guard scalars.first == "/", !path.hasPrefix("/logout") else { return nil }
        if let second = scalars.dropFirst().first, second == "/" || second == "\\" { return nil }
        let unsafe = scalars.contains { $0 == "\\" || $0.properties.generalCategory == .control || $0.properties.isWhitespace
            || $0.properties.generalCategory == .format }
        return unsafe ? nil : path
    }
}
