import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Sets the SLA targets for a priority for the clients on a subscription package, in a segment,
/// or in every segment without its own
/// (DOMAIN §2.3 Decision: 24x7 by default, business-hours calendars possible): first response
/// and resolution in minutes of working time, on the round-the-clock calendar or on office hours
/// (working weekdays, opening and closing, holidays) in the company's time zone.
struct CreateSLAPolicy: Sendable {
    let segmentID: UUID?
    let packageID: UUID?
    let priority: Priority
    let firstResponseMinutes: Int
    let resolutionMinutes: Int
    let calendar: WorkingCalendar
    let lang: Language

    static let maxMinutes = 525_600

    init(segmentID: UUID?, packageID: UUID? = nil, priority: String?, firstResponseMinutes: Int?, resolutionMinutes: Int?, calendar: String?,
         weekdays: [String]?, opens: String?, closes: String?, holidays: [String]?, timeZone: TimeZone, lang: Language) throws {
        var v = FieldInput(lang)
        if priority == nil { v.required("priority") }
        let priority = v.choice("priority", priority, as: Priority.self)
        if segmentID != nil, packageID != nil {
            v.add("package_id", en: "a policy names a segment or a package, not both", ru: "политика задаётся для сегмента или для пакета, не для обоих")
        }
        let first = Self.minutes("first_response_minutes", firstResponseMinutes, into: &v)
        let resolution = Self.minutes("resolution_minutes", resolutionMinutes, into: &v)
        Self.checkOrder(first: first, resolution: resolution, into: &v)
        let working = Self.calendar(calendar, weekdays: weekdays, opens: opens, closes: closes, holidays: holidays, timeZone: timeZone, into: &v)
        (self.priority, self.firstResponseMinutes, self.resolutionMinutes, self.calendar) = try v.check(priority, first, resolution, working)
        self.segmentID = segmentID
        self.packageID = packageID
        self.lang = lang
    }

    /// A target in whole minutes, required.
    static func minutes(_ field: String, _ value: Int?, into v: inout FieldInput) -> Int? {
        guard let value else { v.required(field); return nil }
        guard (1...maxMinutes).contains(value) else {
            v.add(field, en: "must be a whole number of minutes from 1 to \(maxMinutes)", ru: "целое число минут от 1 до \(maxMinutes)")
            return nil
        }
        return value
    }

    static func checkOrder(first: Int?, resolution: Int?, into v: inout FieldInput) {
        if let first, let resolution, resolution < first {
            v.add("resolution_minutes", en: "must not be shorter than the first response", ru: "не может быть короче первого ответа")
        }
    }

    /// The calendar the fields describe: `24x7` (the default), or `business_hours` with working
    /// weekdays, opening and closing times and holidays in the company's time zone.
    static func calendar(_ calendar: String?, weekdays: [String]?, opens: String?, closes: String?, holidays: [String]?, timeZone: TimeZone,
                         into v: inout FieldInput) -> WorkingCalendar? {
        switch calendar ?? "24x7" {
        case "24x7": return .roundTheClock
        case "business_hours":
            var days = Set<BusinessHours.Weekday>()
            for (i, name) in (weekdays ?? BusinessHours.Weekday.workweek.map(\.rawValue)).enumerated() {
                if let day = BusinessHours.Weekday(rawValue: name) { days.insert(day) } else {
                    v.add("weekdays[\(i)]", en: "must be a day of the week such as monday", ru: "день недели, например monday")
                }
            }
            let open = BusinessHours.TimeOfDay(text: opens ?? "09:00")
            let close = BusinessHours.TimeOfDay(text: closes ?? "18:00")
            if open == nil { v.add("opens", en: "must be a time such as 09:00", ru: "время, например 09:00") }
            if close == nil { v.add("closes", en: "must be a time such as 18:00", ru: "время, например 18:00") }
            var off = Set<CalendarDay>()
            for (i, text) in (holidays ?? []).enumerated() {
                if let day = CalendarDay(iso: text) { off.insert(day) } else {
                    v.add("holidays[\(i)]", en: "must be a date such as 2026-01-01", ru: "дата, например 2026-01-01")
                }
            }
            if (holidays ?? []).count > 366 { v.add("holidays", en: "must list at most 366 days", ru: "не больше 366 дней") }
            guard let open, let close else { return nil }
            do {
                return .businessHours(try BusinessHours(timeZone: timeZone, weekdays: days, opens: open, closes: close, holidays: off))
            } catch {
                v.add(error == .noWorkingDays ? "weekdays" : "closes", en: error.message(.en), ru: error.message(.ru))
                return nil
            }
        default:
            v.add("calendar", en: "must be one of: 24x7, business_hours", ru: "допустимые значения: 24x7, business_hours")
            return nil
        }
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> SLAPolicyDTO {
        let sql = db.sql
        if let segmentID, try await sql.raw("SELECT id FROM segments WHERE id = \(bind: segmentID)").first() == nil {
            throw Problem.field("segment_id", lang.t("is not a segment", "такого сегмента нет"))
        }
        if let packageID, try await sql.raw("SELECT id FROM service_packages WHERE id = \(bind: packageID)").first() == nil {
            throw Problem.field("package_id", lang.t("is not a subscription package", "такого абонентского пакета нет"))
        }
        let key = SLAPolicyQueries.key(segment: segmentID, package: packageID)
        if try await sql.raw("SELECT id FROM sla_policies WHERE segment_key = \(bind: key) AND priority = \(bind: priority.rawValue)").first() != nil {
            throw Problem.taken("priority", packageID != nil ? lang.t("already has a policy for this package", "для этого пакета уже есть политика")
                                : lang.t("already has a policy in this segment", "для этого сегмента уже есть политика"))
        }
        let id = UUID()
        try await sql.raw("""
            INSERT INTO sla_policies (id, version, segment_id, package_id, segment_key, priority, first_response_seconds, resolution_seconds, calendar, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: segmentID), \(bind: packageID), \(bind: key), \(bind: priority.rawValue), \(bind: firstResponseMinutes * 60),
                    \(bind: resolutionMinutes * 60), \(bind: calendar.code), \(bind: now), \(bind: now))
            """).run()
        guard let policy = try await SLAPolicyQueries.one(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "sla_policies", id: id, action: .create, before: SLAPolicyDTO?.none, after: policy, at: now)
        return policy
    }
}
