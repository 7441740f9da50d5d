import Vapor

/// The edge where every error becomes a response: problem+json for the API, a friendly page
/// for the web. Nothing internal (stack traces, SQL) ever leaves; 5xx are logged in full.
struct ProblemMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let redirect as PageRedirect {
            return request.redirect(to: redirect.location, redirectType: .normal)
        } catch {
            let problem = Self.problem(for: error, request: request)
            if problem.status >= 500 {
                request.logger.critical("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            let response = Self.wantsJSON(request) ? Self.json(problem, request: request) : ErrorPage.render(problem, request: request)
            if problem.status == 503 { response.headers.replaceOrAdd(name: .retryAfter, value: String(Self.retryAfterSeconds)) }
            return response
        }
    }

    /// When to try again after a 503: the pool frees a connection as soon as any request ends.
    static let retryAfterSeconds = 2

    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.url.path
        return path.hasPrefix("/api/") || path == "/api" || path == "/readyz" || path == "/healthz"
    }

    static func json(_ problem: Problem, request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .problemJSON
        if problem.status == 401 { headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        let body = (try? APIJSON.encoder.encode(problem)) ?? Data("{}".utf8)
        return Response(status: problem.httpStatus, headers: headers, body: .init(data: body))
    }

    static func problem(for error: any Error, request: Request) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case is StockLedger.Insufficient:
            // Order steps name the product themselves (`OrderWorkflow.problem`); this is the net.
            return Problem(.insufficientStock, detail: "The stock does not hold this change; recount it, then try again")
        case is CSRF.Refused:
            return Problem(.forbidden, detail: "The form has expired or did not come from this site; reload the page and try again.")
        case let decoding as DecodingError:
            return problem(for: decoding)
        case is ConnectionPoolTimeoutError:
            // Every database connection stayed busy for the pool's whole wait: the server is
            // overloaded, not broken, and the same request succeeds a moment later.
            return Problem(.unavailable, detail: "All database connections are busy; try again in a moment")
        case let abort as any AbortError where abort.status == .unprocessableEntity:
            // Vapor's only 422 here is a request without a body to decode.
            return Problem(.malformed, detail: "The request has no body; send a JSON object")
        case let abort as any AbortError:
            return problem(status: abort.status, reason: abort.reason)
        default:
            return Problem(.internalError)
        }
    }

    static func problem(status: HTTPResponseStatus, reason: String) -> Problem {
        switch status.code {
        case 400: Problem(.malformed, detail: reason)
        case 401: Problem(.unauthenticated)
        case 403: Problem(.forbidden)
        case 404: Problem(.notFound)
        case 405: Problem(.methodNotAllowed)
        case 409: Problem(.conflict, detail: reason)
        case 413: Problem(.payloadTooLarge)
        case 415: Problem(.unsupportedMediaType, detail: reason)
        case 422: Problem(.validation, detail: reason)
        case 429: Problem(.tooManyRequests, detail: reason)
        case 503: Problem(.unavailable)
        case 400..<500: Problem(.malformed, detail: reason)
        default: Problem(.internalError)
        }
    }

    /// The field a decoding error is about (`lines[0].sku`); nil for the body as a whole.
    static func fieldPath(of error: DecodingError) -> String? {
        let keys: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): keys = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): keys = context.codingPath
        @unknown default: return nil
        }
        let joined = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        return joined.isEmpty ? nil : joined
    }

    /// Wrong types and missing fields name the field; unreadable JSON is a 400.
    static func problem(for error: DecodingError) -> Problem {
        func path(_ context: DecodingError.Context, extra: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (extra.map { [$0] } ?? [])
            let joined = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return joined.replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .field(path(context, extra: key), "is required")
        case .typeMismatch(let type, let context):
            let field = path(context)
            if field.isEmpty { return Problem(.malformed, detail: "The body must be a JSON object") }
            return .field(field, "must be \(describe(type))")
        case .valueNotFound(let type, let context):
            let field = path(context)
            if field.isEmpty { return Problem(.malformed, detail: "The body must be a JSON object") }
            return .field(field, "must be \(describe(type)), not null")
        case .dataCorrupted(let context):
            let field = path(context)
            // The decoder names no field for a number that does not fit its type (1.5, 1e30).
            if field.isEmpty { return Problem(.malformed, detail: "The body is not valid JSON, or a number in it does not fit its field") }
            return .field(field, "has an invalid value")
        @unknown default:
            return Problem(.malformed)
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: "a whole number"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "a value of the right kind"
        }
    }
}
