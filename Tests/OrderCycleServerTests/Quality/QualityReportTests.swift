import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

extension QualityDashboardDTO.Group {
    func value(_ indicator: QualityIndicator) -> Double? { indicators.first { $0.indicator == indicator }?.value.value }
    func figure(_ indicator: QualityIndicator) -> QualityDashboardDTO.Indicator { indicators.first { $0.indicator == indicator }! }
}

func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) < tolerance
}

@Suite("Service-quality figures from the orders, against hand-computed values")
struct QualityReportTests {
    func dashboard(_ app: Application, _ query: String, token: String) async throws -> QualityDashboardDTO {
        let response = try await app.api(.GET, "/api/v1/quality/dashboard?\(query)", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(QualityDashboardDTO.self)
    }

    @Test func everyIndicatorOfAMonthOverAllOrders() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let dto = try await dashboard(app, "period=2026-03", token: token)
            let t = dto.total
            #expect(t.orders == 5)
            #expect(t.consumers == 3)
            // P: c1 1/2, c2 0/1, c3 2/2 → (50 + 0 + 100) / 3
            #expect(close(t.value(.stockoutProbability), 50))
            // N: P1 5/10, P2 20/10 capped at 1; P3 needs nothing
            #expect(close(t.value(.demandSaturation), 0.75))
            // C: P1, P2, P3 ordered; P3 is out of the range
            #expect(close(t.value(.orderCoverage), 2.0 / 3))
            // T: c1 (3+2)/(2+4), c2 5/5, c3 1/0 → met at once
            #expect(close(t.value(.timeExpectations), (5.0 / 6 + 1 + 1) / 3))
            // K: c1 1/2, c2 1/1, c3 1/1
            #expect(close(t.value(.uninterruptedExecution), 2.5 / 3))
            // F: satisfied change request + resolved claim of 4 decided requests; the open one waits
            #expect(close(t.value(.flexibility), 0.5))
            // Y: o2 and o5 drew claims, of 5 orders
            #expect(close(t.value(.serviceDeficiency), 0.4))
            let r = (0.5 + 0.75 + 2.0 / 3 + 17.0 / 18 + 2.5 / 3 + 0.5 + 0.6) / 7
            #expect(close(t.value(.serviceReliability), r))
            // η: 4 of 5 due orders delivered; by time 3+2+5+1 of 3+2+5+5+1 promised days
            #expect(close(t.value(.serviceLevelByCount), 0.8))
            #expect(close(t.value(.serviceLevelByTime), 11.0 / 16))
            // OTIF: o1, o5 of 4 fulfilled; perfect: o1 only (o5 drew a claim)
            #expect(close(t.value(.onTimeInFull), 0.5))
            #expect(close(t.value(.perfectOrder), 0.25))
            #expect(t.cycle.orders == 2)
            #expect(close(t.cycle.mean_seconds, 280_000))
            #expect(close(t.cycle.interruption_share, 36_000.0 / 560_000))
            // stage shares: receipt (0.1 + 0.1)/2, delivery 0.8/2, production 0.9/2
            #expect(dto.bottleneck == .production)
            #expect(close(dto.stages.first { $0.stage == .receipt }?.mean_share, 0.1))
            #expect(dto.groups.isEmpty)
        }
    }

    @Test func trendHasTwelvePeriodsEndingWithTheChosenOne() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let dto = try await dashboard(app, "period=2026-03", token: token)
            #expect(dto.trend_periods.count == 12)
            #expect(dto.trend_periods.first == "2025-04")
            #expect(dto.trend_periods.last == "2026-03")
            let p = dto.total.figure(.stockoutProbability).trend
            #expect(p.count == 12)
            #expect(p[10] == .measured(100)) // February: o6 of c1, unsatisfied
            #expect(p[11] == .measured(50))
            #expect(p[0] == .noData)
            // stock history is not kept: N only for the chosen period
            #expect(dto.total.figure(.demandSaturation).trend[10] == .noData)
        }
    }

    @Test func eachGroupIsNamedInTheReadersLanguage() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let byClient = try await dashboard(app, "period=2026-03&group=client", token: token)
            #expect(byClient.groups.map(\.label) == ["Client One", "Client Three", "Client Two"])
            #expect(byClient.groups.map(\.key) == [world.c1, world.c3, world.c2].map(\.uuidString))
            let byManager = try await dashboard(app, "period=2026-03&group=manager", token: token)
            #expect(byManager.groups.map(\.label) == ["No manager", "manager tester"])
            #expect(byManager.groups.last?.key == world.manager.uuidString)
            var russian = HTTPHeaders.bearer(token)
            russian.replaceOrAdd(name: .acceptLanguage, value: "ru")
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2026-03&group=segment", headers: russian)
            let bySegment = try response.decoded(QualityDashboardDTO.self)
            #expect(bySegment.groups.map(\.label) == ["Опт", "Розница"])
            #expect(bySegment.groups.map(\.key) == [world.segmentB, world.segmentA].map(\.uuidString))
        }
    }

    @Test func groupedBySegmentEachGroupHasItsOwnFigures() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let dto = try await dashboard(app, "period=2026-03&group=segment", token: token)
            #expect(dto.groups.map(\.label) == ["Retail", "Wholesale"])
            let a = try #require(dto.groups.first { $0.key == world.segmentA.uuidString })
            let b = try #require(dto.groups.first { $0.key == world.segmentB.uuidString })
            #expect(close(a.value(.stockoutProbability), 25))
            #expect(close(b.value(.stockoutProbability), 100))
            #expect(close(a.value(.uninterruptedExecution), 0.75))
            #expect(close(a.value(.timeExpectations), (5.0 / 6 + 1) / 2))
            #expect(close(a.value(.serviceDeficiency), 1.0 / 3))
            #expect(close(b.value(.serviceDeficiency), 0.5))
            #expect(close(a.value(.flexibility), 2.0 / 3))
            #expect(close(b.value(.flexibility), 0))
            #expect(close(a.value(.orderCoverage), 2.0 / 3))
            #expect(close(b.value(.orderCoverage), 1))
            #expect(close(b.value(.serviceLevelByCount), 0.5))
            // the total is the same as without grouping
            #expect(close(dto.total.value(.stockoutProbability), 50))
            #expect(close(dto.total.value(.orderCoverage), 2.0 / 3))
            #expect(close(dto.total.value(.flexibility), 0.5))
        }
    }

    @Test func otherGroupingsSplitTheSameOrders() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .admin)
            let byManager = try await dashboard(app, "period=2026-03&group=manager", token: token)
            let mine = try #require(byManager.groups.first { $0.key == world.manager.uuidString })
            #expect(mine.orders == 2)
            #expect(byManager.groups.first { $0.key == "none" }?.orders == 3)
            let byClient = try await dashboard(app, "period=2026-03&group=client", token: token)
            #expect(byClient.groups.count == 3)
            #expect(close(byClient.groups.first { $0.key == world.c3.uuidString }?.value(.stockoutProbability), 100))
            let byOrigin = try await dashboard(app, "period=2026-03&group=internal", token: token)
            #expect(byOrigin.groups.map(\.key) == ["external"])
            let byCategory = try await dashboard(app, "period=2026-03&group=category", token: token)
            #expect(Set(byCategory.groups.map(\.key)) == ["Boxes", "Pallets"])
            // Boxes: o1, o2 (c1), o4, o5 (c3): Y 2/4; Pallets: o3 only
            #expect(close(byCategory.groups.first { $0.key == "Boxes" }?.value(.serviceDeficiency), 0.5))
            #expect(byCategory.groups.first { $0.key == "Pallets" }?.orders == 1)
            // under categories an order counts in each of its categories, the total once
            #expect(byCategory.total.orders == 5)
            // one group only
            let one = try await dashboard(app, "period=2026-03&group=segment&key=\(world.segmentB.uuidString)", token: token)
            #expect(one.groups.count == 1)
            #expect(one.total.orders == 2)
        }
    }

    @Test func quarterYearAndCustomPeriods() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let quarter = try await dashboard(app, "period=2026-Q1", token: token)
            #expect(quarter.total.orders == 6)
            #expect(quarter.trend_periods.last == "2026-Q1")
            let year = try await dashboard(app, "period=2026", token: token)
            #expect(year.total.orders == 6)
            #expect(year.trend_periods.first == "2015")
            let custom = try await dashboard(app, "period=2026-03-04..2026-03-05", token: token)
            #expect(custom.total.orders == 2)
            #expect(custom.period.kind == .custom)
            #expect(custom.trend_periods.last == "2026-03")
        }
    }

    @Test func noOrdersIsNoDataNeverZero() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .analyst)
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2026-03&group=segment", headers: .bearer(token))
            #expect(response.status == .ok)
            let dto = try response.decoded(QualityDashboardDTO.self)
            #expect(dto.total.orders == 0)
            #expect(dto.total.indicators.allSatisfy { $0.value == .noData })
            #expect(dto.total.cycle.mean_seconds == nil)
            #expect(dto.bottleneck == nil)
            // null, not 0, in the JSON itself
            #expect(response.text.contains("\"value\":null"))
        }
    }

    @Test func badParametersAreNamed() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .analyst)
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2026-13&group=planet&key=x", headers: .bearer(token))
            #expect(response.status == .unprocessableEntity)
            let fields = (response.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } ?? []
            #expect(fields.contains("period"))
            #expect(fields.contains("group"))
        }
    }

    @Test func staffOutsideTheRuleAreRefused() async throws {
        try await withApp { app in
            let (_, worker) = try await makeUser(app, role: .worker)
            #expect(try await app.api(.GET, "/api/v1/quality/dashboard", headers: .bearer(worker)).status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/quality/dashboard").status == .unauthorized)
            let (_, manager) = try await makeUser(app, role: .manager)
            #expect(try await app.api(.PUT, "/api/v1/quality/standards/\(UUID())", headers: .bearer(manager, [("If-Match", "\"1\"")]), json: ["indicators": [String]()]).status == .forbidden)
        }
    }
}
