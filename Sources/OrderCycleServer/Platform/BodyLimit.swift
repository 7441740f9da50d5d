import Vapor

/// Refuses bodies over the configured size before any handler reads them, whether the size is
/// announced (`Content-Length`) or only found once the body has arrived.
struct BodyLimit: AsyncMiddleware {
    let maxBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > maxBytes {
            throw Problem(.payloadTooLarge)
        }
        if let body = request.body.data, body.readableBytes > maxBytes {
            throw Problem(.payloadTooLarge)
        }
        return try await next.respond(to: request)
    }
}
