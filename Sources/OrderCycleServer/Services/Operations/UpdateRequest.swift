import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes what a request says: its description and its time. Staff change an open request; a
/// client changes its own while it is new (once accepted, the manager plans around it). Only the
/// fields sent change; a time in the past is refused as when filing.
struct UpdateRequest: Sendable {
    let requestID: UUID
    let description: String?
    let scheduledAt: Date?
    let outsideHours: Bool?
    let expectedVersion: Int?
    let lang: Language

    init(requestID: UUID, description: String?, scheduledAt: String?, expectedVersion: Int?, calendar: CompanyCalendar, lang: Language = .en, now: Date) throws {
        var v = FieldInput(lang)
        self.description = description == nil ? nil : v.text("description", description, max: 4_000)
        let scheduled = scheduledAt == nil ? nil : v.moment("scheduled_at", scheduledAt)
        var outside: Bool?
        if let scheduled {
            switch RequestSchedule.check(scheduled, now: now, timeZone: calendar.timeZone) {
            case .inThePast:
                v.add("scheduled_at", en: "is in the past: choose a time from now on (outside working hours is fine)",
                      ru: "уже прошло: выберите время не раньше текущего (можно в нерабочее время)")
            case .outsideHours: outside = true
            case .inHours: outside = false
            }
        }
        try v.check()
        (self.requestID, self.scheduledAt, self.outsideHours, self.expectedVersion, self.lang) = (requestID, scheduled, outside, expectedVersion, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ServiceRequestDTO {
        let before = try await ServicesAccess.visibleRequest(requestID, to: actor, on: db)
        let status = ServiceRequestStatus(rawValue: before.status) ?? .new
        if actor.role == .client, status != .new {
            throw Problem(.conflict, detail: lang.t("Your manager has taken the request up: write to them to change it.",
                                                    "Менеджер уже взял заявку в работу: чтобы изменить её, напишите ему."))
        }
        guard status.isOpen else {
            throw Problem(.conflict, detail: lang.t("A \(status.name(.en).lowercased()) request no longer changes.", "Заявка в статусе «\(status.name(.ru))» больше не меняется."))
        }
        let version = try await ETag.advance("service_requests", id: requestID, expected: expectedVersion, on: db)
        var set: [SQLQueryString] = ["updated_at = \(bind: now)"]
        if let description { set.append("description = \(bind: description)") }
        if let scheduledAt, let outsideHours { set.append("scheduled_at = \(bind: scheduledAt)"); set.append("outside_hours = \(bind: outsideHours)") }
        try await db.sql.raw("UPDATE service_requests SET " + set.joined(separator: ", ") + " WHERE id = \(bind: requestID)").run()
        guard let after = try await RequestQueries.request(requestID, on: db) else { throw Problem(.notFound) }
        if description != nil { try await RequestWrites.mirrorChange(after, by: actor, now: now, on: db) }
        var old = before
        old.version = version - 1
        try await RequestWrites.audit(actor, .update, before: old, after: after, now: now, on: db)
        return after
    }
}
