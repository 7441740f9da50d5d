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
        let now = req.clock.now()
        let operation = try RecordStage(orderID: id, stage: stage, action: body.action, at: body.at, reason: body.reason, expectedVersion: expected, now: now)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let dto = try await req.write { tx in
            let order = try await operation.run(by: actor, calendar: calendar, now: now, on: tx)
            return try await OrderReading.detail(order, calendar: calendar, on: tx, now: now)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }
}
