import Vapor

/// A path that exists, asked with a method it does not have (`TRACE`, `DELETE` on a list),
/// answers 405 with the methods it has in `Allow` (RFC 9110 §15.5.6), not the router's 404.
/// Sits inside the error edge, where the router's "no route" arrives as `RouteNotFound`.
struct MethodNotAllowed: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let notFound as RouteNotFound {
            let allowed = Self.methods(at: request.url.path, in: request.application.routes.all)
            guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { throw notFound }
            let problem = Problem(.methodNotAllowed, detail: "This path answers \(allowed.joined(separator: ", "))")
            let response = ProblemMiddleware.wantsJSON(request) ? ProblemMiddleware.json(problem, request: request)
                                                                 : ErrorPage.render(problem, request: request)
            response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
            return response
        }
    }

    /// The methods of every route whose pattern matches `path`; `HEAD` wherever `GET` is, as
    /// the router answers it.
    static func methods(at path: String, in routes: [Route]) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var methods = Set(routes.filter { matches($0.path, parts) }.map(\.method.rawValue))
        if methods.contains("GET") { methods.insert("HEAD") }
        return methods.sorted()
    }

    private static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        var index = 0
        for component in pattern {
            switch component {
            case .catchall: return index < parts.count
            case .constant(let text):
                guard index < parts.count, parts[index] == text else { return false }
            case .parameter, .anything:
                guard index < parts.count else { return false }
            }
            index += 1
        }
        return index == parts.count
    }
}
