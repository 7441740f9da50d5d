import Foundation

/// A working calendar written as one line of text, as an SLA policy stores it and the API
/// reads it back: `24x7`, or `hours mon,tue,wed,thu,fri 09:00-18:00` with an optional
/// ` holidays 2026-01-01,2026-01-07`. The time zone is not written: policies count on the
/// company's (`ORDERCYCLE_TIMEZONE`).
extension WorkingCalendar {
    public static let roundTheClockCode = "24x7"

    public var code: String {
        switch self {
        case .roundTheClock:
            return Self.roundTheClockCode
        case let .businessHours(hours):
            let days = BusinessHours.Weekday.allCases.filter(hours.weekdays.contains).map(\.shortName).joined(separator: ",")
            var text = "hours \(days) \(hours.opens.text)-\(hours.closes.text)"
            if !hours.holidays.isEmpty { text += " holidays " + hours.holidays.sorted().map(\.description).joined(separator: ",") }
            return text
        }
    }

    /// Reads a calendar code; nil when it is not one `code` could have written.
    public init?(code: String, timeZone: TimeZone) {
        if code == Self.roundTheClockCode { self = .roundTheClock; return }
        let parts = code.split(separator: " ").map(String.init)
        guard parts.count == 3 || parts.count == 5, parts[0] == "hours" else { return nil }
        var weekdays = Set<BusinessHours.Weekday>()
        for name in parts[1].split(separator: ",") {
            guard let day = BusinessHours.Weekday.allCases.first(where: { $0.shortName == name }) else { return nil }
            weekdays.insert(day)
        }
        let span = parts[2].split(separator: "-").map(String.init)
        guard span.count == 2, let opens = BusinessHours.TimeOfDay(text: span[0]), let closes = BusinessHours.TimeOfDay(text: span[1]) else { return nil }
        var holidays = Set<CalendarDay>()
        if parts.count == 5 {
            guard parts[3] == "holidays" else { return nil }
            for day in parts[4].split(separator: ",") {
                guard let value = CalendarDay(iso: String(day)) else { return nil }
                holidays.insert(value)
            }
        }
        guard let hours = try? BusinessHours(timeZone: timeZone, weekdays: weekdays, opens: opens, closes: closes, holidays: holidays) else { return nil }
        self = .businessHours(hours)
    }
}

extension BusinessHours.Weekday {
    /// Three letters: `mon`, `tue`…
    public var shortName: String { String(rawValue.prefix(3)) }
}

extension BusinessHours.TimeOfDay {
    /// `HH:MM`; 24:00 for the end of the day.
    public var text: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Reads `HH:MM` (00:00 to 24:00); nil otherwise.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              let value = try? Self(hour: hour, minute: minute) else { return nil }
        self = value
    }
}
