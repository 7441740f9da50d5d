import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The buyer's side of the cycle (DOMAIN §3.3 items 6–7): rating the fulfilment, claims, and
/// the comment thread between buyer and supplier.
enum FeedbackAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Orders.rating, access: .only(.client), use: rate)
        routes.endpoint(.GET, APIRoute.Orders.comments, access: .roles(Set(Role.allCases)), use: comments)
        routes.endpoint(.POST, APIRoute.Orders.comments, access: .roles(Set(Role.allCases)), use: comment)
        routes.endpoint(.POST, APIRoute.Orders.orderClaims, access: .only(.client, .manager, .operator, .admin), use: fileClaim)
        routes.endpoint(.GET, APIRoute.Orders.claims, access: .roles(Set(Role.allCases)), use: claims)
        routes.endpoint(.PATCH, APIRoute.Orders.claim, access: .only(.manager, .operator, .admin), use: workClaim)
    }

    struct RatingBody: Content { var rating: Int; var comment: String? }

    /// Only the order's client rates, and only a delivered or accepted order; the latest rating counts.
    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(RatingBody.self)
        let operation = try RateOrder(orderID: id, rating: body.rating, comment: body.comment, expectedVersion: expected)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let now = req.clock.now()
        let dto = try await req.write { tx in
            let order = try await operation.run(by: actor, now: now, on: tx)
            return try await OrderReading.detail(order, calendar: calendar, on: tx, now: now)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct CommentBody: Content { var body: String }

    @Sendable static func comments(req: Request) async throws -> [CommentDTO] {
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        return try await FeedbackQueries.thread(of: try order.requireID(), on: req.db)
    }

    @Sendable static func comment(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(CommentBody.self)
        let operation = try AddComment(orderID: id, body: body.body)
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            try CreatedResponse(try await operation.run(by: actor, now: req.clock.now(), on: tx))
        }
    }

    struct ClaimBody: Content { var reason: String; var description: String }

    @Sendable static func fileClaim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(ClaimBody.self)
        let operation = try FileClaim(orderID: id, reason: body.reason, description: body.description)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        return try await Idempotency.create(req) { tx in
            let claim = try await operation.run(by: actor, calendar: calendar, now: req.clock.now(), on: tx)
            return try CreatedResponse(try ClaimDTO(claim), location: APIRoute.Orders.claim(try claim.requireID()), version: claim.version)
        }
    }

    @Sendable static func claims(req: Request) async throws -> Page<ClaimDTO> {
        let page = try PageRequest(req, ordering: .moment)
        return try await FeedbackQueries.claims(visibleTo: try req.actor, status: try ClaimListFilter(req.query).status, page: page, on: req.db)
    }

    struct WorkBody: Content { var status: String; var resolution: String? }

    @Sendable static func workClaim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(WorkBody.self)
        let operation = try WorkClaim(claimID: id, status: body.status, resolution: body.resolution, expectedVersion: expected)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let result = try await req.write { tx in try await operation.run(by: actor, calendar: calendar, now: req.clock.now(), on: tx) }
        return try await result.encodeResponse(for: req).withETag(result.version)
    }
}
