import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A method a path does not have is 405 with the path's methods in `Allow`; a path that does
/// not exist stays 404.
@Suite("Methods a path lacks are 405 with Allow")
struct MethodNotAllowedTests {
    @Test func traceOnAnAPIListIs405WithItsMethods() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .manager)
            let response = try await app.testing().sendRequest(.TRACE, "/api/v1/orders", headers: .bearer(token))
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/method-not-allowed")
        }
    }

    @Test func anUnknownMethodOnAPathWithAParameterIs405() async throws {
        try await withApp { app in
            let response = try await app.testing().sendRequest(HTTPMethod(rawValue: "PURGE"), "/api/v1/orders/\(UUID())")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, HEAD")
            SecurityHeadersTests.expectProtected(response, "405")
        }
    }

    @Test func aPageAnswers405AsAPage() async throws {
        try await withApp { app in
            let response = try await app.testing().sendRequest(.PUT, "/login")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(response.headers.contentType == .html)
        }
    }

    @Test func aPathThatDoesNotExistStays404() async throws {
        try await withApp { app in
            let unknown = try await app.testing().sendRequest(.TRACE, "/api/v1/nothing-here")
            #expect(unknown.status == .notFound)
            let deeper = try await app.testing().sendRequest(.TRACE, "/api/v1/orders/\(UUID())/nothing")
            #expect(deeper.status == .notFound)
            let prefix = try await app.testing().sendRequest(.GET, "/api/v1")
            #expect(prefix.status == .notFound)
        }
    }
}
