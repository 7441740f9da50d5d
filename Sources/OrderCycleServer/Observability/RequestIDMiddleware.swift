import Vapor

/// Echoes the request id that Vapor puts into every log line, so a user's report can be
/// matched to the logs.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if let id = request.logger[metadataKey: "request-id"] {
            response.headers.replaceOrAdd(name: "X-Request-Id", value: "\(id)")
        }
        return response
    }
}
