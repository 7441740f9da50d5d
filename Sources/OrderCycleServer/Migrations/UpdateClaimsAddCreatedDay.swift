import Fluent
import Foundation
import SQLKit

/// The day a claim was made, in the company's calendar — what reports bucket claims by, as
/// they bucket change requests. Claims already there get theirs from the moment they were made:
/// day by day from the first claim's to the last's, each day's claims by the bounds of that day
/// in the company's time zone. The calendar arithmetic is written out here with Foundation's
/// Gregorian calendar, as the app reckoned days when this migration shipped.
struct UpdateClaimsAddCreatedDay: AsyncMigration {
    /// The name the schema history recorded it under when it shipped as `AddClaimCreatedDay`.
    var name: String { "OrderCycleServer.AddClaimCreatedDay" }

    let timeZone: TimeZone

    func prepare(on database: any Database) async throws {
        try await database.schema("claims").field("created_day", .string).update()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let range = try await database.sql.raw("SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM claims").first()
        if let first = try range?.decode(column: "first", as: Date?.self), let last = try range?.decode(column: "last", as: Date?.self) {
            /// The first moment of the day `date` falls on; from noon, as a DST change may skip a midnight.
            func startOfDay(_ date: Date) -> Date {
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                let noon = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day, hour: 12))!
                return calendar.startOfDay(for: noon)
            }
            /// `yyyy-MM-dd`, as the app writes a day.
            func text(_ date: Date) -> String {
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                func padded(_ value: Int, _ width: Int) -> String {
                    let digits = String(value)
                    return String(repeating: "0", count: max(0, width - digits.count)) + digits
                }
                return "\(padded(parts.year!, 4))-\(padded(parts.month!, 2))-\(padded(parts.day!, 2))"
            }
            var day = startOfDay(first)
            let lastDay = startOfDay(last)
            while day <= lastDay {
                let next = startOfDay(calendar.date(byAdding: .hour, value: 36, to: day)!)
                try await database.sql.raw("""
                    UPDATE claims SET created_day = \(bind: text(day))
                    WHERE created_at >= \(bind: day) AND created_at < \(bind: next)
                    """).run()
                day = next
            }
        }
        try await database.sqlRaw("CREATE INDEX claims_day_idx ON claims (created_day)")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX claims_day_idx")
        try await database.schema("claims").deleteField("created_day").update()
    }
}
