import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Every answer carries the browser-side protections, and no page needs inline script or style
/// to work under the Content-Security-Policy.
@Suite("Security headers on every response")
struct SecurityHeadersTests {
    static func expectProtected(_ response: TestingHTTPResponse, _ what: String, https: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
        for directive in ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"] {
            #expect(csp.contains(directive), "\(what): CSP lacks \(directive)", sourceLocation: sourceLocation)
        }
        #expect(!csp.contains("unsafe-inline"), "\(what)", sourceLocation: sourceLocation)
        #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(what)", sourceLocation: sourceLocation)
        #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(what)", sourceLocation: sourceLocation)
        #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(what)", sourceLocation: sourceLocation)
        #expect(response.headers.contains(name: "Strict-Transport-Security") == https, "\(what)", sourceLocation: sourceLocation)
    }

    @Test func pagesAPIProblemsNotFoundAndAssetsCarryTheHeaders() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let page = try await app.testing().sendRequest(.GET, "/login")
            #expect(page.status == .ok)
            Self.expectProtected(page, "page")
            let json = try await app.api(.GET, "/api/v1/users", headers: .bearer(admin))
            #expect(json.status == .ok)
            Self.expectProtected(json, "API JSON")
            let problem = try await app.api(.POST, "/api/v1/users", headers: .bearer(admin), json: ["email": "not-an-email"])
            #expect(problem.status == .unprocessableEntity)
            Self.expectProtected(problem, "problem")
            let missingAPI = try await app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            #expect(missingAPI.status == .notFound)
            Self.expectProtected(missingAPI, "API 404")
            let missingPage = try await app.testing().sendRequest(.GET, "/nothing-here")
            #expect(missingPage.status == .notFound)
            Self.expectProtected(missingPage, "page 404")
            let anonymous = try await app.testing().sendRequest(.GET, "/api/v1/users")
            #expect(anonymous.status == .unauthorized)
            Self.expectProtected(anonymous, "401")
            for asset in [PageRoute.Observability.stylesheet(), PageRoute.Observability.pageScript(), "/assets/live.js", "/healthz"] {
                let response = try await app.testing().sendRequest(.GET, asset)
                #expect(response.status == .ok, "\(asset)")
                Self.expectProtected(response, asset)
            }
        }
    }

    @Test func strictTransportSecurityOnlyBehindHTTPS() async throws {
        try await withApp({ $0.secureCookies = true }) { app in
            let page = try await app.testing().sendRequest(.GET, "/login")
            Self.expectProtected(page, "page over HTTPS", https: true)
            #expect(page.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
            let missing = try await app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            Self.expectProtected(missing, "404 over HTTPS", https: true)
        }
    }

    /// What the policy would block: a `<script>` with a body, an `on…=` handler attribute, a
    /// `style` attribute or element. An empty `<script src=…></script>` is fine.
    static func inlineCode(in html: String) -> [String] {
        var found: [String] = []
        let patterns = [#"<script\b[^>]*>\s*[^<\s]"#, #"\son[a-z]+\s*="#, #"\sstyle\s*="#, #"<style\b"#, #"javascript:"#]
        for pattern in patterns {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let range = Range(match.range, in: html)!
                found.append(String(html[range.lowerBound...].prefix(60)))
            }
        }
        return found
    }

    @Test func theDetectorFindsInlineCode() {
        #expect(!Self.inlineCode(in: #"<script>alert(1)</script>"#).isEmpty)
        #expect(!Self.inlineCode(in: #"<button onclick="x()">"#).isEmpty)
        #expect(!Self.inlineCode(in: #"<svg style="width:1px">"#).isEmpty)
        #expect(Self.inlineCode(in: #"<script src="/assets/page.js" defer></script><p>one click="x"</p>"#).isEmpty)
    }

    @Test func noPageCarriesInlineScriptOrStyle() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, adminToken) = try await makeUser(app, role: .admin, email: "csp-admin@test.example")
            let (_, managerToken) = try await makeUser(app, role: .manager, email: "csp-manager@test.example")
            try await makeUser(app, role: .client, email: "csp-client@test.example", clientID: world.client)
            let order = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 2)]), token: managerToken)
            _ = adminToken

            let anonymous = Browser(app)
            var pages: [(String, String)] = []
            for path in ["/login", "/nothing-here"] {
                pages.append((path, try await anonymous.get(path).text))
            }
            for (email, role) in [("csp-admin@test.example", Role.admin), ("csp-manager@test.example", .manager), ("csp-client@test.example", .client)] {
                let browser = Browser(app)
                try await browser.logIn(email: email, password: "correct horse")
                var paths = NavigationItem.visible(to: role).map(\.path)
                if role != .client {
                    let id = UUID(uuidString: order.id)!
                    paths += [PageRoute.Orders.order(id), PageRoute.Orders.pickingList(id), PageRoute.Orders.new()]
                }
                for path in paths {
                    let response = try await browser.get(path)
                    #expect(response.status == .ok, "\(role) \(path): \(response.status)")
                    pages.append(("\(role) \(path)", response.text))
                }
            }
            #expect(pages.count > 20)
            for (name, html) in pages {
                #expect(html.contains(PageRoute.Observability.pageScript()), "\(name) does not load the page script")
                let inline = Self.inlineCode(in: html)
                #expect(inline.isEmpty, "\(name): \(inline)")
            }
        }
    }
}
