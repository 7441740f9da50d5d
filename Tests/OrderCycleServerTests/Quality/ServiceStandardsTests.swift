import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Service standards per segment: targets, alert thresholds, weights of R")
struct ServiceStandardsTests {
    struct Line: Encodable, Sendable { var indicator: String; var target: Double; var alert_threshold: Double }
    struct Body: Encodable, Sendable { var segment_id: UUID?; var indicators: [Line]; var weights: [String: Double]? }

    @Test func theDefaultStartsWithTheSourceNormsAndBreachesShowOnTheDashboard() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let list = try await app.api(.GET, "/api/v1/quality/standards", headers: .bearer(token))
            let listing = try list.decoded(StandardsListDTO.self)
            #expect(listing.items.count == 1)
            #expect(listing.items[0].indicators.map(\.indicator) == [.flexibility, .serviceDeficiency])
            #expect(listing.following_default.count == 2)
            let dto = try await app.api(.GET, "/api/v1/quality/dashboard?period=2026-03", headers: .bearer(token)).decoded(QualityDashboardDTO.self)
            // Y = 0.4 is beyond the alert 0.10; F = 0.5 below the alert 0.90
            #expect(dto.total.figure(.serviceDeficiency).status == .breach)
            #expect(dto.total.figure(.flexibility).status == .breach)
            #expect(dto.total.figure(.serviceDeficiency).target == 0.05)
            #expect(dto.total.figure(.stockoutProbability).status == nil)
        }
    }

    @Test func aSegmentsOwnStandardAndWeightsApplyToItsGroup() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let body = Body(segment_id: world.segmentB,
                            indicators: [Line(indicator: "stockout_probability", target: 60, alert_threshold: 90),
                                         Line(indicator: "uninterrupted_execution", target: 0.9, alert_threshold: 0.8)],
                            weights: ["stockout_probability": 0, "flexibility": 2])
            let created = try await app.api(.POST, "/api/v1/quality/standards", headers: .bearer(token, [("Idempotency-Key", "std-1")]), json: body)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.headers.first(name: .eTag) == "\"1\"")
            let again = try await app.api(.POST, "/api/v1/quality/standards", headers: .bearer(token), json: body)
            #expect(again.status == .conflict)
            let dto = try await app.api(.GET, "/api/v1/quality/dashboard?period=2026-03&group=segment", headers: .bearer(token)).decoded(QualityDashboardDTO.self)
            let b = try #require(dto.groups.first { $0.key == world.segmentB.uuidString })
            #expect(b.figure(.stockoutProbability).status == .breach) // 100 % > 90 %
            #expect(b.figure(.uninterruptedExecution).status == .ok)
            #expect(b.figure(.serviceDeficiency).status == nil)        // its own standard sets no Y
            // R of B with P weighted 0 and F twice: N .75, C 1, T 1, K 1, F 0 ×2, s_Y .5
            #expect(close(b.value(.serviceReliability), (0.75 + 1 + 1 + 1 + 0 + 0.5) / 7))
            let a = try #require(dto.groups.first { $0.key == world.segmentA.uuidString })
            #expect(a.figure(.serviceDeficiency).status == .breach)    // A follows the default
        }
    }

    @Test func changesNeedTheCurrentVersionAndAreAudited() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .admin)
            let listing = try await app.api(.GET, "/api/v1/quality/standards", headers: .bearer(token)).decoded(StandardsListDTO.self)
            let id = listing.items[0].id
            let body = Body(segment_id: nil, indicators: [Line(indicator: "otif", target: 0.95, alert_threshold: 0.9)], weights: nil)
            let missing = try await app.api(.PUT, "/api/v1/quality/standards/\(id)", headers: .bearer(token), json: body)
            #expect(missing.status == .preconditionRequired)
            let ok = try await app.api(.PUT, "/api/v1/quality/standards/\(id)", headers: .bearer(token, [("If-Match", "\"1\"")]), json: body)
            #expect(ok.status == .ok)
            #expect(ok.headers.first(name: .eTag) == "\"2\"")
            let stale = try await app.api(.PUT, "/api/v1/quality/standards/\(id)", headers: .bearer(token, [("If-Match", "\"1\"")]), json: body)
            #expect(stale.status == .preconditionFailed)
            let shown = try await app.api(.GET, "/api/v1/quality/standards/\(id)", headers: .bearer(token)).decoded(StandardSetDTO.self)
            #expect(shown.indicators.map(\.indicator) == [.onTimeInFull])
            let trail = try await AuditTrail.entries(on: app.db, entity: "service_standards", id: id)
            #expect(trail.count == 1)
            #expect(trail[0].action == "update")
        }
    }

    @Test func invalidStandardsAreRefusedFieldByField() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .analyst)
            let listing = try await app.api(.GET, "/api/v1/quality/standards", headers: .bearer(token)).decoded(StandardsListDTO.self)
            let body = Body(segment_id: nil,
                            indicators: [Line(indicator: "flexibility", target: 0.8, alert_threshold: 0.9),   // alarm above target
                                         Line(indicator: "otif", target: 1.5, alert_threshold: 0.9)],         // beyond 100 %
                            weights: ["perfect_order": 1, "flexibility": -1])
            let response = try await app.api(.PUT, "/api/v1/quality/standards/\(listing.items[0].id)", headers: .bearer(token, [("If-Match", "*")]), json: body)
            #expect(response.status == .unprocessableEntity)
            let fields = Set((response.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } ?? [])
            #expect(fields == ["indicators[0]", "indicators[1]", "weights.perfect_order", "weights.flexibility"])
        }
    }

    @Test func theStandardsPageSavesWithTheVersionItWasReadAt() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (user, _) = try await makeUser(app, role: .analyst, password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: user.email, password: "correct horse")
            #expect(try await browser.get("/quality/standards").text.contains("Wholesale"))
            let form = try await browser.get("/quality/standards/new?segment=\(world.segmentB.uuidString)")
            #expect(form.status == .ok)
            let created = try await browser.post("/quality/standards", form: [
                "segment_id": world.segmentB.uuidString, "target_otif": "95", "alert_otif": "90", "weight_flexibility": "2",
            ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            _ = try await browser.get(location)
            let wrong = try await browser.post(location, form: ["version": "1", "target_otif": "80", "alert_otif": "90"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("alert_threshold must not be above target"))
            let saved = try await browser.post(location, form: ["version": "1", "target_otif": "97", "alert_otif": "90"])
            #expect(saved.status == .seeOther)
            let stale = try await browser.post(location, form: ["version": "1", "target_otif": "99", "alert_otif": "90"])
            #expect(stale.status == .conflict)
            let catalog = try await StandardsStore.catalog(on: app.db)
            #expect(catalog.bySegment[world.segmentB]?.standard(.onTimeInFull)?.target == 0.97)
            #expect(catalog.bySegment[world.segmentB]?.version == 2)
        }
    }
}
