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

    /// Runs a plan operation in a write and answers with the order's current plan.
    static func answer(_ req: Request, _ operation: @escaping @Sendable (any Database, Principal) async throws -> ExecutionPlan) async throws -> Response {
        let actor = try req.actor
        let plan = try await req.write { tx in try await PlanQueries.detail(try await operation(tx, actor), on: tx) }
        return try await plan.encodeResponse(for: req).withETag(plan.version)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let id = try idParameter(req)
        return try await answer(req) { tx, actor in
            let (_, plan) = try await OpenPlan(orderID: id).run(by: actor, now: req.clock.now(), on: tx)
            return try await ExecutionPlanning.current(of: id, on: tx) ?? plan
        }
    }

    struct EditBody: Content { var stages: [PlanDTO.StageDTO] }

    @Sendable static func edit(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(EditBody.self)
        let id = try idParameter(req)
        let windows = Dictionary(body.stages.map { ($0.stage, ExecutionPlanning.Window(start: $0.planned_start, end: $0.planned_end, skipped: $0.skipped)) },
                                 uniquingKeysWith: { a, _ in a })
        let operation = EditPlan(orderID: id, windows: windows, expectedVersion: expected)
        return try await answer(req) { tx, actor in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
    }

    @Sendable static func advance(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let operation = AdvancePlan(orderID: try idParameter(req), expectedVersion: expected)
        return try await answer(req) { tx, actor in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
    }

    struct ReviseBody: Content { var reason: String }

    @Sendable static func revise(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(ReviseBody.self)
        let reason = try RevisePlan.check(reason: body.reason, lang: .en)
        let operation = RevisePlan(orderID: try idParameter(req), checkedReason: reason, expectedVersion: expected)
        return try await answer(req) { tx, actor in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
    }
}
