import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The day a claim was made, in the company's calendar — what reports bucket claims by, as
/// they bucket change requests. Claims already there get theirs from the moment they were made.
struct AddClaimCreatedDay: AsyncMigration {
    let timeZone: TimeZone

    func prepare(on database: any Database) async throws {
        try await database.schema("claims").field("created_day", .string).update()
        let calendar = CompanyCalendar(timeZone: timeZone)
        let range = try await database.sql.raw("SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM claims").first()
        if let first = try range?.decode(column: "first", as: Date?.self), let last = try range?.decode(column: "last", as: Date?.self) {
            var day = calendar.day(of: first)
            while day <= calendar.day(of: last) {
                try await database.sql.raw("""
                    UPDATE claims SET created_day = \(bind: day.description)
                    WHERE created_at >= \(bind: calendar.start(of: day)) AND created_at < \(bind: calendar.start(of: day.adding(days: 1)))
                    """).run()
                day = day.adding(days: 1)
            }
        }
        try await database.sqlRaw("CREATE INDEX claims_day_idx ON claims (created_day)")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX claims_day_idx")
        try await database.schema("claims").deleteField("created_day").update()
    }
}
