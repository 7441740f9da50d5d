import Foundation

/// The moments OrderCycle stores and reads back: the calendar's years 1…9999. Beyond them a
/// date is a typing slip or an attack, and PostgreSQL's driver traps on a moment past `Int64`
/// microseconds, so every moment from a request is checked against this range first.
enum Moments {
    /// 0001-01-01T00:00:00Z … 9999-12-31T23:59:59Z, as seconds since 1970.
    static let seconds = -62_135_596_800.0 ... 253_402_300_799.0

    static func contains(_ date: Date) -> Bool { seconds.contains(date.timeIntervalSince1970) }

    /// An ISO 8601 moment (`2026-03-01T09:00:00Z`) within the range; `nil` otherwise.
    static func parse(_ text: String) -> Date? {
        guard text.utf8.count <= 64, let date = try? formatter.parse(text) else { return nil }
        return contains(date) ? date : nil
    }

    /// The API's one written form of a moment: what `JSONDecoder`'s `.iso8601` strategy reads.
    private static let formatter = Date.ISO8601FormatStyle()
}
