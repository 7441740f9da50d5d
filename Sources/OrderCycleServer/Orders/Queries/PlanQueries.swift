import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// An execution plan as the API returns it and the plan page shows it.
struct PlanDTO: Content {
    struct StageDTO: Content { var stage: Stage; var planned_start: Date?; var planned_end: Date?; var skipped: Bool }

    var order_id: UUID
    var revision: Int
    var state: ExecutionPlanState
    var reason: String?
    var created_at: Date
    var agreed_at: Date?
    var agreed_by: UUID?
    var approved_at: Date?
    var approved_by: UUID?
    var stages: [StageDTO]
    var version: Int
}

enum PlanQueries {
    /// The plan with its stage windows in the cycle's order.
    static func detail(_ plan: ExecutionPlan, on db: any Database) async throws -> PlanDTO {
        let stages = try await PlanStage.query(on: db).filter(\.$planID == plan.requireID()).all()
        let ordered = Stage.allCases.compactMap { stage in stages.first { $0.stage == stage } }
            .map { PlanDTO.StageDTO(stage: $0.stage, planned_start: $0.plannedStart, planned_end: $0.plannedEnd, skipped: $0.skipped) }
        return PlanDTO(order_id: plan.orderID, revision: plan.revision, state: plan.state, reason: plan.reason, created_at: plan.createdAt,
                       agreed_at: plan.agreedAt, agreed_by: plan.agreedBy, approved_at: plan.approvedAt, approved_by: plan.approvedBy, stages: ordered, version: plan.version)
    }
}
