import Foundation
import Vapor

/// Moments as people read them, in the company's time zone (a formatter per page: a shared
/// one would have its time zone set by two requests at once).
struct PageMoments {
    let display: DateFormatter
    let input: DateFormatter
    let timeZone: TimeZone

    init(_ req: Request) { self.init(timeZone: req.application.appConfig.timeZone) }

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        display = DateFormatter()
        display.locale = Locale(identifier: "en_US_POSIX")
        display.dateFormat = "yyyy-MM-dd HH:mm"
        display.timeZone = timeZone
        input = PlanPage.inputFormat(timeZone)
    }

    func show(_ date: Date?) -> String { date.map(display.string) ?? "—" }

    /// A `datetime-local` value.
    func field(_ date: Date?) -> String { date.map(input.string) ?? "" }

    /// A `datetime-local` value as the RFC 3339 moment the operations read; text that is no
    /// such value passes as it is, for the operation to refuse with its message.
    func moment(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let date = PlanPage.moment(trimmed, input) else { return trimmed }
        return date.formatted(.iso8601)
    }

    /// The company's current week, Monday 00:00 to the next Monday 00:00.
    func week(of now: Date) -> Range<Date> {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        let start = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        return start..<(calendar.date(byAdding: .day, value: 7, to: start) ?? now)
    }
}
