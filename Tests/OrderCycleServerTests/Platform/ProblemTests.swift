import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Errors are problem+json with the fields named")
struct ProblemTests {
    @Test func validationErrorsListEveryInvalidField() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin), json: ["email": "not-an-email", "password": "short", "role": "pilot"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let fields = Set((response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["email", "password", "role"])
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/validation-error")
        }
    }

    @Test func wrongTypeNamesTheField() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin), raw: #"{"email": 42, "password": "longenough", "role": "worker"}"#)
            #expect(response.status == .unprocessableEntity)
            #expect((response.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "email")
        }
    }

    @Test func malformedJSONIs400WithoutInternals() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin), raw: #"{"email": "#)
            #expect(response.status == .badRequest)
            #expect(!response.text.contains("Swift"))
            #expect(!response.text.lowercased().contains("select"))
        }
    }

    @Test func unknownAPIPathIsAProblem404AndUnknownPageIsAFriendlyPage() async throws {
        try await withApp { app in
            let api = try await app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let page = try await app.testing().sendRequest(.GET, "/nothing-here", headers: ["Accept-Language": "ru"])
            #expect(page.status == .notFound)
            #expect(page.text.contains("Страница не найдена"))
        }
    }

    @Test func bodiesOverTheLimitAreRefusedWith413() async throws {
        try await withApp({ $0.maxBodySize = 16 * 1024 }) { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let huge = #"{"email": ""# + String(repeating: "a", count: 40_000) + #""}"#
            let response = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin), raw: huge)
            #expect(response.status == .payloadTooLarge)
        }
    }
}

/// When every database connection stays busy for the pool's whole wait, a request is answered
/// 503 with `Retry-After`, not 500: the server is overloaded, and the same request succeeds
/// a moment later. (Exhausting a real pool would take the pool's whole wait; the middleware
/// is given the error the pool throws instead.)
@Suite("An exhausted connection pool is a 503")
struct PoolExhaustionTests {
    struct Throwing: AsyncResponder {
        func respond(to request: Request) async throws -> Response { throw ConnectionPoolTimeoutError.connectionRequestTimeout }
    }

    @Test func theAPIAndThePagesAnswer503WithRetryAfter() async throws {
        try await withApp { app in
            for (path, type) in [("/api/v1/orders", "application/problem+json"), ("/orders", "text/html")] {
                let request = Request(application: app, method: .GET, url: URI(path: path), on: app.eventLoopGroup.next())
                let response = try await ProblemMiddleware().respond(to: request, chainingTo: Throwing())
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers.first(name: .retryAfter) == String(ProblemMiddleware.retryAfterSeconds))
                #expect(response.headers.contentType?.description.hasPrefix(type) == true)
            }
        }
    }
}
