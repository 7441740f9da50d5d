import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A placed order that stock could not cover: reserve what has arrived since, or split off
/// what is missing as a new order (see `OrderShortfall`).
enum ShortfallAPI {
    static let access: Access = .roles(OrderShortfall.roles)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Orders.reserve, access: access, use: reserve)
        routes.endpoint(.POST, APIRoute.Orders.split, access: access, use: split)
    }

    @Sendable static func reserve(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let now = req.clock.now()
        let dto = try await req.write { tx in
            let order = try await ReserveShortfall(orderID: id, expectedVersion: expected).run(by: actor, now: now, on: tx)
            return try await OrderReading.detail(order, calendar: calendar, on: tx, now: now)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// 201 with the new order; the original (at its next version) is at its own address.
    @Sendable static func split(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let remainder = try await SplitShortfall(orderID: id, expectedVersion: expected).run(by: actor, calendar: calendar, now: now, on: tx)
            let dto = try await OrderReading.detail(remainder, calendar: calendar, on: tx, now: now)
            return try CreatedResponse(dto, location: APIRoute.Orders.order(dto.id), version: dto.version)
        }
    }
}
