import Foundation

/// A date on the calendar, without a time of day or a time zone: what a promise names
/// (DOMAIN §4.4 "Time semantics"). Encodes as `"YYYY-MM-DD"`.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The first and the last day of the calendar's years 1…9999.
    public static let earliest = CalendarDay(dayNumber: -719_162)
    public static let latest = CalendarDay(dayNumber: 2_932_896)

    /// `nil` for a date that does not exist (e.g. 30 February) or a year outside 1…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let rebuilt = Self(dayNumber: Self.dayNumber(year: year, month: month, day: day))
        guard rebuilt.year == year, rebuilt.month == month, rebuilt.day == day else { return nil }
        self = rebuilt
    }

    /// From an ISO 8601 date, `"2024-03-01"`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber + days)
    }

    /// Whole calendar days from this day to `other`; negative when `other` is earlier.
    public func days(to other: CalendarDay) -> Int {
        other.dayNumber - dayNumber
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not a date YYYY-MM-DD: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-date
    // algorithms): plain integer arithmetic, the same in every time zone.
    private var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

/// The milestone a promise is made for (DOMAIN §4.4 "Time semantics").
public enum PromisedMilestone: String, Sendable, Codable, CaseIterable {
    /// The goods arrive at the client (`deliveredAt`); the default.
    case delivery
    /// The goods leave the seller, where a history records only dispatch.
    case dispatch
}

/// The company's calendar: turns moments into calendar days in the company's time zone, so
/// that "on time" and "days taken" are the same whoever computes them.
///
/// **Decision** (DOMAIN §4.4 "Time semantics"): a promise is a calendar date in the company's
/// time zone (`ORDERCYCLE_TIMEZONE`, default `Europe/Kyiv`); an order is on time when it
/// reached the promised milestone on or before that date; days are whole calendar days, i.e.
/// the difference of the dates, not of 24-hour periods (received 23:00, delivered 01:00 the
/// next morning took 1 day).
public struct CompanyCalendar: Hashable, Sendable {
    /// DOMAIN §4.4: the time zone when `ORDERCYCLE_TIMEZONE` is not set.
    public static let defaultTimeZoneIdentifier = "Europe/Kyiv"

    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// `nil` for an unknown time zone identifier.
    public init?(timeZoneIdentifier: String) {
        guard let timeZone = TimeZone(identifier: timeZoneIdentifier) else { return nil }
        self.init(timeZone: timeZone)
    }

    /// The calendar day `date` falls on in the company's time zone.
    public func day(of date: Date) -> CalendarDay {
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        if let year = parts.year, let month = parts.month, let day = parts.day, let found = CalendarDay(year: year, month: month, day: day) {
            return found
        }
        // Only a moment outside the years 1…9999 lands here (the API refuses them): the nearer end.
        return date.timeIntervalSince1970 < 0 ? .earliest : .latest
    }

    /// The first moment of `day` in the company's time zone — a period's bound for queries.
    public func start(of day: CalendarDay) -> Date {
        let noon = gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
        // Noon exists on every day; startOfDay then handles days whose midnight a DST change skips.
        return gregorian.startOfDay(for: noon)
    }

    /// Whole calendar days from `start` to `end`: the difference of their dates.
    public func wholeDays(from start: Date, to end: Date) -> Int {
        day(of: start).days(to: day(of: end))
    }

    /// On time: the promised milestone was reached on or before the promised date.
    public func isOnTime(reachedAt: Date, promised: CalendarDay) -> Bool {
        day(of: reachedAt) <= promised
    }

    /// DOMAIN §4.4: an import that gives a promised lead time instead of a date sets
    /// promised date = received date + lead days.
    public func promisedDay(receivedAt: Date, leadDays: Int) -> CalendarDay {
        day(of: receivedAt).adding(days: leadDays)
    }

    /// `t_expected` of one order for `T`: promised date − received date, in days.
    public func expectedDays(receivedAt: Date, promised: CalendarDay) -> Int {
        day(of: receivedAt).days(to: promised)
    }

    /// `t_actual` of one order for `T`: date the promised milestone was reached − received date.
    public func actualDays(receivedAt: Date, reachedAt: Date) -> Int {
        wholeDays(from: receivedAt, to: reachedAt)
    }

    private var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
