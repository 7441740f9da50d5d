import Fluent
import Foundation
import OrderCycleCore

/// A manager's absence with a deputy who takes their new clients meanwhile: a manager records
/// their own, an administrator anyone's.
struct RecordAbsence: Sendable {
    let managerID: UUID
    let deputyID: UUID?
    let startsAt: Date
    let endsAt: Date
    let note: String?

    /// Checks the absence against the staff list (see `AbsencesAPI.validate`), so it reads the database.
    static func checked(_ body: AbsencesAPI.Body, by actor: Principal, on db: any Database, lang: Language = .en) async throws -> RecordAbsence {
        let (manager, deputy, starts, ends, note) = try await AbsencesAPI.validate(body, actor: actor, on: db, lang: lang)
        return RecordAbsence(managerID: manager, deputyID: deputy, startsAt: starts, endsAt: ends, note: note)
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> AbsenceStore.AbsenceDTO {
        let id = try await AbsenceStore.insert(managerID: managerID, deputyID: deputyID, startsAt: startsAt, endsAt: endsAt, note: note, on: db)
        guard let dto = try await AbsenceStore.find(id, on: db) else { throw Problem(.internalError) }
        try await AuditTrail.record(on: db, actor: actor, entity: "manager_absences", id: id, action: .create, before: AbsenceStore.AbsenceDTO?.none, after: dto, at: now)
        return dto
    }
}
