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

    /// Checks an absence against the staff list, so it reads the database: the manager
    /// (themself unless an administrator names another), a deputy who is another active manager,
    /// and a period that ends after it starts.
    static func checked(_ body: AbsenceInput, by actor: Principal, on db: any Database, lang: Language = .en) async throws -> RecordAbsence {
        var v = FieldValidator(lang: lang)
        var managerID = body.manager_id ?? actor.userID
        if actor.role != .admin, let own = actor.userID, managerID != own {
            v.add("manager_id", lang.t("a manager records only their own absence", "менеджер отмечает только своё отсутствие"))
            managerID = nil
        }
        if let id = managerID {
            let user = try await User.find(id, on: db)
            if user?.role != .manager { v.add("manager_id", lang.t("is not a client manager", "не клиент-менеджер")) }
        } else if v.errors.isEmpty {
            v.add("manager_id", lang.t("is required", "обязательно"))
        }
        if let deputy = body.deputy_id {
            let user = try await User.find(deputy, on: db)
            if deputy == managerID { v.add("deputy_id", lang.t("must be someone else", "должен быть другой человек")) }
            else if user?.role != .manager || user?.active != true { v.add("deputy_id", lang.t("is not an active client manager", "не действующий клиент-менеджер")) }
        }
        if body.starts_at == nil { v.add("starts_at", lang.t("is required", "обязательно")) }
        if body.ends_at == nil { v.add("ends_at", lang.t("is required", "обязательно")) }
        if let s = body.starts_at, let e = body.ends_at, e <= s { v.add("ends_at", lang.t("must be after the start", "должно быть позже начала")) }
        let note = v.text("note", body.note, required: false, max: 500)
        let (manager, starts, ends) = try v.check(managerID, body.starts_at, body.ends_at)
        return RecordAbsence(managerID: manager, deputyID: body.deputy_id, startsAt: starts, endsAt: ends, note: note)
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> AbsenceStore.AbsenceDTO {
        let id = try await AbsenceStore.insert(managerID: managerID, deputyID: deputyID, startsAt: startsAt, endsAt: endsAt, note: note, on: db)
        guard let dto = try await AbsenceStore.find(id, on: db) else { throw Problem(.internalError) }
        try await AuditTrail.record(on: db, actor: actor, entity: "manager_absences", id: id, action: .create, before: AbsenceStore.AbsenceDTO?.none, after: dto, at: now)
        return dto
    }
}
