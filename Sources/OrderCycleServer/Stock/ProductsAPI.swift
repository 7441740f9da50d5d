import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The nomenclature and its stock, through the API.
enum ProductsAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Stock.products, access: .roles(Set(Role.allCases)), use: list)
        routes.endpoint(.POST, APIRoute.Stock.products, access: .only(.admin, .logistician), use: create)
        routes.endpoint(.GET, APIRoute.Stock.product, access: .roles(Set(Role.allCases)), use: show)
        routes.endpoint(.POST, APIRoute.Stock.stockMovements, access: .only(.admin, .logistician, .worker), use: move)
    }

    struct ProductDTO: Content {
        var id: UUID
        var sku: String
        var name: String
        var category: String
        var unit: String
        var price_minor: Int64
        var currency: String
        var is_new: Bool
        var made_to_order: Bool
        var active: Bool
        var on_hand: Int
        var reserved: Int
        var available: Int
        var required_norm: Int
        var version: Int
    }

    /// By name; `q` searches a name prefix or an exact SKU.
    @Sendable static func list(req: Request) async throws -> Page<ProductDTO> {
        let page = try PageRequest(req, ordering: .text)
        let rows = try await ProductQueries.list(search: req.query[String.self, at: "q"], page: page, on: req.db)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(key: Client.fold($0.name), id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> ProductDTO {
        guard let product = try await ProductQueries.find(id, on: db) else { throw Problem(.notFound) }
        return product
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let product = try await find(try idParameter(req), on: req.db)
        return try await product.encodeResponse(for: req).withETag(product.version)
    }

    struct CreateBody: Content {
        var sku: String?
        var name: String?
        var category: String?
        var unit: String?
        var price_minor: Int64?
        var currency: String?
        var is_new: Bool?
        var made_to_order: Bool?
        var on_hand: Int?
        var required_norm: Int?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        var v = FieldValidator()
        let sku = v.text("sku", body.sku, max: 64)
        let name = v.text("name", body.name, max: 300)
        let category = v.text("category", body.category, required: false, max: 100) ?? "General"
        let unit = v.text("unit", body.unit, required: false, max: 20) ?? "pcs"
        let price = body.price_minor ?? 0
        if price < 0 || price > 1_000_000_000_000 { v.add("price_minor", "must be from 0 to 10^12") }
        let currency = body.currency ?? "UAH"
        if !CurrencyCode.isValid(currency) { v.add("currency", "must be an ISO 4217 code of a currency in circulation, such as UAH, EUR or USD") }
        let onHand = body.on_hand ?? 0
        if onHand < 0 || onHand > 1_000_000_000 { v.add("on_hand", "must be from 0 to 10^9") }
        let norm = body.required_norm ?? 0
        if norm < 0 || norm > 1_000_000_000 { v.add("required_norm", "must be from 0 to 10^9") }
        let (validSKU, validName) = try v.check(sku, name)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            if try await Product.query(on: tx).filter(\.$sku == validSKU).count() > 0 { throw Problem.taken("sku", "is already used by another product") }
            let product = Product(sku: validSKU, name: validName, category: category, unit: unit, priceMinor: price, currency: currency,
                                  isNew: body.is_new ?? false, madeToOrder: body.made_to_order ?? false)
            try await product.create(on: tx)
            let id = try product.requireID()
            try await StockItem(productID: id, onHand: 0, requiredNorm: norm).create(on: tx)
            if onHand > 0 { try await StockLedger.receive(product: id, quantity: onHand, by: actor.userID, note: "Opening balance", now: now, on: tx) }
            let dto = try await find(id, on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Product.schema, id: id, action: .create, before: ProductDTO?.none, after: dto, at: now)
            return try CreatedResponse(dto, location: APIRoute.Stock.product(id), version: dto.version)
        }
    }

    struct MovementBody: Content { var kind: String; var quantity: Int; var note: String? }

    /// Receipts and counted adjustments; reservations, releases and shipments come from orders.
    @Sendable static func move(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let body = try req.content.decode(MovementBody.self)
        let operation = try RecordStockMovement(productID: id, kind: body.kind, quantity: body.quantity, note: body.note)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let after = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(after, status: .created, location: APIRoute.Stock.product(id), version: after.version)
        }
    }
}
