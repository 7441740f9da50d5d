import Foundation

/// The time an SLA clock counts (DOMAIN §2.3 Decision: a 24x7 calendar by default,
/// business-hours calendars possible). Durations are real elapsed seconds within working time.
public enum WorkingCalendar: Hashable, Sendable {
    /// Support 24x7: every second counts, weekends and holidays included.
    case roundTheClock
    case businessHours(BusinessHours)

    /// Working time between two instants; zero when `end` is not after `start`.
    public func workingTime(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        switch self {
        case .roundTheClock:
            return end.timeIntervalSince(start)
        case let .businessHours(hours):
            var total: TimeInterval = 0
            for period in hours.openPeriods(from: start) {
                if period.start >= end { break }
                total += min(period.end, end).timeIntervalSince(max(period.start, start))
            }
            return total
        }
    }

    /// The instant at which `duration` of working time has passed since `start`. A duration
    /// that runs out exactly at closing time is due at closing time, not next morning.
    public func addingWorkingTime(_ duration: TimeInterval, to start: Date) -> Date {
        guard duration > 0 else { return start }
        switch self {
        case .roundTheClock:
            return start.addingTimeInterval(duration)
        case let .businessHours(hours):
            var left = duration
            for period in hours.openPeriods(from: start) {
                let from = max(period.start, start)
                let available = period.end.timeIntervalSince(from)
                if left <= available { return from.addingTimeInterval(left) }
                left -= available
            }
            // openPeriods never ends: a valid calendar opens at least once a week.
            preconditionFailure("business hours without working time")
        }
    }
}

extension BusinessHours {
    /// The open periods that end after `instant`, in order, without end.
    func openPeriods(from instant: Date) -> some Sequence<DateInterval> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var day = calendar.startOfDay(for: instant)
        return AnyIterator { () -> DateInterval? in
            while true {
                let today = day
                // Next local midnight; adding a day keeps the wall clock across DST changes.
                day = calendar.startOfDay(for: calendar.date(byAdding: .day, value: 1, to: today)!)
                if let period = self.openPeriod(on: today, calendar: calendar), period.end > instant {
                    return period
                }
            }
        }
    }

    /// The open period of the local day starting at `dayStart`, or nil on a day off.
    private func openPeriod(on dayStart: Date, calendar: Calendar) -> DateInterval? {
        let date = calendar.dateComponents([.year, .month, .day, .weekday], from: dayStart)
        guard let weekday = date.weekday, weekdays.contains(Weekday(gregorianNumber: weekday)),
              let year = date.year, let month = date.month, let dayOfMonth = date.day,
              CalendarDay(year: year, month: month, day: dayOfMonth).map(holidays.contains) != true
        else { return nil }
        let start = instant(opens, on: dayStart, calendar: calendar)
        let end = instant(closes, on: dayStart, calendar: calendar)
        return end > start ? DateInterval(start: start, end: end) : nil
    }

    /// The instant a wall-clock time falls on in the local day starting at `dayStart`.
    private func instant(_ time: TimeOfDay, on dayStart: Date, calendar: Calendar) -> Date {
        if time.minutesFromMidnight == 0 { return dayStart }
        if time.minutesFromMidnight == 24 * 60 {
            return calendar.startOfDay(for: calendar.date(byAdding: .day, value: 1, to: dayStart)!)
        }
        var components = calendar.dateComponents([.year, .month, .day], from: dayStart)
        components.hour = time.hour
        components.minute = time.minute
        return calendar.date(from: components)!
    }
}
