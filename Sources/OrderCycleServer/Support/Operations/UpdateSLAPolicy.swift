import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes an SLA policy's targets or calendar (its scope — package, segment or every segment —
/// and its priority are what the policy is, so they stay). Only what is sent changes; a calendar
/// sent replaces the calendar whole. Tickets already opened keep the promise they were made: the
/// new terms apply to the tickets opened from now on.
struct UpdateSLAPolicy: Sendable {
    let policyID: UUID
    let firstResponseMinutes: Int?
    let resolutionMinutes: Int?
    let calendar: WorkingCalendar?
    let expectedVersion: Int?
    let lang: Language

    init(policyID: UUID, firstResponseMinutes: Int?, resolutionMinutes: Int?, calendar: String?, weekdays: [String]?, opens: String?,
         closes: String?, holidays: [String]?, expectedVersion: Int?, timeZone: TimeZone, lang: Language) throws {
        var v = FieldInput(lang)
        let first = firstResponseMinutes.flatMap { CreateSLAPolicy.minutes("first_response_minutes", $0, into: &v) }
        let resolution = resolutionMinutes.flatMap { CreateSLAPolicy.minutes("resolution_minutes", $0, into: &v) }
        let sentCalendar = calendar != nil || weekdays != nil || opens != nil || closes != nil || holidays != nil
        let working = sentCalendar
            ? CreateSLAPolicy.calendar(calendar, weekdays: weekdays, opens: opens, closes: closes, holidays: holidays, timeZone: timeZone, into: &v)
            : nil
        try v.check()
        self.policyID = policyID
        self.firstResponseMinutes = first
        self.resolutionMinutes = resolution
        self.calendar = working
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> SLAPolicyDTO {
        guard let before = try await SLAPolicyQueries.one(policyID, on: db) else { throw Problem(.notFound) }
        let first = firstResponseMinutes ?? before.first_response_minutes
        let resolution = resolutionMinutes ?? before.resolution_minutes
        var v = FieldInput(lang)
        CreateSLAPolicy.checkOrder(first: first, resolution: resolution, into: &v)
        try v.check()
        try await ETag.advance("sla_policies", id: policyID, expected: expectedVersion, on: db)
        try await db.sql.raw("""
            UPDATE sla_policies SET first_response_seconds = \(bind: first * 60), resolution_seconds = \(bind: resolution * 60),
                   calendar = \(bind: calendar?.code ?? before.calendar), updated_at = \(bind: now)
            WHERE id = \(bind: policyID)
            """).run()
        guard let after = try await SLAPolicyQueries.one(policyID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "sla_policies", id: policyID, action: .update, before: before, after: after, at: now)
        return after
    }
}
