import Vapor

/// No field of OrderCycle holds the NUL character, and PostgreSQL's text cannot: a path or a
/// query string that carries one (raw or as `%00`) is refused with a 400 before any handler
/// reads it, so a search for it answers the same on both databases instead of a 500 on one.
struct NulRefusal: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if Self.carriesNul(request.url.string) {
            throw Problem(.malformed, detail: "The address carries the NUL character (%00), which no field accepts")
        }
        return try await next.respond(to: request)
    }

    static func carriesNul(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, byte) in bytes.enumerated() {
            if byte == 0 { return true }
            if byte == UInt8(ascii: "%"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "0"), bytes[i + 2] == UInt8(ascii: "0") { return true }
        }
        return false
    }
}
