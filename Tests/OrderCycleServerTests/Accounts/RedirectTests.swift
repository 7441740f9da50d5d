import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// `next` after login and after the language switch is a path on this site, never a way off it.
@Suite("Redirects stay on the site")
struct RedirectTests {
    /// Each as the handler sees it once the form or query is decoded.
    static let foreign = [
        "//evil.example/",
        "/\\evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "https:evil.example",
        "https://evil.example/",
        "%2F%2Fevil.example",
        "/ /evil.example/",
        "/orders\t",
        "/orders?x=\\evil",
        "/\u{200B}/evil.example/",
        "",
    ]

    @Test(arguments: foreign)
    func theRuleRefusesEveryWayOffTheSite(next: String) {
        #expect(SessionIssuer.safeLocalPath(next) == nil)
    }

    @Test func theRuleKeepsAPathWithAQuery() {
        #expect(SessionIssuer.safeLocalPath("/orders?x=1") == "/orders?x=1")
        #expect(SessionIssuer.safeLocalPath("/") == "/")
        #expect(SessionIssuer.safeLocalPath("/clients/%2F%2Fa") == "/clients/%2F%2Fa")
    }

    @Test func loginFallsBackToHomeForEveryForeignNext() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "r@test.example", password: "correct horse")
            for next in Self.foreign + ["//evil.example"] {
                let browser = Browser(app)
                try await browser.get("/login")
                let response = try await browser.post("/login", form: ["email": "r@test.example", "password": "correct horse", "next": next])
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == PageRoute.Home.home(), "next=\(next.debugDescription)")
            }
        }
    }

    @Test func loginKeepsALocalNext() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "k@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.get("/login")
            let response = try await browser.post("/login", form: ["email": "k@test.example", "password": "correct horse", "next": "/orders?x=1"])
            #expect(response.headers.first(name: .location) == "/orders?x=1")
        }
    }

    /// The attack as a link: `/login?next=/%09/evil.example/` prints a tab into the form's hidden
    /// field, and the form posts it back.
    @Test func aTabInTheLoginLinkIsNotFollowed() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "t@test.example", password: "correct horse")
            let browser = Browser(app)
            let page = try await browser.get("/login?next=/%09/evil.example/")
            #expect(page.text.contains("name=\"next\" value=\"/\t/evil.example/\""))
            let response = try await browser.post("/login", form: ["email": "t@test.example", "password": "correct horse", "next": "/\t/evil.example/"])
            #expect(response.headers.first(name: .location) == PageRoute.Home.home())
        }
    }

    /// A raw body with a real TAB byte (not `%09`) in `next`.
    @Test func aRawTabInThePostedFormIsNotFollowed() async throws {
        try await withApp { app in
            try await makeUser(app, role: .manager, email: "w@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.get("/login")
            let csrf = try #require(browser.csrfToken)
            var headers = browser.cookieHeader
            headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
            let body = "_csrf=\(csrf.formEncoded)&email=w%40test.example&password=correct+horse&next=/\t/evil.example/"
            let response = try await app.testing().sendRequest(.POST, "/login", headers: headers, body: ByteBuffer(string: body))
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == PageRoute.Home.home())
        }
    }

    @Test func theLanguageSwitchFallsBackToHomeForEveryForeignNext() async throws {
        try await withApp { app in
            for next in Self.foreign {
                let browser = Browser(app)
                try await browser.get("/login")
                let response = try await browser.post("/language", form: ["language": "ru", "next": next])
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == PageRoute.Home.home(), "next=\(next.debugDescription)")
            }
            let browser = Browser(app)
            try await browser.get("/login")
            let kept = try await browser.post("/language", form: ["language": "en", "next": "/orders?x=1"])
            #expect(kept.headers.first(name: .location) == "/orders?x=1")
        }
    }
}
