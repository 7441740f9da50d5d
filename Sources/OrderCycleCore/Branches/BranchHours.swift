import Foundation

/// A branch's working hours (DOMAIN §2.5): per weekday an opening and a closing time with breaks
/// (lunch), days off, dated holidays that close the branch or shorten its day, or round the
/// clock (24x7). Times are wall-clock times in the company's time zone (`ORDERCYCLE_TIMEZONE`),
/// so "open now" and "today's hours" are judged there, whatever the user's own zone.
///
/// **Decision**: a day's hours lie within that calendar day ("24:00" may close it); a branch
/// open past midnight is written as two days. A weekday left out is a day off.
public struct BranchHours: Sendable, Equatable, Codable {
    public var alwaysOpen: Bool
    public var week: [Weekday: DayHours]
    public var holidays: [Holiday]

    public init(alwaysOpen: Bool = false, week: [Weekday: DayHours] = [:], holidays: [Holiday] = []) {
        self.alwaysOpen = alwaysOpen
        self.week = week
        self.holidays = holidays
    }

    public static let roundTheClock = BranchHours(alwaysOpen: true)

    public enum Weekday: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
        case mon, tue, wed, thu, fri, sat, sun

        /// From `Calendar`'s weekday (1 = Sunday).
        public init(calendarWeekday: Int) {
            self = [.sun, .mon, .tue, .wed, .thu, .fri, .sat][(calendarWeekday - 1 + 7) % 7]
        }

        public func name(_ language: Language) -> String {
            switch language {
            case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][Self.allCases.firstIndex(of: self)!]
            case .ru: ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"][Self.allCases.firstIndex(of: self)!]
            }
        }
    }

    /// Minutes since midnight, 0…1440, written "HH:MM" ("24:00" only as a closing time).
    public struct ClockTime: Sendable, Equatable, Comparable, Codable, CustomStringConvertible {
        public var minutes: Int
        public init(minutes: Int) { self.minutes = minutes }
        public init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
                  parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let h = Int(parts[0]), let m = Int(parts[1]), m < 60, h < 24 || (h == 24 && m == 0) else { return nil }
            minutes = h * 60 + m
        }
        public var description: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
        public static func < (a: Self, b: Self) -> Bool { a.minutes < b.minutes }
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let value = ClockTime(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not HH:MM"))
            }
            self = value
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(description)
        }
    }

    public struct Span: Sendable, Equatable, Codable {
        public var from: ClockTime
        public var to: ClockTime
        public init(from: ClockTime, to: ClockTime) { self.from = from; self.to = to }
        public func contains(_ t: ClockTime) -> Bool { from <= t && t < to }
    }

    /// One day's opening: from `open` to `close`, closed during `breaks`.
    public struct DayHours: Sendable, Equatable, Codable {
        public var open: ClockTime
        public var close: ClockTime
        public var breaks: [Span]
        public init(open: ClockTime, close: ClockTime, breaks: [Span] = []) { self.open = open; self.close = close; self.breaks = breaks }

        public static let allDay = DayHours(open: ClockTime(minutes: 0), close: ClockTime(minutes: 1440))

        public func isOpen(at t: ClockTime) -> Bool {
            open <= t && t < close && !breaks.contains { $0.contains(t) }
        }
    }

    /// A dated exception: closed (`hours` nil) or open on other hours.
    public struct Holiday: Sendable, Equatable, Codable {
        public var date: CalendarDay
        public var hours: DayHours?
        public var name: String?
        public init(date: CalendarDay, hours: DayHours? = nil, name: String? = nil) { self.date = date; self.hours = hours; self.name = name }
    }

    /// What a given day holds: the hours, or closed, and why.
    public enum Day: Sendable, Equatable {
        case roundTheClock
        case open(DayHours)
        case closed
        case holiday(DayHours?, name: String?)

        public var hours: DayHours? {
            switch self {
            case .roundTheClock: .allDay
            case .open(let h): h
            case .closed: nil
            case .holiday(let h, _): h
            }
        }
    }

    /// The hours on the company-calendar day `day`.
    public func day(_ day: CalendarDay) -> Day {
        if alwaysOpen { return .roundTheClock }
        if let holiday = holidays.first(where: { $0.date == day }) { return .holiday(holiday.hours, name: holiday.name) }
        guard let hours = week[day.weekday] else { return .closed }
        return .open(hours)
    }

    /// Whether the branch is open at `instant`, judged in `timeZone`.
    public func isOpen(at instant: Date, in timeZone: TimeZone) -> Bool {
        if alwaysOpen { return true }
        let (today, time) = Self.local(instant, in: timeZone)
        return day(today).hours?.isOpen(at: time) ?? false
    }

    /// The company-calendar day and wall-clock time of `instant` in `timeZone`.
    public static func local(_ instant: Date, in timeZone: TimeZone) -> (CalendarDay, ClockTime) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let day = CalendarDay(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? .epoch
        return (day, ClockTime(minutes: (c.hour ?? 0) * 60 + (c.minute ?? 0)))
    }

    // MARK: checking what people write

    /// A problem with the hours as written: the path of the field (`hours.week.mon.close`) and
    /// the message in both languages.
    public struct Issue: Sendable, Equatable {
        public var field: String
        public var en: String
        public var ru: String
    }

    /// The problems of one day's hours at `field`: closing after opening, breaks inside the day,
    /// in order and not overlapping.
    public static func issues(of hours: DayHours, at field: String) -> [Issue] {
        var out: [Issue] = []
        if hours.close <= hours.open {
            out.append(Issue(field: "\(field).close", en: "must be later than the opening time", ru: "должно быть позже открытия"))
        }
        var previous = hours.open
        for (i, b) in hours.breaks.enumerated() {
            if b.to <= b.from {
                out.append(Issue(field: "\(field).breaks[\(i)].to", en: "must be later than the break's start", ru: "должно быть позже начала перерыва"))
            } else if b.from < previous || b.to > hours.close {
                out.append(Issue(field: "\(field).breaks[\(i)]", en: "must lie within the opening hours, in order, without overlapping",
                                 ru: "перерыв должен быть внутри рабочего времени, по порядку и без наложений"))
            }
            previous = max(previous, b.to)
        }
        if hours.breaks.count > 6 { out.append(Issue(field: "\(field).breaks", en: "must have at most 6 breaks", ru: "не больше 6 перерывов")) }
        return out
    }

    /// The problems of the whole schedule: each day and holiday, holidays on distinct dates.
    public var issues: [Issue] {
        var out: [Issue] = []
        for day in Weekday.allCases { if let h = week[day] { out += Self.issues(of: h, at: "hours.week.\(day.rawValue)") } }
        var dates = Set<CalendarDay>()
        for (i, holiday) in holidays.enumerated() {
            if let h = holiday.hours { out += Self.issues(of: h, at: "hours.holidays[\(i)]") }
            if !dates.insert(holiday.date).inserted {
                out.append(Issue(field: "hours.holidays[\(i)].date", en: "is listed twice", ru: "указана дважды"))
            }
        }
        if holidays.count > 366 { out.append(Issue(field: "hours.holidays", en: "must have at most 366 dates", ru: "не больше 366 дат")) }
        return out
    }
}

extension CalendarDay {
    static let epoch = CalendarDay(year: 1970, month: 1, day: 1)!

    /// The day of the week of this calendar day (1 January 1970 was a Thursday).
    public var weekday: BranchHours.Weekday {
        let days = ((Self.epoch.days(to: self) % 7) + 7) % 7
        return [.thu, .fri, .sat, .sun, .mon, .tue, .wed][days]
    }
}
