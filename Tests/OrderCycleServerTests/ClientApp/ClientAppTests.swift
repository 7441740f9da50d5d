import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The installable app at /app (issue 14, item 4): the shell for a logged-in client in its
/// language, the manifest with its icons, the service worker allowed the scope /app, and the API
/// writes the app makes with the session cookie, which carry the session's CSRF token.
@Suite("The client app: shell, manifest, icons, service worker, session writes")
struct ClientAppTests {
    static func client(_ app: Application) async throws -> (browser: Browser, world: OrderWorld, email: String) {
        let world = try await OrderWorld.make(app)
        let email = "app-\(UUID().uuidString.prefix(6).lowercased())@test.example"
        try await makeUser(app, role: .client, email: email, clientID: world.client)
        let browser = Browser(app)
        _ = try await browser.logIn(email: email, password: "correct horse")
        return (browser, world, email)
    }

    @Test func theShellIsTheClientsAndLinksItsManifestScriptAndIcons() async throws {
        try await withApp { app in
            // No session: the login page, coming back to the app.
            let anonymous = try await app.testing().sendRequest(.GET, "/app")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location)?.contains("/login?next=") == true)
            // Staff have their own pages.
            let staff = Browser(app)
            try await makeUser(app, role: .manager, email: "staff-app@test.example")
            _ = try await staff.logIn(email: "staff-app@test.example", password: "correct horse")
            #expect(try await staff.get("/app").status == .forbidden)

            let (browser, _, _) = try await Self.client(app)
            let page = try await browser.get("/app")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<link rel=\"manifest\" href=\"/app/manifest.webmanifest\">"))
            #expect(html.contains("<script src=\"/app/app.js\" defer></script>"))
            #expect(html.contains("name=\"viewport\""))
            #expect(html.contains("data-csrf=\""))
            #expect(!html.contains("<script>"), "no inline script: the Content-Security-Policy allows none")
            // The hotline tab opens the cabinet's chat.
            #expect(html.contains("data-chat=\"/cabinet/chat\""))
            #expect(page.headers.first(name: .cacheControl) == "no-store")
            // The script registers the service worker with the scope of the shell.
            let script = try await app.testing().sendRequest(.GET, "/app/app.js")
            #expect(String(buffer: script.body).contains("navigator.serviceWorker.register(\"/app/sw.js\", { scope: \"/app\" })"))
        }
    }

    @Test func theShellSpeaksTheClientsLanguage() async throws {
        try await withApp { app in
            let (browser, _, _) = try await Self.client(app)
            browser.cookies[Request.languageCookie] = "ru"
            let html = String(buffer: try await browser.get("/app").body)
            #expect(html.contains("<html lang=\"ru\">"))
            #expect(html.contains("Отделения"))
            #expect(html.contains("Заказать машину"))
            let manifest = try await app.testing().sendRequest(.GET, "/app/manifest.webmanifest", headers: ["Cookie": "oc_lang=ru"])
            #expect(String(buffer: manifest.body).contains("мои заказы"))
        }
    }

    @Test func theManifestMakesTheAppInstallable() async throws {
        try await withApp { app in
            let r = try await app.testing().sendRequest(.GET, "/app/manifest.webmanifest")
            #expect(r.status == .ok)
            #expect(r.headers.contentType?.subType == "manifest+json")
            let m = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            #expect(m["start_url"] as? String == "/app")
            #expect(m["scope"] as? String == "/app")
            #expect(m["display"] as? String == "standalone")
            #expect((m["name"] as? String)?.isEmpty == false)
            #expect((m["short_name"] as? String)?.count ?? 99 <= 12)
            let icons = try #require(m["icons"] as? [[String: String]])
            // Installable: a 192 and a 512 PNG, one of them maskable; each really is that size.
            for size in [192, 512] {
                let icon = try #require(icons.first { $0["sizes"] == "\(size)x\(size)" && $0["type"] == "image/png" })
                let png = try await app.testing().sendRequest(.GET, try #require(icon["src"]))
                #expect(png.status == .ok)
                #expect(png.headers.contentType == .png)
                let bytes = Array(Data(buffer: png.body))
                #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == size && height == size)
            }
            #expect(icons.contains { $0["purpose"] == "maskable" })
        }
    }

    @Test func theServiceWorkerIsAllowedTheAppsScopeAndNeverCached() async throws {
        try await withApp { app in
            let r = try await app.testing().sendRequest(.GET, "/app/sw.js")
            #expect(r.status == .ok)
            #expect(r.headers.first(name: "Service-Worker-Allowed") == "/app")
            #expect(r.headers.first(name: .cacheControl) == "no-cache")
            #expect(r.headers.contentType?.subType == "javascript")
            let source = String(buffer: r.body)
            // A queued vehicle order keeps its Idempotency-Key, so the server makes it once.
            #expect(source.contains("Idempotency-Key"))
            #expect(source.contains("/api/v1/vehicle-orders"))
        }
    }

    @Test func aWriteWithTheSessionCookieCarriesTheSessionsToken() async throws {
        try await withApp(clock: ManualClock(VehicleOrderTests.start).clock) { app in
            let (browser, _, _) = try await Self.client(app)
            let page = String(buffer: try await browser.get("/app").body)
            let token = try #require(page.range(of: "data-csrf=\"").map { page[$0.upperBound...].prefix { $0 != "\"" } }.map(String.init))
            let body = try APIJSONForTests.encoder.encode(AnyEncodable(VehicleOrderTests.order()))
            func post(csrf: String?, key: String) async throws -> TestingHTTPResponse {
                var h = browser.cookieHeader
                h.add(name: .contentType, value: "application/json")
                h.add(name: "Idempotency-Key", value: key)
                if let csrf { h.add(name: "X-CSRF-Token", value: csrf) }
                return try await app.testing().sendRequest(.POST, "/api/v1/vehicle-orders", headers: h, body: ByteBuffer(bytes: Array(body)))
            }
            // Without the token (a foreign page could send the cookie), refused and nothing stored.
            #expect(try await post(csrf: nil, key: "k-1").status == .forbidden)
            #expect(try await post(csrf: "forged", key: "k-1").status == .forbidden)
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM vehicle_orders").first(decodingColumn: "n", as: Int.self) == 0)
            // With it, created once; the same key sent again (the app's queue after a lost answer) is the same order.
            let first = try await post(csrf: token, key: "k-2")
            #expect(first.status == .created, "\(String(buffer: first.body))")
            let again = try await post(csrf: token, key: "k-2")
            #expect(again.status == .created)
            #expect(again.headers.first(name: "Idempotent-Replayed") != nil)
            let id = { (r: TestingHTTPResponse) in (try? JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])?["id"] as? String }
            #expect(id(first) == id(again))
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM vehicle_orders").first(decodingColumn: "n", as: Int.self) == 1)
        }
    }

    @Test func loggingOutClearsWhatTheAppKeptOnTheDevice() async throws {
        try await withApp { app in
            let (browser, _, _) = try await Self.client(app)
            _ = try await browser.get("/cabinet")
            let out = try await browser.post("/logout", form: [:])
            #expect(out.status == .seeOther)
            #expect(out.headers.first(name: "Clear-Site-Data") == "\"cache\", \"storage\"")
        }
    }
}
