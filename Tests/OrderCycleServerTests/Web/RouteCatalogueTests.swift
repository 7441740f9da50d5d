import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import Yams

@Suite("One route catalogue per surface")
struct RouteCatalogueTests {
    private static func key(_ method: HTTPMethod, _ components: [PathComponent]) -> String {
        "\(method.rawValue) /\(components.string)"
    }

    private var cataloguePatterns: [String] {
        (PageRoute.all + APIRoute.all).map { "/" + $0.components.string }
    }

    @Test func everyRegisteredRouteIsInTheCatalogueWithAnAccessRule() async throws {
        try await withApp { app in
            let declared = Set(cataloguePatterns)
            for route in app.routes.all {
                let key = Self.key(route.method, route.path)
                #expect(declared.contains("/" + route.path.string), "\(key) is registered but not declared in PageRoute or APIRoute")
                #expect(route.access != nil, "\(key) has no access rule")
            }
        }
    }

    @Test func everyCataloguePathIsRegistered() async throws {
        try await withApp { app in
            let registered = Set(app.routes.all.map { "/" + $0.path.string })
            for pattern in cataloguePatterns {
                #expect(registered.contains(pattern), "\(pattern) is declared in a catalogue but no area registers it")
            }
        }
    }

    @Test func noTwoRoutesShareAPathAndMethod() async throws {
        try await withApp { app in
            let keys = app.routes.all.map { Self.key($0.method, $0.path) }
            let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "registered more than once: \(repeated)")
        }
        let patterns = cataloguePatterns
        let declaredTwice = Dictionary(grouping: patterns, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(declaredTwice.isEmpty, "declared more than once: \(declaredTwice)")
    }

    @Test func eachSurfaceKeepsToItsPrefix() {
        for path in APIRoute.all { #expect(path.pattern.hasPrefix("/api/v1/"), "\(path.pattern) is in APIRoute") }
        for path in PageRoute.all { #expect(!path.pattern.hasPrefix("/api"), "\(path.pattern) is in PageRoute") }
    }

    /// The API paths the catalogue declares and the methods registered on them are the ones
    /// openapi.yaml documents (which also lists the probes, served outside /api).
    @Test func theAPIRoutesAreTheDocumentedOnes() async throws {
        let document = try #require(try Yams.load(yaml: OpenAPIDocument.yaml) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        var documented = Set<String>()
        for (path, item) in paths {
            let pattern = path.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: ":", options: .regularExpression)
            for method in ((item as? [String: Any]) ?? [:]).keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                documented.insert("\(method.uppercased()) \(pattern)")
            }
        }
        try await withApp { app in
            let probes = Set([PageRoute.Observability.health, PageRoute.Observability.ready, PageRoute.Observability.metrics].map(\.pattern))
            let served = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.string
                guard path.hasPrefix("/api/") || probes.contains(path) else { return nil }
                // Parameter names are the handlers' business; the document and the router agree on positions.
                let pattern = path.replacingOccurrences(of: #":[a-z_]+"#, with: ":", options: .regularExpression)
                return "\(route.method.rawValue) \(pattern)"
            })
            #expect(served.subtracting(documented).sorted() == [], "served but not in openapi.yaml")
            #expect(documented.subtracting(served).sorted() == [], "in openapi.yaml but not served")
        }
    }

    @Test func linksFillTheParametersInOrder() {
        let order = UUID(), photo = UUID()
        #expect(PageRoute.Home.home() == "/")
        #expect(PageRoute.Orders.list() == "/orders")
        #expect(PageRoute.Orders.order(order) == "/orders/\(order.uuidString)")
        #expect(PageRoute.Orders.plan(order) == "/orders/\(order.uuidString)/plan")
        #expect(PageRoute.Orders.claimPhoto(order, photo) == "/claims/\(order.uuidString)/photos/\(photo.uuidString)")
        #expect(APIRoute.Orders.order(order) == "/api/v1/orders/\(order.uuidString)")
        #expect(APIRoute.Orders.stage(order, .production) == "/api/v1/orders/\(order.uuidString)/stages/\(Stage.production.rawValue)")
        #expect(PageRoute.Accounts.loginPage(next: "%2Forders") == "/login?next=%2Forders")
        #expect(PageRoute.Clients.newClientForm(phone: "+7 900") == "/clients/new?phone=%2B7%20900")
    }
}
