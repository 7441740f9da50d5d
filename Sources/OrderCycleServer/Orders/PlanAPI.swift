import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The execution plan through the API: read (drafted from the norms on first read), edit,
/// agree, approve, revise.
enum PlanAPI {
    static let planners: Access = .only(.logistician, .manager, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Orders.plan, access: .only(.logistician, .manager, .admin, .operator, .worker, .analyst), use: show)
        routes.endpoint(.PUT, APIRoute.Orders.plan, access: planners, use: edit)
        routes.endpoint(.POST, APIRoute.Orders.planAdvance, access: planners, use: advance)
        routes.endpoint(.POST, APIRoute.Orders.planRevisions, access: planners, use: revise)
    }

    struct StageDTO: Content { var stage: Stage; var planned_start: Date?; var planned_end: Date?; var skipped: Bool }
    struct PlanDTO: Content {
        var order_id: UUID
        var revision: Int
        var state: ExecutionPlanState
        var reason: String?
        var created_at: Date
        var agreed_at: Date?
        var approved_at: Date?
        var stages: [StageDTO]
        var version: Int
    }

    static func dto(_ plan: ExecutionPlan, on db: any Database) async throws -> PlanDTO {
        let stages = try await PlanStage.query(on: db).filter(\.$planID == plan.requireID()).all()
        let ordered = Stage.allCases.compactMap { stage in stages.first { $0.stage == stage } }
            .map { StageDTO(stage: $0.stage, planned_start: $0.plannedStart, planned_end: $0.plannedEnd, skipped: $0.skipped) }
        return PlanDTO(order_id: plan.orderID, revision: plan.revision, state: plan.state, reason: plan.reason, created_at: plan.createdAt,
                       agreed_at: plan.agreedAt, approved_at: plan.approvedAt, stages: ordered, version: plan.version)
    }

    /// Loads the order and its current plan inside a write, drafting the plan if needed.
    static func withPlan(_ req: Request, _ body: @escaping @Sendable (any Database, Order, ExecutionPlan, Principal) async throws -> Void) async throws -> PlanDTO {
        let id = try idParameter(req)
        let actor = try req.actor
        return try await req.write { tx in
            let order = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            let plan = try await ExecutionPlanning.ensure(for: order, by: actor, on: tx)
            try await body(tx, order, plan, actor)
            let current = try await ExecutionPlanning.current(of: id, on: tx) ?? plan
            return try await dto(current, on: tx)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let plan = try await withPlan(req) { _, _, _, _ in }
        return try await plan.encodeResponse(for: req).withETag(plan.version)
    }

    struct EditBody: Content { var stages: [StageDTO] }

    @Sendable static func edit(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(EditBody.self)
        let plan = try await withPlan(req) { tx, _, plan, actor in
            plan.version = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expected, on: tx)
            let windows = Dictionary(body.stages.map { ($0.stage, ExecutionPlanning.Window(start: $0.planned_start, end: $0.planned_end, skipped: $0.skipped)) },
                                     uniquingKeysWith: { a, _ in a })
            try await ExecutionPlanning.edit(plan, windows: windows, on: tx)
            try await plan.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: ExecutionPlan.schema, id: plan.requireID(), action: .update,
                                        before: [String: String]?.none, after: ["revision": String(plan.revision), "edited": "stages"])
        }
        return try await plan.encodeResponse(for: req).withETag(plan.version)
    }

    @Sendable static func advance(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let plan = try await withPlan(req) { tx, _, plan, actor in
            plan.version = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expected, on: tx)
            let before = plan.state
            try ExecutionPlanning.advance(plan, by: actor)
            try await plan.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: ExecutionPlan.schema, id: plan.requireID(), action: .transition,
                                        before: ["state": before.rawValue], after: ["state": plan.state.rawValue])
        }
        return try await plan.encodeResponse(for: req).withETag(plan.version)
    }

    struct ReviseBody: Content { var reason: String }

    @Sendable static func revise(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(ReviseBody.self)
        var v = FieldValidator()
        let written = v.text("reason", body.reason, max: 1_000)
        let reason = try v.check(written)
        let plan = try await withPlan(req) { tx, order, plan, actor in
            _ = try await ETag.advance(ExecutionPlan.schema, id: plan.requireID(), expected: expected, on: tx)
            let next = try await ExecutionPlanning.revise(plan, order: order, reason: reason, by: actor, on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: ExecutionPlan.schema, id: next.requireID(), action: .create,
                                        before: ["revision": String(plan.revision)], after: ["revision": String(next.revision), "reason": reason])
        }
        return try await plan.encodeResponse(for: req).withETag(plan.version)
    }
}
