import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The manager's home lists the packages to suggest to their own clients; another manager's
/// home does not show them.
@Suite("Services: the upsell list in the manager's home")
struct UpsellHomeCardTests {
    @Test func aManagersHomeSuggestsThePackageThatCoversWhatTheirClientKeepsBuying() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            try await app.db.sql.raw("UPDATE clients SET manager_id = \(bind: w.manager.user.id!) WHERE id = \(bind: w.borys.id)").run()
            for _ in 0..<4 { #expect(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.borysToken).status == .created) }
            let night = try await app.api(.POST, "/api/v1/packages", headers: .bearer(w.admin), json: PackageInput(
                code: "night", name_en: "Night", name_ru: "Ночной", price_minor: 150_00, services: [.init(service_id: w.services["intake"], included_per_month: 2)]))
            #expect(night.status == .created)

            let browser = Browser(app)
            try await browser.logIn(email: "services-manager@test.example", password: "correct horse")
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("id=\"upsell-home\"") && home.text.contains("data-upsell-client=\"\(w.borys.id.uuidString)\""), "\(home.text)")
            #expect(home.text.contains("intake × 4 → night"))

            _ = try await makeUser(app, role: .manager, email: "other-manager@test.example", password: "correct horse")
            let other = Browser(app)
            try await other.logIn(email: "other-manager@test.example", password: "correct horse")
            let theirs = try await other.get("/")
            #expect(theirs.text.contains("id=\"upsell-home\"") && !theirs.text.contains("data-upsell-client"))
        }
    }
}
