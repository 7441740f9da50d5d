import Fluent
import Foundation
import OrderCycleCore

/// Agrees a draft plan or approves an agreed one, recording who and when. Returns the current plan.
struct AdvancePlan: Sendable {
    let orderID: UUID
    let expectedVersion: Int?
    /// The language of the refusals: the plan page shows them above its form.
    var lang: Language = .en

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let (_, plan) = try await OpenPlan(orderID: orderID).run(by: actor, now: now, on: db)
        plan.version = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expectedVersion, on: db)
        let before = plan.state
        try ExecutionPlanning.advance(plan, by: actor, at: now, lang: lang)
        try await plan.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: ExecutionPlan.schema, id: plan.requireID(), action: .transition,
                                    before: ["state": before.rawValue], after: ["state": plan.state.rawValue], at: now)
        return try await ExecutionPlanning.current(of: orderID, on: db) ?? plan
    }
}
