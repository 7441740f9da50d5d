import Foundation
import Testing
@testable import OrderCycleCore

/// A ticket's two SLA promises rebuilt from its record (DOMAIN §2.3): on the 24x7 calendar and on
/// office hours, over weekends and holidays, with the clock paused across midnight while waiting
/// for the client, and across the daylight-saving changes of the company's zone.
@Suite("Ticket SLA clocks (DOMAIN §2.3)")
struct TicketSLATests {
    static let kyiv = TimeZone(identifier: "Europe/Kyiv")!
    static let hour: TimeInterval = 3600
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let normal = SLATargets(firstResponse: 4 * hour, resolution: 24 * hour)

    static func office(holidays: Set<CalendarDay> = []) throws -> WorkingCalendar {
        .businessHours(try BusinessHours(timeZone: kyiv, opens: .init(hour: 9), closes: .init(hour: 18), holidays: holidays))
    }

    @Test func roundTheClockDuesCountEveryHourOfTheWeekend() {
        // Friday 20:00 Kyiv: 4 h and 24 h later, Saturday night counts.
        let sla = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: Self.at("2026-03-06T20:00:00+02:00"),
                            pauses: [], firstResponseAt: nil, resolvedAt: nil)
        let s = sla.snapshot(at: Self.at("2026-03-06T21:00:00+02:00"))
        #expect(s.firstResponseDue == Self.at("2026-03-07T00:00:00+02:00"))
        #expect(s.resolutionDue == Self.at("2026-03-07T20:00:00+02:00"))
        #expect(!s.paused && !s.breached && s.firstResponse == .running)
    }

    @Test func officeHoursSkipTheWeekendAndAHoliday() throws {
        // Friday 16:00: two hours on Friday, Monday 9 March 2026 a holiday, then Tuesday 09:00–11:00.
        let holiday = try #require(CalendarDay(year: 2026, month: 3, day: 9))
        let sla = TicketSLA(targets: Self.normal, calendar: try Self.office(holidays: [holiday]), openedAt: Self.at("2026-03-06T16:00:00+02:00"),
                            pauses: [], firstResponseAt: nil, resolvedAt: nil)
        #expect(sla.snapshot(at: Self.at("2026-03-06T16:00:00+02:00")).firstResponseDue == Self.at("2026-03-10T11:00:00+02:00"))
        // 24 working hours: 2 on Friday, 9 on Tuesday, 9 on Wednesday, 4 on Thursday.
        #expect(sla.resolutionWatch == Self.at("2026-03-12T13:00:00+02:00"))
    }

    @Test func aPauseAcrossMidnightMovesTheDueByThePausedTimeOnly() {
        // 24x7, opened 22:00; waiting for the client from 23:00 to 01:30: the due moves by 2 h 30 min.
        let opened = Self.at("2026-03-10T22:00:00+02:00")
        let pause = SLAPause(from: Self.at("2026-03-10T23:00:00+02:00"), to: Self.at("2026-03-11T01:30:00+02:00"))
        let sla = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened, pauses: [pause], firstResponseAt: nil, resolvedAt: nil)
        #expect(sla.firstResponseWatch == Self.at("2026-03-11T04:30:00+02:00"))
        #expect(sla.resolutionWatch == Self.at("2026-03-12T00:30:00+02:00"))
        // While the pause was open the clock stood still and had no due date.
        let open = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened, pauses: [SLAPause(from: pause.from)],
                             firstResponseAt: nil, resolvedAt: nil)
        let s = open.snapshot(at: Self.at("2026-03-11T09:00:00+02:00"))
        #expect(s.paused && s.firstResponseDue == nil && s.resolutionDue == nil && !s.breached)
        #expect(open.firstResponse.elapsed(at: Self.at("2026-03-11T09:00:00+02:00")) == Self.hour)
    }

    @Test func aPauseAcrossMidnightOnOfficeHoursCountsNoClosedTime() throws {
        // Opened Tuesday 16:00, paused 17:00 to Wednesday 10:00: one hour before, the rest from 10:00.
        let sla = TicketSLA(targets: Self.normal, calendar: try Self.office(), openedAt: Self.at("2026-03-10T16:00:00+02:00"),
                            pauses: [SLAPause(from: Self.at("2026-03-10T17:00:00+02:00"), to: Self.at("2026-03-11T10:00:00+02:00"))],
                            firstResponseAt: nil, resolvedAt: nil)
        #expect(sla.firstResponseWatch == Self.at("2026-03-11T13:00:00+02:00"))
    }

    @Test func roundTheClockCountsRealHoursOverTheSpringDSTChange() {
        // Kyiv moves from +02:00 to +03:00 at 03:00 on 29 March 2026: 4 real hours from 01:00 end at 06:00 local.
        let sla = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: Self.at("2026-03-29T01:00:00+02:00"),
                            pauses: [], firstResponseAt: nil, resolvedAt: nil)
        #expect(sla.firstResponseWatch == Self.at("2026-03-29T06:00:00+03:00"))
    }

    @Test func officeHoursFollowTheWallClockOverTheAutumnDSTChange() throws {
        // 25 October 2026 (Sunday) Kyiv goes back to +02:00; Friday 17:00 (+03:00) plus 4 h: 1 h Friday, 3 h Monday (+02:00).
        let sla = TicketSLA(targets: Self.normal, calendar: try Self.office(), openedAt: Self.at("2026-10-23T17:00:00+03:00"),
                            pauses: [], firstResponseAt: nil, resolvedAt: nil)
        #expect(sla.firstResponseWatch == Self.at("2026-10-26T12:00:00+02:00"))
    }

    @Test func aResponseStopsTheFirstClockAndALateOneLeavesItBreached() {
        let opened = Self.at("2026-03-10T08:00:00Z")
        let inTime = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened, pauses: [],
                               firstResponseAt: opened.addingTimeInterval(3 * Self.hour), resolvedAt: nil)
        #expect(inTime.firstResponseWatch == nil && inTime.snapshot(at: opened.addingTimeInterval(10 * Self.hour)).firstResponse == .met)
        let late = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened, pauses: [],
                             firstResponseAt: opened.addingTimeInterval(5 * Self.hour), resolvedAt: nil)
        let s = late.snapshot(at: opened.addingTimeInterval(6 * Self.hour))
        #expect(s.firstResponse == .breached && s.breached && s.resolution == .running)
    }

    @Test func aResolutionStopsTheResolutionClockAndTheTimeResolvedBeforeAReopenDoesNotCount() {
        let opened = Self.at("2026-03-10T08:00:00Z")
        let resolved = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened, pauses: [],
                                 firstResponseAt: opened.addingTimeInterval(Self.hour), resolvedAt: opened.addingTimeInterval(10 * Self.hour))
        #expect(resolved.resolutionWatch == nil && resolved.snapshot(at: opened.addingTimeInterval(99 * Self.hour)).resolution == .met)
        // Resolved after 10 h, reopened 30 h later: 14 h remain from the reopening.
        let reopened = TicketSLA(targets: Self.normal, calendar: .roundTheClock, openedAt: opened,
                                 pauses: [SLAPause(from: opened.addingTimeInterval(10 * Self.hour), to: opened.addingTimeInterval(40 * Self.hour))],
                                 firstResponseAt: opened.addingTimeInterval(Self.hour), resolvedAt: nil)
        #expect(reopened.resolutionWatch == opened.addingTimeInterval(54 * Self.hour))
    }

    @Test func staffAndClientMoveTicketsByTheirOwnRules() {
        let now = Self.at("2026-03-10T08:00:00Z")
        #expect(TicketTransitions.allowed(from: .new, by: .staff, resolvedAt: nil, now: now) == [.open, .waitingForClient, .resolved])
        #expect(TicketTransitions.allowed(from: .waitingForClient, by: .client, resolvedAt: nil, now: now) == [.open])
        #expect(TicketTransitions.allowed(from: .open, by: .client, resolvedAt: nil, now: now).isEmpty)
        #expect(TicketTransitions.allowed(from: .resolved, by: .staff, resolvedAt: now, now: now) == [.open, .closed])
        #expect(TicketTransitions.check(from: .closed, to: .open, by: .staff, resolvedAt: now, now: now) == .notAllowed(from: .closed, to: .open))
        // The client's reopen window: in time on its last second, refused after.
        let resolvedAt = now.addingTimeInterval(-TicketTransitions.defaultReopenWindow)
        #expect(TicketTransitions.check(from: .closed, to: .open, by: .client, resolvedAt: resolvedAt, now: now) == nil)
        #expect(TicketTransitions.check(from: .resolved, to: .open, by: .client, resolvedAt: resolvedAt, now: now.addingTimeInterval(1)) == .reopenWindowPassed)
        #expect(TicketTransitions.check(from: .resolved, to: .open, by: .client, resolvedAt: now, now: now, reopenWindow: 0) == nil)
    }

    @Test func aCalendarReadsBackFromItsCode() throws {
        #expect(WorkingCalendar(code: "24x7", timeZone: Self.kyiv) == .roundTheClock)
        let holiday = try #require(CalendarDay(year: 2026, month: 1, day: 7))
        let office = try Self.office(holidays: [holiday])
        #expect(office.code == "hours mon,tue,wed,thu,fri 09:00-18:00 holidays 2026-01-07")
        #expect(WorkingCalendar(code: office.code, timeZone: Self.kyiv) == office)
        for bad in ["", "24/7", "hours mon 18:00-09:00", "hours xyz 09:00-18:00", "hours mon 9:00-18:00", "hours mon 09:00-18:00 holidays 2026-02-30"] {
            #expect(WorkingCalendar(code: bad, timeZone: Self.kyiv) == nil, "\(bad)")
        }
    }

    @Test func firstContactResolutionIsOneReplyAndResolved() {
        #expect(FirstContactResolution.holds(resolved: true, publicStaffReplies: 1))
        #expect(!FirstContactResolution.holds(resolved: true, publicStaffReplies: 2))
        #expect(!FirstContactResolution.holds(resolved: false, publicStaffReplies: 1))
    }
}
