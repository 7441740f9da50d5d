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
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let created = try await CreateOrder(draft: draft).compose(by: actor, calendar: calendar, now: now, on: tx)
            let dto = try OrderReading.created(created, now: now)
            return try CreatedResponse(dto, location: APIRoute.Orders.order(dto.id), version: dto.version)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db, now: req.clock.now())
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct TransitionBody: Content { var to: String; var reason: String? }

    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(TransitionBody.self)
        let operation = try TakeOrderStep(orderID: id, to: body.to, reason: body.reason, expectedVersion: expected)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let now = req.clock.now()
        let dto = try await req.write { tx in
            let order = try await operation.run(by: actor, calendar: calendar, now: now, on: tx)
            return try await OrderReading.detail(order, calendar: calendar, on: tx, now: now)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// Newest first unless sorted otherwise; searched and filtered as the orders page is
    /// (`OrderListFilter`). A client sees its own orders only.
    @Sendable static func list(req: Request) async throws -> Page<OrderSummaryDTO> {
        let filter = try OrderListFilter(req.query, timeZone: req.application.appConfig.timeZone)
        let page = try PageRequest(req, ordering: filter.sort.ordering)
        let actor = try req.actor
        return try await OrderQueries.list(visibleTo: actor, filter: filter, page: page, on: req.db)
    }
}
