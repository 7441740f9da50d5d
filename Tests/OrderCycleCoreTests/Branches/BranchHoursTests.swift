import Foundation
import Testing
@testable import OrderCycleCore

@Suite("A branch's hours: breaks, days off, holidays, 24x7 and \"open now\" in the company's zone")
struct BranchHoursTests {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!
    static func t(_ s: String) -> BranchHours.ClockTime { BranchHours.ClockTime(s)! }
    static let weekday = BranchHours.DayHours(open: t("09:00"), close: t("18:00"), breaks: [.init(from: t("13:00"), to: t("14:00"))])
    static let hours = BranchHours(
        week: [.mon: weekday, .tue: weekday, .wed: weekday, .thu: weekday, .fri: weekday,
               .sat: .init(open: t("10:00"), close: t("15:00"))],
        holidays: [.init(date: CalendarDay(iso: "2026-03-09")!, name: "Holiday"),
                   .init(date: CalendarDay(iso: "2026-03-07")!, hours: .init(open: t("10:00"), close: t("13:00")))])

    /// A moment given as the wall-clock time in Moscow (UTC+3).
    static func moscowTime(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso + "+03:00")! }

    @Test func openDuringTheDayClosedAtLunchAndAtNight() {
        // Wednesday 4 March 2026.
        #expect(Self.hours.isOpen(at: Self.moscowTime("2026-03-04T09:00:00"), in: Self.moscow))
        #expect(Self.hours.isOpen(at: Self.moscowTime("2026-03-04T12:59:00"), in: Self.moscow))
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-04T13:30:00"), in: Self.moscow))
        #expect(Self.hours.isOpen(at: Self.moscowTime("2026-03-04T14:00:00"), in: Self.moscow))
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-04T18:00:00"), in: Self.moscow))
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-04T08:59:00"), in: Self.moscow))
        // Sunday is a day off.
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-08T12:00:00"), in: Self.moscow))
    }

    @Test func holidaysCloseOrShortenTheDay() {
        // Monday 9 March closed; Saturday 7 March shortened to 10–13.
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-09T11:00:00"), in: Self.moscow))
        #expect(Self.hours.isOpen(at: Self.moscowTime("2026-03-07T12:00:00"), in: Self.moscow))
        #expect(!Self.hours.isOpen(at: Self.moscowTime("2026-03-07T14:00:00"), in: Self.moscow))
        #expect(Self.hours.day(CalendarDay(iso: "2026-03-09")!) == .holiday(nil, name: "Holiday"))
    }

    @Test func openNowIsJudgedInTheCompanyTimeZoneNotUTC() {
        // 06:30 UTC is 09:30 in Moscow (open) and 08:30 in Kyiv in winter (closed).
        let instant = ISO8601DateFormatter().date(from: "2026-03-04T06:30:00Z")!
        #expect(Self.hours.isOpen(at: instant, in: Self.moscow))
        #expect(!Self.hours.isOpen(at: instant, in: TimeZone(identifier: "Europe/Kyiv")!))
        let (day, time) = BranchHours.local(instant, in: Self.moscow)
        #expect(day.description == "2026-03-04" && time.description == "09:30")
        #expect(day.weekday == .wed)
    }

    @Test func roundTheClockIsAlwaysOpen() {
        #expect(BranchHours.roundTheClock.isOpen(at: Self.moscowTime("2026-01-01T03:00:00"), in: Self.moscow))
        #expect(BranchHours.roundTheClock.day(CalendarDay(iso: "2026-01-01")!) == .roundTheClock)
    }

    @Test func impossibleHoursAreNamedByField() {
        let bad = BranchHours(week: [.mon: .init(open: Self.t("18:00"), close: Self.t("09:00")),
                                     .tue: .init(open: Self.t("09:00"), close: Self.t("18:00"), breaks: [.init(from: Self.t("19:00"), to: Self.t("20:00"))])],
                              holidays: [.init(date: CalendarDay(iso: "2026-01-01")!), .init(date: CalendarDay(iso: "2026-01-01")!)])
        #expect(bad.issues.map(\.field) == ["hours.week.mon.close", "hours.week.tue.breaks[0]", "hours.holidays[1].date"])
        #expect(Self.hours.issues.isEmpty)
        #expect(BranchHours.ClockTime("24:00")?.minutes == 1440)
        #expect(BranchHours.ClockTime("24:01") == nil && BranchHours.ClockTime("9:00") == nil && BranchHours.ClockTime("09:60") == nil)
    }

    @Test func weekdaysOfKnownDates() {
        #expect(CalendarDay(iso: "1970-01-01")!.weekday == .thu)
        #expect(CalendarDay(iso: "2026-12-02")!.weekday == .wed)
        #expect(CalendarDay(iso: "1969-12-29")!.weekday == .mon)
    }
}
