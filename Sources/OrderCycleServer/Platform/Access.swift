import OrderCycleCore
import Vapor

/// Who may call a route. Every route declares one; a test walks all registered routes and
/// proves that anonymous and wrong-role requests are refused.
enum Access: Sendable, CustomStringConvertible {
    /// Open to everyone (login page, health checks, the API document).
    case open
    /// Any logged-in principal.
    case authenticated
    case roles(Set<Role>)

    static func only(_ roles: Role...) -> Access { .roles(Set(roles)) }
    static var staff: Access { .roles(Set(Role.staff)) }

    func allows(_ principal: Principal?) -> Bool {
        switch self {
        case .open: true
        case .authenticated: principal != nil
        case .roles(let roles): principal.map { roles.contains($0.role) } ?? false
        }
    }

    var description: String {
        switch self {
        case .open: "open"
        case .authenticated: "authenticated"
        case .roles(let roles): roles.map(\.rawValue).sorted().joined(separator: ",")
        }
    }
}

/// The surface a route belongs to decides how a refusal looks: problem+json for the API,
/// a redirect to the login page or an error page for the web.
enum Surface: Sendable { case api, page }

struct AccessKey: Hashable, Sendable {}

extension Route {
    var access: Access? { userInfo[AccessKey()] as? Access }
}

extension RoutesBuilder {
    /// Registers a route together with its access rule (and, for state-changing web forms, the CSRF check).
    /// The path comes from a route catalogue (`PageRoute`, `APIRoute`), so the server answers
    /// only paths the catalogue declares, the same ones pages link to.
    @discardableResult
    func endpoint<P, R: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: RoutePath<P>, access: Access, body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route {
        let components = path.components
        let surface: Surface = components.first == "api" ? .api : .page
        let route = self.on(method, components, body: body) { req async throws -> Response in
            try await AccessGuard.check(req, access: access, surface: surface)
            return try await handler(req).encodeResponse(for: req)
        }
        route.userInfo[AccessKey()] = access
        return route
    }
}

enum AccessGuard {
    static func check(_ req: Request, access: Access, surface: Surface) async throws {
        if !access.allows(req.principal) {
            if req.principal == nil {
                if surface == .page { throw PageRedirect.login(next: req.url.string) }
                throw Problem(.unauthenticated)
            }
            throw Problem(.forbidden)
        }
        // The API also answers a logged-in browser (the installable app at /app): a write sent
        // with the session cookie carries the session's token in `X-CSRF-Token`, as a form does.
        if [.POST, .PUT, .PATCH, .DELETE].contains(req.method), surface == .page || req.principal?.csrfToken != nil {
            try CSRF.verify(req)
        }
    }
}

/// Thrown by page handlers to send the browser elsewhere; the error middleware turns it into a 303.
struct PageRedirect: Error {
    var location: String

    static func login(next: String) -> PageRedirect {
        let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        return PageRedirect(location: PageRoute.Accounts.loginPage(next: encoded))
    }
}
