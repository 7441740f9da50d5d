import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A new company's lists are empty: each says what will appear there and how the first one
/// comes, in the reader's language, instead of an empty table.
@Suite("Empty lists")
struct EmptyStateTests {
    @Test func everyEmptyListSaysWhatWillAppearAndHow() async throws {
        try await withApp { app in
            try await makeUser(app, role: .admin, email: "first@test.example", password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: "first@test.example", password: "correct horse")
            let lists = [("/integrations", "tokens-empty"), ("/claims", "claims-empty"), ("/tasks", "my-tasks-empty"), ("/requests", "requests-empty"),
                         ("/absences", "absences-empty"), ("/control", "drifts-empty"), ("/services", "services-empty"), ("/orders", "no-orders"),
                         ("/calls", "calls-empty"), ("/support", "queue-empty"), ("/boards", "boards-empty")]
            for (path, id) in lists {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("id=\"\(id)\""), "\(path) says nothing while empty")
                let ru = try await browser.get(path, headers: ["Accept-Language": "ru"])
                #expect(ru.text.contains("id=\"\(id)\""), "\(path) in Russian")
            }
            let tokens = try await browser.get("/integrations")
            #expect(tokens.text.contains("Create the first one with the form above"))
        }
    }

    @Test func theOperatorsHomePromisesNoChat() async throws {
        try await withApp { app in
            try await makeUser(app, role: .operator, email: "op@test.example", password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: "op@test.example", password: "correct horse")
            let home = try await browser.get("/")
            #expect(!home.text.contains("chat"))
            #expect(!(try await browser.get("/", headers: ["Accept-Language": "ru"])).text.contains("чат"))
        }
    }
}
