import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The quality dashboard's own η and F come from the service requests where a group has them,
/// computed by hand for a small fixed set: per client, per segment and for everyone, with the
/// drill-down to the requests behind each figure.
@Suite("Quality dashboard: η and F from the service requests")
struct DashboardFromRequestsTests {
    func dashboard(_ app: Application, _ query: String, token: String) async throws -> QualityDashboardDTO {
        let response = try await app.api(.GET, "/api/v1/quality/dashboard?\(query)", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(QualityDashboardDTO.self)
    }

    @Test func etaAndFOfTheDashboardCountTheRequestsAsComputedByHand() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            // No request yet: the dashboard's η and F are the orders' (none here: no data), not the requests'.
            let before = try await dashboard(app, "period=2026-03", token: w.admin)
            #expect(!before.total.service_requests && before.total.value(.flexibility) == nil && before.total.value(.serviceLevelByCount) == nil)

            // Acme (wholesale, on business): possible intake 60, labels 10, training 120 = 3 services, 190 minutes.
            // Corner (retail, no package): possible labels 10, training 120, audit 30 = 3 services, 160 minutes.
            #expect(try await w.connect(w.acme.id, from: "2026-03-01").status == .created)
            let intake = try w.request(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken))
            let labels = try w.request(try await w.file("service", service: "labels", token: w.acmeToken))
            let special = try w.request(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken))
            let audit = try w.request(try await w.file("service", service: "audit", client: w.corner.id, token: w.manager.token))
            let refused = try w.request(try await w.file("service", service: "training", client: w.corner.id, token: w.manager.token))
            try await w.complete(intake.id, satisfied: true)
            try await w.complete(labels.id, satisfied: false)
            try await w.complete(audit.id, satisfied: true)
            #expect(try await w.move(special.id, to: "accepted").status == .ok)
            #expect(try await w.move(refused.id, to: "refused", reason: "No trainer free").status == .ok)

            // Everyone: η by count (2 + 1) / (3 + 3) = 0.5, by time (60 + 10 + 30) / (190 + 160) = 100 / 350;
            // F = closed satisfied 2 / decided 4 (three closed, one refused) = 0.5.
            let all = try await dashboard(app, "period=2026-03", token: w.admin)
            #expect(all.total.service_requests)
            #expect(all.total.value(.serviceLevelByCount) == 0.5)
            #expect(close(all.total.value(.serviceLevelByTime), 100.0 / 350.0))
            #expect(all.total.value(.flexibility) == 0.5)
            // The same figures as the department's own API gives.
            let department = try await app.api(.GET, "/api/v1/service-figures?from=2026-03-01&to=2026-03-31", headers: .bearer(w.admin))
            #expect(department.json["service_level_by_count"] as? Double == all.total.value(.serviceLevelByCount))
            #expect(department.json["flexibility"] as? Double == all.total.value(.flexibility))
            // The trend's last point is the month itself.
            #expect(all.total.figure(.flexibility).trend.last?.value == 0.5)

            // Per segment: wholesale is Acme alone — η 2/3, by time 70/190, F 1/2; retail is Corner — η 1/3, by time 30/160, F 1/2.
            let bySegment = try await dashboard(app, "period=2026-03&group=segment", token: w.admin)
            let wholesale = try #require(bySegment.groups.first { $0.key == w.wholesale.uuidString })
            let retail = try #require(bySegment.groups.first { $0.key == w.retail.uuidString })
            #expect(wholesale.service_requests && wholesale.value(.serviceLevelByCount) == 2.0 / 3.0)
            #expect(close(wholesale.value(.serviceLevelByTime), 70.0 / 190.0) && wholesale.value(.flexibility) == 0.5)
            #expect(retail.value(.serviceLevelByCount) == 1.0 / 3.0 && close(retail.value(.serviceLevelByTime), 30.0 / 160.0) && retail.value(.flexibility) == 0.5)
            #expect(bySegment.total.value(.serviceLevelByCount) == 0.5 && bySegment.total.value(.flexibility) == 0.5)

            // Per client, one client only: Acme — F: intake satisfied, labels not = 1/2.
            let acme = try await dashboard(app, "period=2026-03&group=client&key=\(w.acme.id)", token: w.admin)
            #expect(acme.total.value(.serviceLevelByCount) == 2.0 / 3.0 && acme.total.value(.flexibility) == 0.5)
            #expect(acme.groups.map(\.key) == [w.acme.id.uuidString])

            // Drill-down: F's four decided requests, η's three given services; one client's only.
            func records(_ query: String) async throws -> [[String: Any]] {
                let response = try await app.api(.GET, "/api/v1/quality/service-requests?\(query)", headers: .bearer(w.admin))
                #expect(response.status == .ok, "\(response.text)")
                return (response.json["items"] as? [[String: Any]]) ?? []
            }
            #expect(Set(try await records("period=2026-03&indicator=flexibility").compactMap { $0["id"] as? String })
                    == Set([intake.id, labels.id, audit.id, refused.id].map(\.uuidString)))
            #expect(Set(try await records("period=2026-03&indicator=service_level_by_count").compactMap { $0["service_code"] as? String }) == ["intake", "labels", "audit"])
            #expect(try await records("period=2026-03&group=client&key=\(w.corner.id)&indicator=flexibility").count == 2)
            let bad = try await app.api(.GET, "/api/v1/quality/service-requests?period=2026-03&indicator=otif", headers: .bearer(w.admin))
            #expect(bad.status == .unprocessableEntity && bad.text.contains("indicator"))
            #expect(try await app.api(.GET, "/api/v1/quality/service-requests?period=2026-03", headers: .bearer(w.acmeToken)).status == .forbidden)

            // The page: the cards say where η and F come from and link to the requests.
            let browser = Browser(app)
            _ = try await makeUser(app, role: .analyst, email: "eta-reader@test.example", password: "correct horse")
            try await browser.logIn(email: "eta-reader@test.example", password: "correct horse")
            let page = try await browser.get("/quality?period=2026-03")
            #expect(page.status == .ok && page.text.contains("from-service-requests") && page.text.contains("/quality/service-requests?"))
            let drill = try await browser.get("/quality/service-requests?period=2026-03&indicator=flexibility")
            #expect(drill.status == .ok && drill.text.contains("data-service-request=\"\(refused.id.uuidString)\""))

            // A month with no request keeps the orders' figures: nothing decided there, F null (not 1).
            let february = try await dashboard(app, "period=2026-02", token: w.admin)
            #expect(!february.total.service_requests && february.total.value(.flexibility) == nil)
        }
    }
}
