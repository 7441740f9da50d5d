import Fluent
import Foundation
import OrderCycleCore

/// Replaces the planned windows of an order's plan while it is editable; an agreed plan that is
/// edited goes back to draft (see `ExecutionPlanning.edit`). Returns the current plan.
struct EditPlan: Sendable {
    let orderID: UUID
    let windows: [Stage: ExecutionPlanning.Window]
    let expectedVersion: Int?
    /// The language of the refusals: the plan page shows them above its form.
    var lang: Language = .en

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let (_, plan) = try await OpenPlan(orderID: orderID).run(by: actor, now: now, on: db)
        plan.version = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expectedVersion, on: db)
        try await ExecutionPlanning.edit(plan, windows: windows, lang: lang, on: db)
        try await plan.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: ExecutionPlan.schema, id: plan.requireID(), action: .update,
                                    before: [String: String]?.none, after: ["revision": String(plan.revision), "edited": "stages"], at: now)
        return try await ExecutionPlanning.current(of: orderID, on: db) ?? plan
    }
}
