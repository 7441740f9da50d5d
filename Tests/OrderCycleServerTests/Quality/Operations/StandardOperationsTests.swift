import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A segment's service standard set and replaced through the API and through the standards
/// form leaves the same standard and the same audit trail.
@Suite("Standard operations, API and form alike")
struct StandardOperationsTests {
    struct Line: Encodable, Sendable { var indicator: String; var target: Double; var alert_threshold: Double }
    struct Body: Encodable, Sendable { var segment_id: UUID?; var indicators: [Line]; var weights: [String: Double] }

    /// OTIF 95 % with an alert at 90 %, flexibility weighted twice: the form's fields and the API's body for it.
    static let form = ["target_otif": "95", "alert_otif": "90", "weight_flexibility": "2"]
    static func body(_ segment: UUID?) -> Body {
        let scale = QualityIndicator.onTimeInFull.unit == .percent ? 1.0 : 100.0
        var weights = Dictionary(uniqueKeysWithValues: QualityIndicator.reliabilityComponents.map { ($0.rawValue, 1.0) })
        weights[QualityIndicator.flexibility.rawValue] = 2
        return Body(segment_id: segment, indicators: [Line(indicator: "otif", target: 95 / scale, alert_threshold: 90 / scale)], weights: weights)
    }

    /// Two segments named alike, an analyst with a token and a logged-in browser.
    static func setting(_ app: Application) async throws -> (UUID, UUID, String, Browser) {
        var segments: [UUID] = []
        for code in ["north", "south"] {
            let segment = Segment(code: code, nameEN: "Region", nameRU: "Регион")
            try await segment.create(on: app.db)
            segments.append(try segment.requireID())
        }
        let (_, token) = try await makeUser(app, role: .analyst, email: "standards@test.example", password: "correct horse")
        let browser = Browser(app)
        try await browser.logIn(email: "standards@test.example", password: "correct horse")
        return (segments[0], segments[1], token, browser)
    }

    static func trail(_ app: Application, _ id: UUID) async throws -> [String] {
        try await AuditEvent.query(on: app.db).filter(\.$entityID == id).sort(\.$at).all().map {
            "\($0.actorLabel) \($0.entity) \($0.action) " + StoredOrder.normalised("\($0.before ?? "-") → \($0.after ?? "-")")
        }
    }

    static func stored(_ app: Application, _ id: UUID) async throws -> String {
        let set = try #require(try await StandardsStore.find(id, on: app.db))
        let dto = StandardSetDTO(set, segmentName: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { _, encoder in var c = encoder.singleValueContainer(); try c.encode("<time>") }
        return StoredOrder.normalised(String(decoding: try encoder.encode(dto), as: UTF8.self))
    }

    @Test func createAndReplaceStandard() async throws {
        try await withApp { app in
            let (north, south, token, browser) = try await Self.setting(app)
            let created = try await app.api(.POST, "/api/v1/quality/standards", headers: .bearer(token), json: Self.body(north))
            #expect(created.status == .created, "\(created.text)")
            let byAPI = try #require(try await StandardsStore.catalog(on: app.db).bySegment[north]?.id)
            try await browser.get("/quality/standards/new?segment=\(south.uuidString)")
            var fields = Self.form
            fields["segment_id"] = south.uuidString
            #expect(try await browser.post("/quality/standards", form: fields).status == .seeOther)
            let byForm = try #require(try await StandardsStore.catalog(on: app.db).bySegment[south]?.id)
            #expect(try await Self.stored(app, byAPI) == Self.stored(app, byForm))
            #expect(try await Self.trail(app, byAPI) == Self.trail(app, byForm))

            var changed = Self.body(nil)
            let scale = QualityIndicator.onTimeInFull.unit == .percent ? 1.0 : 100.0
            changed.indicators = [Line(indicator: "otif", target: 93 / scale, alert_threshold: 90 / scale)]
            let put = try await app.api(.PUT, "/api/v1/quality/standards/\(byAPI)", headers: .bearer(token, [("If-Match", "\"1\"")]), json: changed)
            #expect(put.status == .ok, "\(put.text)")
            try await browser.get("/quality/standards/\(byForm)")
            #expect(try await browser.post("/quality/standards/\(byForm)", form: ["version": "1", "target_otif": "93", "alert_otif": "90", "weight_flexibility": "2"]).status == .seeOther)
            #expect(try await Self.stored(app, byAPI) == Self.stored(app, byForm))
            #expect(try await Self.trail(app, byAPI) == Self.trail(app, byForm))
            #expect(try await Self.trail(app, byAPI).count == 2)
        }
    }
}
