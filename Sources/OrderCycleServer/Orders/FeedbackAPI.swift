import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The buyer's side of the cycle (DOMAIN §3.3 items 6–7): rating the fulfilment, claims, and
/// the comment thread between buyer and supplier.
enum FeedbackAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Orders.rating, access: .only(.client, .manager, .admin), use: rate)
        routes.endpoint(.GET, APIRoute.Orders.comments, access: .roles(Set(Role.allCases)), use: comments)
        routes.endpoint(.POST, APIRoute.Orders.comments, access: .roles(Set(Role.allCases)), use: comment)
        routes.endpoint(.POST, APIRoute.Orders.orderClaims, access: .only(.client, .manager, .operator, .admin), use: fileClaim)
        routes.endpoint(.GET, APIRoute.Orders.claims, access: .roles(Set(Role.allCases)), use: claims)
        routes.endpoint(.PATCH, APIRoute.Orders.claim, access: .only(.manager, .operator, .admin), use: workClaim)
    }

    struct RatingBody: Content { var rating: Int; var comment: String? }

    /// Only a delivered or accepted order can be rated; the latest rating counts.
    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(RatingBody.self)
        var v = FieldValidator()
        if !(1...5).contains(body.rating) { v.add("rating", "must be from 1 to 5") }
        let comment = v.text("comment", body.comment, required: false, max: 2_000)
        try v.check()
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let dto = try await req.write { tx in
            let order = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            guard order.status == .delivered || order.status == .accepted else {
                throw Problem(.conflict, detail: "An order can be rated once it is delivered")
            }
            order.version = try await ETag.advance(Order.schema, id: id, expected: expected, on: tx)
            let before = ["rating": order.rating.map(String.init) ?? ""]
            order.rating = body.rating
            order.ratingComment = comment
            try await order.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Order.schema, id: id, action: .update, before: before,
                                        after: ["rating": String(body.rating), "comment": comment ?? ""])
            return try await OrderReading.detail(order, calendar: calendar, on: tx)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct CommentDTO: Content { var id: UUID; var author: String; var from_client: Bool; var body: String; var at: Date }
    struct CommentBody: Content { var body: String }

    @Sendable static func comments(req: Request) async throws -> [CommentDTO] {
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        return try await thread(of: try order.requireID(), on: req.db)
    }

    static func thread(of orderID: UUID, on db: any Database) async throws -> [CommentDTO] {
        try await db.sql.raw("SELECT id, author_label, from_client, body, at FROM order_comments WHERE order_id = \(bind: orderID) ORDER BY at, id").all().map {
            CommentDTO(id: try $0.decode(column: "id", as: UUID.self), author: try $0.decode(column: "author_label", as: String.self),
                       from_client: try $0.decode(column: "from_client", as: Bool.self), body: try $0.decode(column: "body", as: String.self),
                       at: try $0.decode(column: "at", as: Date.self))
        }
    }

    @Sendable static func comment(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(CommentBody.self)
        var v = FieldValidator()
        let written = v.text("body", body.body, max: 4_000)
        let text = try v.check(written)
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            _ = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            let dto = try await addComment(to: id, text: text, by: actor, on: tx)
            return try CreatedResponse(dto)
        }
    }

    static func addComment(to orderID: UUID, text: String, by actor: Principal, on db: any Database) async throws -> CommentDTO {
        let dto = CommentDTO(id: UUID(), author: actor.label, from_client: actor.role == .client, body: text, at: Date())
        try await db.sql.insert(into: "order_comments")
            .columns("id", "order_id", "author_id", "author_label", "from_client", "body", "at")
            .values(SQLBind(dto.id), SQLBind(orderID), SQLBind(actor.userID), SQLBind(dto.author), SQLBind(dto.from_client), SQLBind(dto.body), SQLBind(dto.at))
            .run()
        return dto
    }

    struct ClaimDTO: Content {
        var id: UUID
        var order_id: UUID
        var client_id: UUID
        var reason: ClaimReason
        var description: String
        var status: ClaimStatus
        var resolution: String?
        var created_at: Date
        var resolved_at: Date?
        var version: Int
    }

    static func dto(_ c: OrderClaim) throws -> ClaimDTO {
        ClaimDTO(id: try c.requireID(), order_id: c.orderID, client_id: c.clientID, reason: c.reason, description: c.description,
                 status: c.status, resolution: c.resolution, created_at: c.createdAt, resolved_at: c.resolvedAt, version: c.version)
    }

    struct ClaimBody: Content { var reason: String; var description: String }

    @Sendable static func fileClaim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(ClaimBody.self)
        var v = FieldValidator()
        let chosen = ClaimReason(rawValue: body.reason)
        if chosen == nil { v.add("reason", "must be one of: " + ClaimReason.allCases.map(\.rawValue).joined(separator: ", ")) }
        let written = v.text("description", body.description, max: 4_000)
        let (reason, description) = try v.check(chosen, written)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        return try await Idempotency.create(req) { tx in
            let claim = try await file(reason, description, on: id, by: actor, calendar: calendar, on: tx)
            return try CreatedResponse(try dto(claim), location: APIRoute.Orders.claim(try claim.requireID()), version: claim.version)
        }
    }

    /// A claim can be filed on an order that has left the seller (dispatched or later).
    static func file(_ reason: ClaimReason, _ description: String, on orderID: UUID, by actor: Principal, calendar: CompanyCalendar,
                     on db: any Database) async throws -> OrderClaim {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        guard [.dispatched, .delivered, .accepted].contains(order.status) else {
            throw Problem(.conflict, detail: "A claim can be filed once the order is dispatched")
        }
        let claim = OrderClaim()
        claim.id = UUID()
        claim.version = 1
        claim.orderID = orderID
        claim.clientID = order.clientID
        claim.reason = reason
        claim.description = description
        claim.status = .open
        claim.createdBy = actor.userID
        claim.createdAt = Date()
        claim.createdDay = calendar.day(of: claim.createdAt).description
        try await claim.create(on: db)
        try await db.sql.raw("UPDATE orders SET claim_count = claim_count + 1, version = version + 1 WHERE id = \(bind: orderID)").run()
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: try claim.requireID(), action: .create, before: ClaimDTO?.none, after: try dto(claim))
        return claim
    }

    @Sendable static func claims(req: Request) async throws -> Page<ClaimDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        var query = OrderClaim.query(on: req.db).sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(page.limit + 1)
        if actor.role == .client { query = query.filter(\.$clientID == (actor.clientID ?? UUID())) }
        if let status = req.query[String.self, at: "status"] {
            guard let s = ClaimStatus(rawValue: status) else { throw Problem.field("status", "is not a claim status") }
            query = query.filter(\.$status == s)
        }
        if let after = page.after, let at = after.moment {
            query = query.group(.or) { or in
                or.filter(\.$createdAt < at)
                or.group(.and) { and in and.filter(\.$createdAt == at).filter(\.$id < after.id) }
            }
        }
        let rows = try await query.all()
        let items = try rows.prefix(page.limit).map(dto)
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    struct WorkBody: Content { var status: String; var resolution: String? }

    @Sendable static func workClaim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(WorkBody.self)
        var v = FieldValidator()
        let status = ClaimStatus(rawValue: body.status)
        if status == nil { v.add("status", "must be one of: " + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
        let resolution = v.text("resolution", body.resolution, required: status == .resolved || status == .rejected, max: 4_000)
        let checked = try v.check(status)
        let actor = try req.actor
        let result = try await req.write { tx in try await work(id, to: checked, resolution: resolution, expected: expected, by: actor, on: tx) }
        return try await result.encodeResponse(for: req).withETag(result.version)
    }

    static func work(_ id: UUID, to status: ClaimStatus, resolution: String?, expected: Int?, by actor: Principal, on db: any Database) async throws -> ClaimDTO {
        guard let claim = try await OrderClaim.find(id, on: db) else { throw Problem(.notFound) }
        guard claim.status.allowedNext.contains(status) else {
            throw Problem(.illegalTransition, detail: "A claim that is \(claim.status.rawValue) cannot become \(status.rawValue)")
        }
        let before = try dto(claim)
        claim.version = try await ETag.advance(OrderClaim.schema, id: id, expected: expected, on: db)
        claim.status = status
        claim.resolution = resolution ?? claim.resolution
        if !status.isOpen { claim.resolvedAt = Date() }
        try await claim.update(on: db)
        let after = try dto(claim)
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: id, action: .update, before: before, after: after)
        return after
    }
}
