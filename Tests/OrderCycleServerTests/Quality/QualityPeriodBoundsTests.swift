import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A period is read within the years 1900–2200: outside them (year 1 once trapped while the
/// trend stepped back before the calendar's first year) the API answers 422 naming `period`,
/// and the dashboard, its exports and the cost of service show the error, never a crash.
@Suite("Quality periods outside 1900–2200 are refused")
struct QualityPeriodBoundsTests {
    static let periods = ["0001", "0011", "0001-Q1", "0001-06", "0001-01-01..0001-01-31", "1899", "2201", "9999-12", "9999-Q4",
                          "9999-12-01..9999-12-31", "10000", "2026-13", "2026-Q5"]

    @Test func theBoundsAreReadAndTheNeighboursExist() throws {
        #expect(QualityPeriod("1900") != nil)
        #expect(QualityPeriod("2200-Q4") != nil)
        #expect(QualityPeriod("1899-12") == nil)
        #expect(QualityPeriod("2201-01-01..2201-01-02") == nil)
        let first = try #require(QualityPeriod("1900-01"))
        #expect(first.trend(12).first?.label == "1899-02")
        #expect(QualityPeriod.containing(.latest, kind: .month).label == "9999-12")
        #expect(QualityPeriod.containing(.latest, kind: .quarter).label == "9999-Q4")
        #expect(QualityPeriod.containing(.earliest, kind: .year).previous.label == "0000")
        let february = try #require(QualityPeriod("2024-02"))
        #expect(february.last.description == "2024-02-29")
        let quarter = try #require(QualityPeriod("2026-Q3"))
        #expect(quarter.first.description == "2026-07-01" && quarter.last.description == "2026-09-30")
        #expect(QualityPeriod.containing(quarter.last, kind: .year).last.description == "2026-12-31")
    }

    @Test(arguments: periods)
    func theAPIAnswers422(_ period: String) async throws {
        try await withApp { app in
            let (_, analyst) = try await makeUser(app, role: .analyst)
            for path in ["/api/v1/quality/dashboard", "/api/v1/quality/orders", "/api/v1/quality/requests", "/api/v1/quality/cost-of-service/losses"] {
                let response = try await app.api(.GET, "\(path)?period=\(period)", headers: .bearer(analyst))
                #expect(response.status == .unprocessableEntity, "\(path) period=\(period): \(response.status)")
                let fields = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                #expect(fields.contains("period"), "\(path) period=\(period)")
            }
        }
    }

    @Test func thePagesAndExportsShowTheErrorAndKeepServing() async throws {
        try await withApp { app in
            let email = "analyst-\(UUID().uuidString.prefix(8).lowercased())@test.example"
            try await makeUser(app, role: .analyst, email: email, password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: email, password: "correct horse")
            for period in Self.periods {
                for path in [PageRoute.Quality.dashboard(), PageRoute.Quality.print(), PageRoute.Quality.csv(), PageRoute.Quality.json(), PageRoute.Quality.cost()] {
                    let response = try await browser.get("\(path)?period=\(period)")
                    #expect(response.status.code < 500, "\(path) period=\(period): \(response.status)")
                }
            }
            let health = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(health.status == .ok)
        }
    }
}
