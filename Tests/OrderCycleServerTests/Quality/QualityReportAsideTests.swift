import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor

/// A report's reads spread over a second connection (`Request.asideDB`) give the figures the
/// same reads give one after another on one connection.
@Suite("A report read on two connections equals one read on one")
struct QualityReportAsideTests {
    @Test func everyGroupingGivesTheSameFiguresSideBySide() async throws {
        try await withApp { app in
            try await QualityCategoryRollupTests.history(app)
            let loops = Array(app.eventLoopGroup.makeIterator())
            let first = try #require(app.databases.database(logger: app.logger, on: loops[0]))
            let second = try #require(app.databases.database(logger: app.logger, on: loops[loops.count > 1 ? 1 : 0]))
            let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
            let today = try #require(CalendarDay(iso: "2026-02-15"))
            for grouping in QualityGrouping.allCases {
                for period in [try #require(QualityPeriod.year(2026)), try #require(QualityPeriod("2026-02"))] {
                    let alone = try await QualityReport.build(on: first, period: period, grouping: grouping, today: today, calendar: calendar, lang: .en)
                    let beside = try await QualityReport.build(on: first, aside: second, period: period, grouping: grouping,
                                                               today: today, calendar: calendar, lang: .en)
                    #expect(QualityCategoryRollupTests.same(QualityCategoryRollupTests.figures(alone), QualityCategoryRollupTests.figures(beside)),
                            "\(grouping) \(period.label)")
                    #expect(alone.groups.map(\.key) == beside.groups.map(\.key))
                    #expect(!alone.groups.isEmpty || grouping == .all)
                }
            }
        }
    }
}
