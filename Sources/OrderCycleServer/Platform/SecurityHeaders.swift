import Vapor

/// Headers every response carries, whatever produced it (page, API, problem, asset): the
/// browser runs only scripts and styles served by this site, never frames a page, never
/// guesses a content type, sends the referrer only within the site, and, behind HTTPS, never
/// goes back to plain HTTP.
struct SecurityHeaders: AsyncMiddleware {
    /// Styles are `'self'` too, without `'unsafe-inline'`: an injected `style` can read a page
    /// through attribute selectors and background URLs, and the pages need none (charts take
    /// their look from the stylesheet). `connect-src 'self'` covers the `/live` WebSocket.
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
        "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'",
    ].joined(separator: "; ")

    /// A year; only sent when the site is served over HTTPS (`AppConfig.secureCookies`), since a
    /// browser must not be pinned to HTTPS by a site that cannot answer on it.
    static let strictTransportSecurity = "max-age=31536000"

    let https: Bool

    /// The headers as name and value, also for answers written below Vapor (`ParserErrorAnswer`).
    static func all(https: Bool) -> [(String, String)] {
        var headers = [
            ("Content-Security-Policy", contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("X-Frame-Options", "DENY"),
        ]
        if https { headers.append(("Strict-Transport-Security", strictTransportSecurity)) }
        return headers
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        // A handler that set one of these on purpose keeps its own.
        for (name, value) in Self.all(https: https) where !response.headers.contains(name: name) {
            response.headers.add(name: name, value: value)
        }
        return response
    }
}
