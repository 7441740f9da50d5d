import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// η and F from the department's own requests, on a small set computed by hand, and the upsell
/// suggestion for a client that keeps buying one service outside its package.
@Suite("Service figures and upsell")
struct ServiceFiguresTests {
    @Test func etaAndFCountTheRequestsOfThePeriodAsComputedByHand() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let figures = "/api/v1/service-figures?from=2026-03-01&to=2026-03-31"
            // Nothing filed, nobody subscribed: no clients, η and F null (not 1).
            let empty = try await app.api(.GET, figures, headers: .bearer(w.admin))
            #expect(empty.status == .ok, "\(empty.text)")
            #expect(empty.json["clients"] as? Int == 0 && empty.json["flexibility"] is NSNull && empty.json["service_level_by_count"] is NSNull)

            // Acme (wholesale, on business): possible intake 60, labels 10, training 120 = 3 services, 190 minutes.
            // Corner (retail, no package): possible labels 10, training 120, audit 30 = 3 services, 160 minutes.
            #expect(try await w.connect(w.acme.id, from: "2026-03-01").status == .created)
            let intake = try w.request(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken))
            let labels = try w.request(try await w.file("service", service: "labels", token: w.acmeToken))
            let special = try w.request(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken))
            let audit = try w.request(try await w.file("service", service: "audit", client: w.corner.id, token: w.manager.token))
            let refused = try w.request(try await w.file("service", service: "training", client: w.corner.id, token: w.manager.token))
            try await w.complete(intake.id, satisfied: true)      // provided, satisfied
            try await w.complete(labels.id, satisfied: false)     // provided, not satisfied
            try await w.complete(audit.id, satisfied: true)       // provided, satisfied
            #expect(try await w.move(special.id, to: "accepted").status == .ok) // open: not decided, not provided
            #expect(try await w.move(refused.id, to: "refused", reason: "No trainer free").status == .ok)

            let all = try await app.api(.GET, figures, headers: .bearer(w.admin))
            // η by count (2 + 1) / (3 + 3) = 0.5; by time (60 + 10 + 30) / (190 + 160) = 100 / 350.
            // F: closed satisfied 2 over decided 4 (three closed, one refused) = 0.5.
            #expect(all.json["clients"] as? Int == 2)
            #expect(all.json["provided"] as? Int == 3 && all.json["possible"] as? Int == 6)
            #expect(all.json["service_level_by_count"] as? Double == 0.5)
            #expect(abs((all.json["service_level_by_time"] as? Double ?? 0) - 100.0 / 350.0) < 1e-9)
            #expect(all.json["decided"] as? Int == 4 && all.json["satisfied"] as? Int == 2 && all.json["flexibility"] as? Double == 0.5)
            // One segment: wholesale is Acme alone — η 2/3 by count, 70/190 by time; F 1/2.
            let wholesale = try await app.api(.GET, figures + "&segment_id=\(w.wholesale)", headers: .bearer(w.admin))
            #expect(wholesale.json["service_level_by_count"] as? Double == 2.0 / 3.0)
            #expect(abs((wholesale.json["service_level_by_time"] as? Double ?? 0) - 70.0 / 190.0) < 1e-9)
            #expect(wholesale.json["flexibility"] as? Double == 0.5)
            // One client: Corner — η 1/3; F 1/2 (audit satisfied, training refused).
            let corner = try await app.api(.GET, figures + "&client_id=\(w.corner.id)", headers: .bearer(w.admin))
            #expect(corner.json["service_level_by_count"] as? Double == 1.0 / 3.0 && corner.json["flexibility"] as? Double == 0.5)
            // Another month: nothing decided, F null.
            let april = try await app.api(.GET, "/api/v1/service-figures?from=2026-04-01&to=2026-04-30", headers: .bearer(w.admin))
            #expect(april.json["flexibility"] is NSNull && april.json["decided"] as? Int == 0)
            #expect(try await app.api(.GET, "/api/v1/service-figures?from=March", headers: .bearer(w.admin)).status == .unprocessableEntity)
            #expect(try await app.api(.GET, figures, headers: .bearer(w.acmeToken)).status == .forbidden)
        }
    }

    @Test func aClientThatKeepsBuyingIntakesOutsideItsPackageIsOfferedOneThatCoversThem() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            // Borys has no package and buys a night intake (150.00) four times this month: 600.00 in three months,
            // 200.00 a month; business covers 2 a month (up to 300.00 of intakes) for 300.00: no saving.
            for _ in 0..<4 { #expect(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.borysToken).status == .created) }
            #expect(((try await app.api(.GET, "/api/v1/clients/\(w.borys.id)/upsell", headers: .bearer(w.manager.token)).json["items"] as? [Any]) ?? [1]).isEmpty)
            // Night: 2 intakes a month for 150.00 saves 200.00 − 150.00 = 50.00 a month.
            let night = try await app.api(.POST, "/api/v1/packages", headers: .bearer(w.admin), json: PackageInput(
                code: "night", name_en: "Night", name_ru: "Ночной", price_minor: 150_00, services: [.init(service_id: w.services["intake"], included_per_month: 2)]))
            let nightID = try night.decoded(PackageDTO.self).id
            let upsell = try await app.api(.GET, "/api/v1/clients/\(w.borys.id)/upsell", headers: .bearer(w.manager.token))
            let items = try upsell.decoded(Page<UpsellItemDTO>.self).items
            #expect(items.count == 1)
            #expect(items.first?.service_id == w.services["intake"] && items.first?.package_id == nightID)
            #expect(items.first?.paid_minor == 600_00 && items.first?.count == 4 && items.first?.saving_per_month_minor == 50_00)
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.borys.id)/upsell", headers: .bearer(w.borysToken)).status == .forbidden)
            // Offering is recorded, answered once, and counted in the success rate.
            let notSuggested = try await app.api(.POST, "/api/v1/clients/\(w.borys.id)/upsell-offers", headers: .bearer(w.manager.token),
                                                 json: UpsellOfferInput(service_id: w.services["intake"], package_id: w.package))
            #expect(notSuggested.status == .unprocessableEntity && notSuggested.text.contains("package_id"))
            let offered = try await app.api(.POST, "/api/v1/clients/\(w.borys.id)/upsell-offers", headers: .bearer(w.manager.token),
                                            json: UpsellOfferInput(service_id: w.services["intake"], package_id: nightID))
            #expect(offered.status == .created && offered.json["saving_minor"] as? Int == 50_00, "\(offered.text)")
            let offerID = try offered.decoded(UpsellOfferDTO.self).id
            let accepted = try await app.api(.POST, "/api/v1/clients/\(w.borys.id)/upsell-offers/\(offerID)/outcome", headers: .bearer(w.manager.token), json: ["outcome": "accepted"])
            #expect(accepted.status == .ok && accepted.json["outcome"] as? String == "accepted")
            #expect(try await app.api(.POST, "/api/v1/clients/\(w.borys.id)/upsell-offers/\(offerID)/outcome", headers: .bearer(w.manager.token), json: ["outcome": "declined"]).status == .conflict)
            #expect(try await app.api(.POST, "/api/v1/clients/\(w.acme.id)/upsell-offers/\(offerID)/outcome", headers: .bearer(w.manager.token), json: ["outcome": "declined"]).status == .notFound)
            let rate = try await app.api(.GET, "/api/v1/service-figures?from=2026-03-01&to=2026-03-31", headers: .bearer(w.admin))
            #expect(rate.json["upsell_answered"] as? Int == 1 && rate.json["upsell_success_rate"] as? Double == 1.0)
            #expect(((try await app.api(.GET, "/api/v1/clients/\(w.borys.id)/upsell-offers", headers: .bearer(w.manager.token)).json["items"] as? [Any]) ?? []).count == 1)
            // The card shows it.
            let browser = Browser(app)
            _ = try await makeUser(app, role: .manager, email: "card-reader@test.example", password: "correct horse")
            try await browser.logIn(email: "card-reader@test.example", password: "correct horse")
            let card = try await browser.get("/clients/\(w.borys.id)")
            #expect(card.status == .ok && card.text.contains("data-upsell-service=\"intake\"") && card.text.contains("id=\"upsell-tally\""), "\(card.text.prefix(300))")
        }
    }
}
