import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Start, finish or skip a stage of an order with its actual time (DOMAIN §3.4).
enum StagesAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Orders.stage, access: .only(.logistician, .worker, .manager, .admin), use: act)
    }

    struct Body: Content { var action: String; var at: Date?; var reason: String? }

    @Sendable static func act(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let stage = req.parameters.get("stage").flatMap(Stage.init(rawValue:)) else { throw Problem(.notFound) }
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(Body.self)
        var v = FieldValidator()
        if !["start", "finish", "skip"].contains(body.action) { v.add("action", "must be start, finish or skip") }
        let reason = v.text("reason", body.reason, required: body.action == "skip", max: 500)
        let now = Date()
        let at = body.at ?? now
        if at > now.addingTimeInterval(300) { v.add("at", "must not be in the future") }
        if at < now.addingTimeInterval(-5 * 365 * 86_400) { v.add("at", "must be within the last five years") }
        try v.check()
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let dto = try await req.write { tx in
            let order = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            guard order.status != .cancelled, order.status != .draft, order.status != .sent else {
                throw Problem(.conflict, detail: "Stages are recorded once the order is received and until it is cancelled")
            }
            let version = try await ETag.advance(Order.schema, id: id, expected: expected, on: tx)
            order.version = version
            let stages = Stages(db: tx, orderID: id)
            switch body.action {
            case "start": try await stages.start(stage, at: at)
            case "finish": try await stages.finish(stage, at: at)
            default: try await stages.skip(stage, reason: try FieldValidator().check(reason))
            }
            let workflow = OrderWorkflow(db: tx, actor: actor, calendar: calendar, now: now)
            try await workflow.refreshFigures(order, id: id)
            order.updatedAt = now
            try await order.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Order.schema, id: id, action: .update, before: [String: String]?.none,
                                        after: ["stage": stage.rawValue, "action": body.action, "at": ISO8601DateFormatter().string(from: at), "reason": reason ?? ""])
            return try await OrderReading.detail(order, calendar: calendar, on: tx)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }
}
