import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Pages in Russian and English")
struct LanguageTests {
    @Test func acceptLanguageChoosesTheDefault() {
        #expect(Language.preferred(acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8") == .ru)
        #expect(Language.preferred(acceptLanguage: "en-GB,ru;q=0.5") == .en)
        #expect(Language.preferred(acceptLanguage: "de-DE") == .en)
        #expect(Language.preferred(acceptLanguage: nil) == .en)
    }

    @Test func theLoginPageFollowsTheBrowser() async throws {
        try await withApp { app in
            let page = try await app.testing().sendRequest(.GET, "/login", headers: ["Accept-Language": "ru"])
            #expect(page.text.contains("Вход в OrderCycle"))
        }
    }

    @Test func theChoiceIsStoredForTheUser() async throws {
        try await withApp { app in
            let (user, _) = try await makeUser(app, role: .manager, email: "lang@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "lang@test.example", password: "correct horse")
            try await browser.get("/")
            let switched = try await browser.post("/language", form: ["language": "ru", "next": "/"])
            #expect(switched.status == .seeOther)
            #expect(try await User.find(user.id, on: app.db)?.language == "ru")
            browser.cookies["oc_lang"] = nil // the stored choice holds without the cookie
            let home = try await browser.get("/", headers: ["Accept-Language": "en"])
            #expect(home.text.contains("Добро пожаловать"))
        }
    }

    @Test func userTextIsEscapedInPages() {
        let name = "<script>alert(1)</script>\"'"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(!html.text.contains("<script>"))
        #expect(html.text.contains("&lt;script&gt;"))
        #expect(html.text.contains("&quot;&#39;"))
    }
}
