import Foundation
import Testing
@testable import OrderCycleCore

@Suite("Working time on SLA calendars (DOMAIN §2.3)")
struct WorkingCalendarTests {
    static let kyiv = TimeZone(identifier: "Europe/Kyiv")!
    static let hour: TimeInterval = 3600

    /// An instant written with its UTC offset, e.g. `2025-06-06T17:00:00+03:00`.
    static func at(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    /// Kyiv office hours, 09:00–18:00 on the given days.
    static func office(
        _ weekdays: Set<BusinessHours.Weekday> = BusinessHours.Weekday.workweek,
        holidays: Set<CalendarDay> = []
    ) throws -> WorkingCalendar {
        .businessHours(try BusinessHours(
            timeZone: kyiv, weekdays: weekdays,
            opens: .init(hour: 9), closes: .init(hour: 18), holidays: holidays))
    }

    /// Every hour of every day, counted on the Kyiv wall clock.
    static func wholeDays() throws -> WorkingCalendar {
        .businessHours(try BusinessHours(
            timeZone: kyiv, weekdays: Set(BusinessHours.Weekday.allCases),
            opens: .init(hour: 0), closes: .init(hour: 24)))
    }

    @Test func roundTheClockCountsTheWeekend() {
        // MUT
        let due = WorkingCalendar.roundTheClock.addingWorkingTime(24 * Self.hour, to: Self.at("2025-06-06T17:00:00+03:00"))

        // validate: Friday 17:00 + 24 h is Saturday 17:00
        #expect(due == Self.at("2025-06-07T17:00:00+03:00"))
    }

    @Test func businessHoursSkipTheWeekend() throws {
        // setup: Friday 17:00, four working hours
        let calendar = try Self.office()

        // MUT
        let due = calendar.addingWorkingTime(4 * Self.hour, to: Self.at("2025-06-06T17:00:00+03:00"))

        // validate: one hour on Friday, three on Monday morning
        #expect(due == Self.at("2025-06-09T12:00:00+03:00"))
    }

    @Test func businessHoursSkipAHoliday() throws {
        // setup: the Monday is a holiday
        let calendar = try Self.office(holidays: [try #require(CalendarDay(year: 2025, month: 6, day: 9))])

        // MUT
        let due = calendar.addingWorkingTime(4 * Self.hour, to: Self.at("2025-06-06T17:00:00+03:00"))

        // validate
        #expect(due == Self.at("2025-06-10T12:00:00+03:00"))
    }

    @Test func aStartBeforeOpeningCountsFromOpening() throws {
        // setup
        let calendar = try Self.office()

        // MUT
        let due = calendar.addingWorkingTime(2 * Self.hour, to: Self.at("2025-06-09T06:30:00+03:00"))

        // validate
        #expect(due == Self.at("2025-06-09T11:00:00+03:00"))
    }

    @Test func timeRunningOutAtClosingIsDueAtClosing() throws {
        // setup
        let calendar = try Self.office()

        // MUT
        let due = calendar.addingWorkingTime(Self.hour, to: Self.at("2025-06-09T17:00:00+03:00"))

        // validate
        #expect(due == Self.at("2025-06-09T18:00:00+03:00"))
    }

    @Test func openingHoursFollowTheWallClockAcrossTheSpringDSTChange() throws {
        // setup: open every day; Saturday 17:00 EET (UTC+2), two working hours; on Sunday
        // 30 March 2025 Kyiv moves to EEST (UTC+3)
        let calendar = try Self.office(Set(BusinessHours.Weekday.allCases))

        // MUT
        let due = calendar.addingWorkingTime(2 * Self.hour, to: Self.at("2025-03-29T17:00:00+02:00"))

        // validate: one hour on Saturday, then 09:00–10:00 Sunday in summer time
        #expect(due == Self.at("2025-03-30T10:00:00+03:00"))
    }

    @Test func theSpringDSTDayHas23WorkingHours() throws {
        // setup
        let calendar = try Self.wholeDays()

        // MUT
        let sunday = calendar.workingTime(from: Self.at("2025-03-30T00:00:00+02:00"), to: Self.at("2025-03-31T00:00:00+03:00"))
        let due = calendar.addingWorkingTime(24 * Self.hour, to: Self.at("2025-03-30T00:00:00+02:00"))

        // validate: 24 real hours end at 01:00 on Monday's wall clock
        #expect(sunday == 23 * Self.hour)
        #expect(due == Self.at("2025-03-31T01:00:00+03:00"))
    }

    @Test func theAutumnDSTDayHas25WorkingHours() throws {
        // setup: on Sunday 26 October 2025 Kyiv returns to EET
        let calendar = try Self.wholeDays()

        // MUT
        let sunday = calendar.workingTime(from: Self.at("2025-10-26T00:00:00+03:00"), to: Self.at("2025-10-27T00:00:00+02:00"))

        // validate
        #expect(sunday == 25 * Self.hour)
    }

    @Test func workingTimeOverAWeekendCountsOnlyOpenHours() throws {
        // setup
        let calendar = try Self.office()

        // MUT: Friday 17:00 to Monday 10:00
        let worked = calendar.workingTime(from: Self.at("2025-06-06T17:00:00+03:00"), to: Self.at("2025-06-09T10:00:00+03:00"))

        // validate
        #expect(worked == 2 * Self.hour)
    }

    @Test func businessHoursNeedAWorkingDayAndOpeningBeforeClosing() {
        #expect(throws: WorkingCalendarError.noWorkingDays) {
            try BusinessHours(timeZone: Self.kyiv, weekdays: [], opens: .init(hour: 9), closes: .init(hour: 18))
        }
        #expect(throws: WorkingCalendarError.opensNotBeforeCloses) {
            try BusinessHours(timeZone: Self.kyiv, opens: .init(hour: 18), closes: .init(hour: 9))
        }
        #expect(throws: WorkingCalendarError.invalidTimeOfDay(hour: 24, minute: 30)) {
            try BusinessHours.TimeOfDay(hour: 24, minute: 30)
        }
    }
}

@Suite("SLA clocks run, pause, and are met or breached (DOMAIN §2.3)")
struct SLAClockTests {
    static let hour: TimeInterval = 3600
    static let opened = WorkingCalendarTests.at("2025-06-02T10:00:00Z")

    static func clock(target hours: Double = 4) -> SLAClock {
        SLAClock(target: hours * hour, calendar: .roundTheClock, startedAt: opened)
    }

    static func after(_ hours: Double) -> Date {
        opened.addingTimeInterval(hours * hour)
    }

    @Test func aFreshClockRuns() {
        // setup
        let clock = Self.clock()

        // MUT / validate
        #expect(clock.state(at: Self.after(1.5)) == .running)
        #expect(clock.elapsed(at: Self.after(1.5)) == 1.5 * Self.hour)
        #expect(clock.remaining(at: Self.after(1.5)) == 2.5 * Self.hour)
        #expect(clock.dueDate == Self.after(4))
    }

    @Test func aPauseStopsTheCountAndMovesTheDueDate() {
        // setup: waiting for the client from 11:00 to 13:00
        var clock = Self.clock()
        clock.pause(at: Self.after(1))
        clock.resume(at: Self.after(3))

        // MUT / validate
        #expect(clock.state(at: Self.after(2)) == .paused)
        #expect(clock.elapsed(at: Self.after(4)) == 2 * Self.hour)
        #expect(clock.dueDate == Self.after(6))
    }

    @Test func anOpenPauseHasNoDueDate() {
        // setup
        var clock = Self.clock()
        clock.pause(at: Self.after(1))

        // MUT / validate
        #expect(clock.dueDate == nil)
        #expect(clock.state(at: Self.after(10)) == .paused)
        #expect(clock.elapsed(at: Self.after(10)) == Self.hour)
    }

    @Test func stoppingWithinTheTargetMeetsIt() {
        // setup
        var clock = Self.clock()
        clock.stop(at: Self.after(3))

        // MUT / validate
        #expect(clock.state(at: Self.after(30)) == .met)
        #expect(clock.elapsed(at: Self.after(30)) == 3 * Self.hour)
    }

    @Test func stoppingExactlyAtTheDueInstantStillMeetsIt() {
        // setup
        var clock = Self.clock()
        clock.stop(at: Self.after(4))

        // MUT / validate
        #expect(clock.state(at: Self.after(5)) == .met)
    }

    @Test func runningPastTheTargetBreachesIt() {
        // setup
        let clock = Self.clock()

        // MUT / validate
        #expect(clock.state(at: Self.after(4)) == .running)
        #expect(clock.state(at: Self.after(4.5)) == .breached)
        #expect(clock.remaining(at: Self.after(4.5)) == -0.5 * Self.hour)
    }

    @Test func stoppingLateLeavesItBreached() {
        // setup
        var clock = Self.clock()
        clock.stop(at: Self.after(5))

        // MUT / validate
        #expect(clock.state(at: Self.after(6)) == .breached)
    }

    @Test func aPauseAfterTheBreachDoesNotUndoIt() {
        // setup
        var clock = Self.clock()
        clock.pause(at: Self.after(5))

        // MUT / validate
        #expect(clock.state(at: Self.after(6)) == .breached)
        #expect(clock.dueDate == Self.after(4))
    }

    @Test func aBusinessHoursClockWaitsOverTheWeekend() throws {
        // setup: opened Friday 17:00 Kyiv with a 4-hour target on office hours
        let clock = SLAClock(
            target: 4 * Self.hour, calendar: try WorkingCalendarTests.office(),
            startedAt: WorkingCalendarTests.at("2025-06-06T17:00:00+03:00"))

        // MUT / validate
        #expect(clock.elapsed(at: WorkingCalendarTests.at("2025-06-09T10:00:00+03:00")) == 2 * Self.hour)
        #expect(clock.state(at: WorkingCalendarTests.at("2025-06-08T23:00:00+03:00")) == .running)
        #expect(clock.dueDate == WorkingCalendarTests.at("2025-06-09T12:00:00+03:00"))
    }

    @Test func thePolicyGivesEachPriorityItsTargets() {
        // setup
        let policy = SLAPolicy.standard

        // MUT
        let response = policy.firstResponseClock(priority: .urgent, openedAt: Self.opened)
        let resolution = policy.resolutionClock(priority: .low, openedAt: Self.opened)

        // validate
        #expect(response.dueDate == Self.opened.addingTimeInterval(15 * 60))
        #expect(resolution.dueDate == Self.after(72))
    }
}
