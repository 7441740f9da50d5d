import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The monthly statement: the requests a client filed in a month outside its package and did
/// not have refused, with their prices and total; its own only, on the card and in the cabinet.
@Suite("Services: the monthly statement of requests outside the package")
struct StatementTests {
    @Test func theStatementListsTheMonthsPricedRequestsOutsideThePackage() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            #expect(try await w.connect(w.acme.id, from: "2026-03-01").status == .created)
            // Two intakes are included; the third (150.00) and a training (500.00) are billed; a refused one is not.
            var ids: [UUID] = []
            for _ in 0..<3 { ids.append(try w.request(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken)).id) }
            let training = try w.request(try await w.file("service", service: "training", token: w.acmeToken))
            let refused = try w.request(try await w.file("service", service: "training", token: w.acmeToken))
            #expect(try await w.move(refused.id, to: "refused", reason: "Twice").status == .ok)
            _ = try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken) // no price: not on the statement

            let statement = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/statement?month=2026-03", headers: .bearer(w.acmeToken))
            #expect(statement.status == .ok, "\(statement.text)")
            let dto = try statement.decoded(StatementDTO.self)
            #expect(Set(dto.lines.map(\.request_id)) == [ids[2], training.id] && dto.total_minor == 650_00)
            // This month by default; another month is empty; a bad month names the field.
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/statement", headers: .bearer(w.manager.token)).decoded(StatementDTO.self).total_minor == 650_00)
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/statement?month=2026-02", headers: .bearer(w.admin)).decoded(StatementDTO.self).lines.isEmpty)
            let bad = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/statement?month=March", headers: .bearer(w.admin))
            #expect(bad.status == .unprocessableEntity && bad.text.contains("month"))
            // Another client's statement does not exist for Borys.
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/statement", headers: .bearer(w.borysToken)).status == .notFound)

            // The cabinet's page and the card's.
            _ = try await makeUser(app, role: .client, email: "acme-page@test.example", password: "correct horse", clientID: w.acme.id)
            let cabinet = Browser(app)
            try await cabinet.logIn(email: "acme-page@test.example", password: "correct horse")
            let mine = try await cabinet.get("/cabinet/statement?month=2026-03")
            #expect(mine.status == .ok && mine.text.contains("data-statement-line=\"\(training.id.uuidString)\"") && !mine.text.contains(refused.id.uuidString))
            #expect(try await cabinet.get("/clients/\(w.acme.id)/statement").status == .forbidden)
            let staff = Browser(app)
            _ = try await makeUser(app, role: .manager, email: "statement-reader@test.example", password: "correct horse")
            try await staff.logIn(email: "statement-reader@test.example", password: "correct horse")
            let card = try await staff.get("/clients/\(w.acme.id)/statement?month=2026-03")
            #expect(card.status == .ok && card.text.contains("id=\"statement-total\""))
        }
    }
}
