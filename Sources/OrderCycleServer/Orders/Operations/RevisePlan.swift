import Fluent
import Foundation
import OrderCycleCore

/// Starts a new revision of an order's plan with a reason; an approved plan changes only this
/// way, and the old revision stays as history. Returns the new revision.
struct RevisePlan: Sendable {
    let orderID: UUID
    let reason: String
    let expectedVersion: Int?

    init(orderID: UUID, reason: String?, expectedVersion: Int?) throws {
        var v = FieldValidator()
        let written = v.text("reason", reason, max: 1_000)
        self.reason = try v.check(written)
        self.orderID = orderID
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ExecutionPlan {
        let (order, plan) = try await OpenPlan(orderID: orderID).run(by: actor, now: now, on: db)
        _ = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expectedVersion, on: db)
        let next = try await ExecutionPlanning.revise(plan, order: order, reason: reason, by: actor, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: ExecutionPlan.schema, id: next.requireID(), action: .create,
                                    before: ["revision": String(plan.revision)], after: ["revision": String(next.revision), "reason": reason], at: now)
        return try await ExecutionPlanning.current(of: orderID, on: db) ?? plan
    }
}
