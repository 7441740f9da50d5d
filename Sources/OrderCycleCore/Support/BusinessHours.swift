import Foundation

/// Working days and opening hours in one time zone, with holidays off (DOMAIN §2.3 Decision:
/// business-hours calendars are possible besides 24x7).
///
/// Opening hours are local wall-clock times, so on a daylight-saving change day a 00:00–24:00
/// day lasts 23 or 25 real hours, while 09:00–18:00 stays 9 hours.
public struct BusinessHours: Hashable, Sendable {
    public let timeZone: TimeZone
    public let weekdays: Set<Weekday>
    public let opens: TimeOfDay
    public let closes: TimeOfDay
    /// Days off although they fall on a working weekday, as dates in `timeZone`.
    public let holidays: Set<CalendarDay>

    /// Valid hours always contain some working time, which keeps due-date computation finite.
    public init(
        timeZone: TimeZone,
        weekdays: Set<Weekday> = Weekday.workweek,
        opens: TimeOfDay,
        closes: TimeOfDay,
        holidays: Set<CalendarDay> = []
    ) throws(WorkingCalendarError) {
        guard !weekdays.isEmpty else { throw .noWorkingDays }
        guard opens < closes else { throw .opensNotBeforeCloses }
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.opens = opens
        self.closes = closes
        self.holidays = holidays
    }

    /// A day of the week, named as in the Gregorian calendar.
    public enum Weekday: String, CaseIterable, Codable, Sendable {
        case sunday, monday, tuesday, wednesday, thursday, friday, saturday

        /// Monday to Friday.
        public static let workweek: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]

        /// Foundation's weekday number: 1 for Sunday to 7 for Saturday.
        init(gregorianNumber: Int) {
            self = Self.allCases[gregorianNumber - 1]
        }
    }

    /// A wall-clock time of day; 24:00 closes at the end of the day.
    public struct TimeOfDay: Hashable, Sendable, Comparable {
        public let minutesFromMidnight: Int

        public init(hour: Int, minute: Int = 0) throws(WorkingCalendarError) {
            guard (0...23).contains(hour) && (0...59).contains(minute) || hour == 24 && minute == 0 else {
                throw .invalidTimeOfDay(hour: hour, minute: minute)
            }
            self.minutesFromMidnight = hour * 60 + minute
        }

        public var hour: Int { minutesFromMidnight / 60 }
        public var minute: Int { minutesFromMidnight % 60 }

        public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
            lhs.minutesFromMidnight < rhs.minutesFromMidnight
        }
    }
}

/// Why a working calendar could not be built.
public enum WorkingCalendarError: Error, Hashable, Sendable {
    case noWorkingDays
    case opensNotBeforeCloses
    case invalidTimeOfDay(hour: Int, minute: Int)

    public var code: String {
        switch self {
        case .noWorkingDays: "no_working_days"
        case .opensNotBeforeCloses: "opens_not_before_closes"
        case .invalidTimeOfDay: "invalid_time_of_day"
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.noWorkingDays, .en): "Business hours need at least one working day."
        case (.noWorkingDays, .ru): "В графике работы нужен хотя бы один рабочий день."
        case (.opensNotBeforeCloses, .en): "Opening time must be earlier than closing time."
        case (.opensNotBeforeCloses, .ru): "Время открытия должно быть раньше времени закрытия."
        case let (.invalidTimeOfDay(hour, minute), .en): "\(hour):\(minute) is not a time of day."
        case let (.invalidTimeOfDay(hour, minute), .ru): "\(hour):\(minute) — не время суток."
        }
    }
}
