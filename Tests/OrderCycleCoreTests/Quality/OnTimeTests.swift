import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct OnTimeTests {
    private let kyiv = CompanyCalendar(timeZoneIdentifier: "Europe/Kyiv")!

    private func utc(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    private func day(_ iso: String) -> CalendarDay {
        CalendarDay(iso: iso)!
    }

    @Test func calendarDayReadsAndWritesIsoDates() {
        #expect(CalendarDay(iso: "2024-03-05") == CalendarDay(year: 2024, month: 3, day: 5))
        #expect(day("2024-03-05").description == "2024-03-05")
        #expect(CalendarDay(year: 987, month: 1, day: 2)?.description == "0987-01-02")
    }

    @Test func datesThatDoNotExistAreRefused() {
        #expect(CalendarDay(iso: "2023-02-29") == nil)
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        #expect(CalendarDay(iso: "2024-13-01") == nil)
        #expect(CalendarDay(iso: "2024-04-31") == nil)
        #expect(CalendarDay(iso: "2024-3-1") == nil)
        #expect(CalendarDay(iso: "tomorrow") == nil)
    }

    @Test func daysBetweenCalendarDaysCrossMonthsYearsAndLeapDays() {
        #expect(day("2024-02-28").days(to: day("2024-03-01")) == 2)
        #expect(day("2023-02-28").days(to: day("2023-03-01")) == 1)
        #expect(day("2023-12-31").days(to: day("2024-01-01")) == 1)
        #expect(day("2024-01-01").days(to: day("2025-01-01")) == 366)
        #expect(day("2024-03-05").days(to: day("2024-03-01")) == -4)
    }

    @Test func addingDaysLandsOnTheRightDate() {
        #expect(day("2024-02-27").adding(days: 3) == day("2024-03-01"))
        #expect(day("2024-01-10").adding(days: -10) == day("2023-12-31"))
        #expect(day("1970-01-01").adding(days: 19_787) == day("2024-03-05"))
    }

    @Test func calendarDaysCompareInDateOrder() {
        #expect(day("2023-12-31") < day("2024-01-01"))
        #expect(!(day("2024-01-01") < day("2024-01-01")))
    }

    @Test func calendarDayEncodesAsIsoString() throws {
        let data = try JSONEncoder().encode([day("2024-03-05")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-03-05"]"#)
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day("2024-03-05")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2024-02-30"]"#.utf8))
        }
    }

    @Test func dayOfAMomentIsTakenInTheCompanyTimeZone() {
        // 22:30 UTC is 00:30 the next day in Kyiv (UTC+2 in winter).
        #expect(kyiv.day(of: utc("2024-03-04T22:30:00Z")) == day("2024-03-05"))
        #expect(CompanyCalendar(timeZone: TimeZone(identifier: "UTC")!).day(of: utc("2024-03-04T22:30:00Z")) == day("2024-03-04"))
    }

    @Test func reachedDuringThePromisedDayIsOnTime() {
        #expect(kyiv.isOnTime(reachedAt: utc("2024-03-05T21:59:00Z"), promised: day("2024-03-05")))
        #expect(kyiv.isOnTime(reachedAt: utc("2024-03-01T10:00:00Z"), promised: day("2024-03-05")))
    }

    @Test func reachedAfterMidnightOfThePromisedDayIsLate() {
        #expect(!kyiv.isOnTime(reachedAt: utc("2024-03-05T22:01:00Z"), promised: day("2024-03-05")))
    }

    @Test func wholeDaysCountCalendarDatesNotHours() {
        // 23:00 → 01:00 next day (Kyiv) is 1 day; 00:10 → 23:50 the same day is 0.
        #expect(kyiv.wholeDays(from: utc("2024-03-04T21:00:00Z"), to: utc("2024-03-04T23:00:00Z")) == 1)
        #expect(kyiv.wholeDays(from: utc("2024-03-04T22:10:00Z"), to: utc("2024-03-05T21:50:00Z")) == 0)
    }

    @Test func daysAcrossASummerTimeChangeAreStillWhole() {
        // Kyiv moves to UTC+3 on 2024-03-31: noon to noon is 23 hours, and one day.
        #expect(kyiv.wholeDays(from: utc("2024-03-30T10:00:00Z"), to: utc("2024-03-31T09:00:00Z")) == 1)
        #expect(kyiv.start(of: day("2024-03-31")) == utc("2024-03-30T22:00:00Z"))
        #expect(kyiv.start(of: day("2024-04-01")) == utc("2024-03-31T21:00:00Z"))
    }

    @Test func promisedDayFromALeadTimeCountsFromTheReceivedDate() {
        // Received 23:30 in Kyiv on 4 March; Second Class promises 3 days.
        #expect(kyiv.promisedDay(receivedAt: utc("2024-03-04T21:30:00Z"), leadDays: 3) == day("2024-03-07"))
    }

    @Test func expectedAndActualDaysOfAnOrder() {
        let received = utc("2024-03-04T09:00:00Z")
        #expect(kyiv.expectedDays(receivedAt: received, promised: day("2024-03-09")) == 5)
        #expect(kyiv.actualDays(receivedAt: received, reachedAt: utc("2024-03-11T08:00:00Z")) == 7)
        #expect(kyiv.actualDays(receivedAt: received, reachedAt: utc("2024-03-04T15:00:00Z")) == 0)
    }

    @Test func defaultTimeZoneIsKyivAndUnknownOnesAreRefused() {
        #expect(CompanyCalendar.defaultTimeZoneIdentifier == "Europe/Kyiv")
        #expect(CompanyCalendar(timeZoneIdentifier: CompanyCalendar.defaultTimeZoneIdentifier) != nil)
        #expect(CompanyCalendar(timeZoneIdentifier: "Mars/Olympus") == nil)
    }
}
