import Fluent
import Foundation
import OrderCycleCore

/// One revision of an order's execution plan (DOMAIN §3.3 item 3).
final class ExecutionPlan: Model, @unchecked Sendable {
    static let schema = "execution_plans"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "order_id") var orderID: UUID
    @Field(key: "revision") var revision: Int
    @Enum(key: "state") var state: ExecutionPlanState
    @Field(key: "current") var current: Bool
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "agreed_by") var agreedBy: UUID?
    @OptionalField(key: "agreed_at") var agreedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: UUID?
    @OptionalField(key: "approved_at") var approvedAt: Date?

    init() {}
}

/// The planned window of one stage in a plan revision.
final class PlanStage: Model, @unchecked Sendable {
    static let schema = "plan_stages"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Enum(key: "stage") var stage: Stage
    @OptionalField(key: "planned_start") var plannedStart: Date?
    @OptionalField(key: "planned_end") var plannedEnd: Date?
    @Field(key: "skipped") var skipped: Bool

    init() {}

    init(planID: UUID, stage: Stage, start: Date?, end: Date?, skipped: Bool) {
        self.id = UUID()
        self.planID = planID
        self.stage = stage
        self.plannedStart = start
        self.plannedEnd = end
        self.skipped = skipped
    }
}
