import Foundation

/// When a request may be scheduled (DOMAIN §2.4: "accept my cargo at the warehouse at a given
/// time, even outside working hours"). A time outside working hours is accepted — that is the
/// point of the department — and marked, so the manager sees it needs someone on duty; a time
/// already past is refused, since nothing can be done then.
public enum RequestSchedule {
    public enum Check: Equatable, Sendable {
        case inHours
        case outsideHours
        case inThePast
    }

    /// The department's working hours: Monday to Friday, 09:00–18:00 in the company's time zone.
    public static func workingHours(_ timeZone: TimeZone) -> WorkingCalendar {
        // 9 < 18 and a non-empty week: these hours are always valid.
        guard let opens = try? BusinessHours.TimeOfDay(hour: 9), let closes = try? BusinessHours.TimeOfDay(hour: 18),
              let hours = try? BusinessHours(timeZone: timeZone, opens: opens, closes: closes) else { return .roundTheClock }
        return .businessHours(hours)
    }

    public static func check(_ scheduledAt: Date, now: Date, timeZone: TimeZone) -> Check {
        if scheduledAt < now { return .inThePast }
        let minute = workingHours(timeZone).workingTime(from: scheduledAt, to: scheduledAt.addingTimeInterval(60))
        return minute > 0 ? .inHours : .outsideHours
    }
}
