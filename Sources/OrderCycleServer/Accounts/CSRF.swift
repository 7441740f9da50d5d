import Vapor

/// Every state-changing web form carries a token that a foreign site cannot read. Logged-in
/// users get the token of their session; the login form uses a double-submit cookie.
enum CSRF {
    static let field = "_csrf"
    static let cookie = "oc_csrf"

    struct Refused: Error {}

    static func verify(_ req: Request) throws {
        let sent = (try? req.content.get(String.self, at: field)) ?? req.headers.first(name: "X-CSRF-Token")
        guard let sent, !sent.isEmpty, let expected = expectedToken(req), Secrets.equal(sent, expected) else {
            throw Refused()
        }
    }

    static func expectedToken(_ req: Request) -> String? {
        req.principal?.csrfToken ?? req.cookies[cookie]?.string
    }

    /// The token to print into a form; for anonymous visitors a cookie is set alongside.
    static func token(for req: Request) -> String {
        if let token = expectedToken(req) { return token }
        if let pending = req.storage[PendingCSRFKey.self] { return pending }
        let token = Secrets.token()
        req.storage[PendingCSRFKey.self] = token
        return token
    }

    struct PendingCSRFKey: StorageKey { typealias Value = String }

    /// Sets the double-submit cookie when a page minted a token for an anonymous visitor.
    struct CookieWriter: AsyncMiddleware {
        let secure: Bool
        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            let response = try await next.respond(to: request)
            if let token = request.storage[PendingCSRFKey.self] {
                response.cookies[CSRF.cookie] = HTTPCookies.Value(
                    string: token, maxAge: 12 * 3600, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
            }
            return response
        }
    }
}
