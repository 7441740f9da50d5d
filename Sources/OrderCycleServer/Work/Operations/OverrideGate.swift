import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A supervisor lets one pull or assignment through an employee's overdue block, with a
/// recorded reason (DOMAIN §2.2; the rule is `GateOverride`). The override waits, unused, until
/// the employee's next refused pull or assignment spends it; one at a time per employee.
struct OverrideGate: Sendable {
    let employeeID: UUID
    let reason: String
    let lang: Language

    init(employeeID: UUID?, reason: String?, lang: Language) throws {
        var v = FieldInput(lang)
        if employeeID == nil { v.required("employee_id") }
        let reason = v.text("reason", reason, max: 500)
        (self.employeeID, self.reason) = try v.check(employeeID, reason)
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> GateOverrideDTO {
        guard try await FieldInput.isActiveStaff(employeeID, on: db) else {
            throw Problem.field("employee_id", lang.t("is not an active staff member", "не является действующим сотрудником"))
        }
        let isSupervisor = try await actor.role == .admin ? true : WorkAccess.supervises(actor.userID, employee: employeeID, on: db)
        let granted: GateOverride
        do {
            granted = try GateOverride.grant(reason: reason, isSupervisor: isSupervisor, forSelf: employeeID == actor.userID, at: now)
        } catch {
            switch error {
            case .notSupervisor: throw Problem(.forbidden, detail: error.message(lang))
            case .reasonMissing: throw Problem.field("reason", error.message(lang))
            case .ownBlock, .alreadyUsed: throw Problem(.conflict, detail: error.message(lang))
            }
        }
        guard let supervisor = actor.userID else { throw Problem(.forbidden) }
        if try await WorkGate.availableOverride(for: employeeID, on: db) != nil {
            throw Problem(.conflict, detail: lang.t("This employee has an unused permission already.", "У сотрудника уже есть неиспользованное разрешение."))
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO task_gate_overrides (id, supervisor_id, employee_id, reason, created_at)
            VALUES (\(bind: id), \(bind: supervisor), \(bind: employeeID), \(bind: granted.reason), \(bind: now))
            """).run()
        let dto = GateOverrideDTO(id: id, supervisor_id: supervisor, employee_id: employeeID, reason: granted.reason, created_at: now, used_at: nil, used_task_id: nil)
        try await AuditTrail.record(on: db, actor: actor, entity: "task_gate_overrides", id: id, action: .create, before: GateOverrideDTO?.none, after: dto, at: now)
        return dto
    }
}
