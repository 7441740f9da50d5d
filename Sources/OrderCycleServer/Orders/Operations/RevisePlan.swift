import Fluent
import Foundation
import OrderCycleCore

/// Starts a new revision of an order's plan with a reason; an approved plan changes only this
/// way, and the old revision stays as history. Returns the new revision.
struct RevisePlan: Sendable {
    let orderID: UUID
    let reason: String
    let expectedVersion: Int?

    init(orderID: UUID, reason: String?, expectedVersion: Int?, lang: Language = .en) throws {
        self.init(orderID: orderID, checkedReason: try Self.check(reason: reason, lang: lang), expectedVersion: expectedVersion)
    }

    init(orderID: UUID, checkedReason reason: String, expectedVersion: Int?) {
        self.reason = reason
        self.orderID = orderID
        self.expectedVersion = expectedVersion
    }

    /// A revision needs its reason, at most 1000 characters. The API checks it before it reads
    /// the order's id from the path, so a bad reason is a 422 whatever the path names.
    static func check(reason: String?, lang: Language) throws -> String {
        var v = FieldValidator(lang: lang)
        let written = v.text("reason", reason, required: false, max: 1_000)
        if written == nil, v.errors.isEmpty { v.add("reason", lang.t("is required", "обязательна")) }
        return try v.check(written)
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
