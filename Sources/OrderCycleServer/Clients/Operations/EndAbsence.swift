import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Ends an absence now, or cancels one that has not begun: the manager is back.
struct EndAbsence: Sendable {
    let absenceID: UUID
    let expectedVersion: Int?

    func run(by actor: Principal, now: Date, on db: any Database) async throws {
        guard let before = try await AbsenceStore.find(absenceID, on: db) else { throw Problem(.notFound) }
        if actor.role != .admin, before.manager_id != actor.userID { throw Problem(.forbidden) }
        let version = try await ETag.advance("manager_absences", id: absenceID, expected: expectedVersion, on: db)
        let ends = max(before.starts_at, min(before.ends_at, now))
        try await db.sql.update("manager_absences").set("ends_at", to: ends).where("id", .equal, absenceID).run()
        CardChange.announce(.all)
        var after = before
        after.ends_at = ends
        after.version = version
        try await AuditTrail.record(on: db, actor: actor, entity: "manager_absences", id: absenceID, action: .update, before: before, after: after, at: now)
    }
}
