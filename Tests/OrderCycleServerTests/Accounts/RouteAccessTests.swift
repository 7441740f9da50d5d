import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Every route declares and enforces its roles")
struct RouteAccessTests {
    /// Fills path parameters with a well-formed id so that the guard, not the router, answers.
    private func concrete(_ route: Route) -> String {
        "/" + route.path.map { component -> String in
            switch component {
            case .parameter: UUID().uuidString
            case .constant(let s): s
            case .anything, .catchall: "x"
            }
        }.joined(separator: "/")
    }

    @Test func everyRouteDeclaresItsAccess() async throws {
        try await withApp { app in
            let undeclared = app.routes.all.filter { $0.access == nil }.map { "\($0.method) /\($0.path.string)" }
            #expect(undeclared.isEmpty, "routes without an access rule: \(undeclared)")
        }
    }

    @Test func anonymousRequestsAreRefusedOnEveryProtectedRoute() async throws {
        try await withApp { app in
            for route in app.routes.all {
                guard let access = route.access, !{ if case .open = access { true } else { false } }() else { continue }
                let path = concrete(route)
                let response = try await app.testing().sendRequest(route.method, path)
                if path.hasPrefix("/api/") {
                    #expect(response.status == .unauthorized, "\(route.method) \(path) answered \(response.status) to an anonymous caller")
                } else {
                    #expect(response.status == .seeOther, "\(route.method) \(path) answered \(response.status) to an anonymous visitor")
                    #expect(response.headers.first(name: .location)?.hasPrefix("/login") == true)
                }
            }
        }
    }

    @Test func wrongRoleRequestsAreRefusedOnEveryRoleRestrictedRoute() async throws {
        try await withApp { app in
            var tokens: [Role: String] = [:]
            for role in Role.allCases { tokens[role] = try await makeUser(app, role: role).token }
            var checked = 0
            for route in app.routes.all {
                guard case .roles(let allowed) = route.access else { continue }
                for role in Role.allCases where !allowed.contains(role) {
                    let path = concrete(route)
                    var headers = HTTPHeaders.bearer(tokens[role]!)
                    headers.add(name: "X-CSRF-Token", value: "irrelevant")
                    let response = try await app.testing().sendRequest(route.method, path, headers: headers)
                    #expect(response.status == .forbidden, "\(role) got \(response.status) on \(route.method) \(path)")
                    checked += 1
                }
            }
            #expect(checked > 0)
        }
    }
}
