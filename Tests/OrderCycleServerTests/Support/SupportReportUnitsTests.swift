import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing

/// The support report writes its response and resolution times in the reader's units: hours and
/// minutes in English, «ч» and «мин» on a Russian page.
@Suite("Support report: times in the reader's units")
struct SupportReportUnitsTests {
    static func report() -> SupportReportQueries.Report {
        // first response: mean 45 min, median 1 h 5 min, p90 2 h 0 min; resolution: mean 3 h 30 min
        let row = SupportReportQueries.Row(
            key: "urgent", tickets: 4, breached: 1, breach_rate: 0.25,
            first_response: .init(count: 4, mean_seconds: 45 * 60, median_seconds: 65 * 60, p90_seconds: 120 * 60),
            resolution: .init(count: 2, mean_seconds: 210 * 60, median_seconds: 200 * 60, p90_seconds: 220 * 60),
            ratings: 0, csat_mean: nil, csat_satisfied: nil, resolved: 2, first_contact_resolved: 1, fcr_rate: 0.5)
        var overall = row
        overall.key = "all"
        return .init(from: "2026-03-01", to: "2026-03-31", overall: overall, by_priority: [row], by_category: [], by_segment: [], by_operator: [])
    }

    @Test func aRussianReportWritesHoursAndMinutesInRussian() {
        let page = SupportReportPage.view(Self.report(), notice: "", lang: .ru).text
        #expect(page.contains("45 мин / 1 ч 5 мин / 2 ч 0 мин"), "\(page)")
        #expect(page.contains("медиана 3 ч 20 мин") && page.contains("p90 3 ч 40 мин"))
        #expect(page.range(of: #"\d+h \d+m|\d+m\b| min\b"#, options: .regularExpression) == nil)
    }

    @Test func anEnglishReportWritesHoursAndMinutes() {
        let page = SupportReportPage.view(Self.report(), notice: "", lang: .en).text
        #expect(page.contains("45 min / 1 h 5 min / 2 h 0 min") && page.contains("median 3 h 20 min"))
        #expect(!page.contains("мин"))
    }
}
