import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The orders API: compose, list, read, and move through the cycle.
enum OrdersAPI {
    static let readers: Access = .roles(Set(Role.allCases))

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Orders.orders, access: readers, use: list)
        routes.endpoint(.POST, APIRoute.Orders.orders, access: .only(.client, .manager, .operator, .logistician, .admin), use: create)
        routes.endpoint(.GET, APIRoute.Orders.order, access: readers, use: show)
        routes.endpoint(.POST, APIRoute.Orders.transitions, access: .only(.client, .manager, .operator, .logistician, .worker, .admin), use: transition)
    }

    struct LineBody: Content { var product_id: UUID?; var sku: String?; var quantity: Int?; var unit_price_minor: Int64? }
    struct CreateBody: Content {
        var client_id: UUID?
        var channel: String?
        var priority: String?
        var requested_date: String?
        var promised_date: String?
        var notes: String?
        var external_ref: String?
        var delivery_method: String?
        var status: String?
        var lines: [LineBody]?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let draft = OrderDraft(clientID: body.client_id, channel: body.channel, priority: body.priority, requestedDate: body.requested_date,
                               promisedDate: body.promised_date, notes: body.notes, externalRef: body.external_ref, deliveryMethod: body.delivery_method, initialStatus: body.status,
                               lines: (body.lines ?? []).map { .init(productID: $0.product_id, sku: $0.sku, quantity: $0.quantity, unitPriceMinor: $0.unit_price_minor) })
        return try await Idempotency.create(req) { tx in
            let order = try await draft.create(by: actor, calendar: calendar, on: tx)
            let dto = try await OrderReading.detail(order, calendar: calendar, on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Order.schema, id: dto.id, action: .create, before: [String: String]?.none,
                                        after: ["number": dto.number, "client_id": dto.client_id.uuidString, "lines": String(dto.lines.count), "total_minor": String(dto.total_minor)])
            return try CreatedResponse(dto, location: APIRoute.Orders.order(dto.id), version: dto.version)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct TransitionBody: Content { var to: String; var reason: String? }

    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(TransitionBody.self)
        guard let step = OrderStatus(rawValue: body.to) else {
            throw Problem.field("to", "must be one of: " + OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var v = FieldValidator()
        let reason = v.text("reason", body.reason, required: false, max: 1_000)
        try v.check()
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let dto = try await req.write { tx in
            let order = try await OrderWorkflow(db: tx, actor: actor, calendar: calendar).take(step, on: id, expectedVersion: expected, reason: reason)
            return try await OrderReading.detail(order, calendar: calendar, on: tx)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// Newest first. Staff filter by status and client; a client sees its own orders only.
    @Sendable static func list(req: Request) async throws -> Page<OrderSummaryDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        var v = FieldValidator()
        let status = req.query[String.self, at: "status"]
        if let status, OrderStatus(rawValue: status) == nil { v.add("status", "is not an order status") }
        let clientFilter = req.query[String.self, at: "client_id"]
        if let clientFilter, UUID(uuidString: clientFilter) == nil { v.add("client_id", "must be a UUID") }
        try v.check()
        var sql: SQLQueryString = """
            SELECT o.id, o.number, o.client_id, o.status, o.priority, o.total_minor, o.currency, o.promised_day, o.created_at, o.version,
                   c.name AS client_name
            FROM orders o JOIN clients c ON c.id = o.client_id WHERE 1 = 1
            """
        if actor.role == .client {
            sql = sql + " AND o.client_id = \(bind: actor.clientID ?? UUID())"
        } else if let clientFilter, let cid = UUID(uuidString: clientFilter) {
            sql = sql + " AND o.client_id = \(bind: cid)"
        }
        if let status { sql = sql + " AND o.status = \(bind: status)" }
        if let after = page.after, let at = after.moment {
            sql = sql + " AND (o.created_at < \(bind: at) OR (o.created_at = \(bind: at) AND o.id < \(bind: after.id)))"
        }
        sql = sql + " ORDER BY o.created_at DESC, o.id DESC LIMIT \(literal: page.limit + 1)"
        let rows = try await req.db.sql.raw(sql).all()
        let items = try rows.prefix(page.limit).map(OrderReading.summary)
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
