import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

enum OrderQueries {
    /// Orders found by `filter` in its order, one page at a time (keyset: the sort key and the
    /// id); a client's user sees its own client's only.
    static func list(visibleTo actor: Principal, filter: OrderListFilter, page: PageRequest, on db: any Database) async throws -> Page<OrderSummaryDTO> {
        var sql: SQLQueryString = """
            SELECT o.id, o.number, o.client_id, o.status, o.priority, o.total_minor, o.currency, o.promised_day AS promised_date, o.created_at, o.version,
                   o.external_ref, c.name AS client_name, \(unsafeRaw: filter.sort.key) AS sort_key
            FROM orders o JOIN clients c ON c.id = o.client_id WHERE 1 = 1
            """
        if actor.role == .client {
            sql = sql + " AND o.client_id = \(bind: actor.clientID ?? UUID())"
        } else if let client = filter.clientID {
            sql = sql + " AND o.client_id = \(bind: client)"
        }
        if let status = filter.status { sql = sql + " AND o.status = \(bind: status.rawValue)" }
        if let number = filter.number { sql = sql + " AND UPPER(o.number) LIKE \(bind: "%" + OrderListFilter.likeEscaped(number.uppercased()) + "%") ESCAPE '\\'" }
        if let ref = filter.externalRef { sql = sql + " AND UPPER(o.external_ref) LIKE \(bind: "%" + OrderListFilter.likeEscaped(ref.uppercased()) + "%") ESCAPE '\\'" }
        if let client = filter.client { sql = sql + " AND c.search_name LIKE \(bind: OrderListFilter.likeEscaped(Client.fold(client)) + "%") ESCAPE '\\'" }
        if let from = filter.createdFrom { sql = sql + " AND o.created_at >= \(bind: filter.calendar.start(of: from))" }
        if let to = filter.createdTo { sql = sql + " AND o.created_at < \(bind: filter.calendar.start(of: to.adding(days: 1)))" }
        let before = filter.direction == .desc ? "<" : ">"
        if let after = page.after, let key = filter.sort.bind(after, storedSeconds: db.sql.dialect.name == "sqlite") {
            sql = sql + " AND (\(unsafeRaw: filter.sort.key) \(unsafeRaw: before) " + key
                + " OR (\(unsafeRaw: filter.sort.key) = " + key + " AND o.id \(unsafeRaw: before) \(bind: after.id)))"
        }
        let direction = filter.direction.rawValue.uppercased()
        sql = sql + " ORDER BY \(unsafeRaw: filter.sort.key) \(unsafeRaw: direction), o.id \(unsafeRaw: direction) LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(sql).all()
        let items = try rows.prefix(page.limit).map(summary)
        let next = rows.count > page.limit ? try filter.sort.cursor(rows[page.limit - 1]) : nil
        return Page(items: items, next_cursor: next)
    }

    /// One row of an order list, read column by column: lists are the most requested reads, and
    /// the Codable row decoder cost a third of the list's throughput (bench/orders). An unknown
    /// stored status or priority reads as draft or normal rather than failing the list.
    static func summary(_ row: any SQLRow) throws -> OrderSummaryDTO {
        OrderSummaryDTO(id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
                        client_id: try row.decode(column: "client_id", as: UUID.self), client_name: try row.decode(column: "client_name", as: String.self),
                        status: OrderStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
                        priority: Priority(rawValue: try row.decode(column: "priority", as: String.self)) ?? .normal,
                        total_minor: try row.decode(column: "total_minor", as: Int64.self), currency: try row.decode(column: "currency", as: String.self),
                        promised_date: try row.decode(column: "promised_date", as: String?.self),
                        created_at: try row.decode(column: "created_at", as: Date.self), version: try row.decode(column: "version", as: Int.self),
                        external_ref: try row.decode(column: "external_ref", as: String?.self))
    }

    /// The latest orders of one client, for its card.
    static func latest(ofClient clientID: UUID, limit: Int, on db: any Database) async throws -> [OrderSummaryDTO] {
        try await db.sql.raw("""
            SELECT o.id, o.number, o.client_id, o.status, o.priority, o.total_minor, o.currency, o.promised_day AS promised_date, o.created_at, o.version,
                   o.external_ref, c.name AS client_name
            FROM orders o JOIN clients c ON c.id = o.client_id
            WHERE o.client_id = \(bind: clientID) ORDER BY o.created_at DESC, o.id DESC LIMIT \(literal: limit)
            """).all(decoding: OrderSummaryDTO.self)
    }

    /// An order's lines with their products, in line order, read by position: the Codable row
    /// decoder took a fifth of placing a 1,000-line order.
    static func lines(of orderID: UUID, on db: any Database) async throws -> [OrderDTO.Line] {
        try await db.rowsByPosition("""
            SELECT l.line_no, l.product_id, p.sku, p.name, l.quantity, l.unit_price_minor, l.reserved_quantity, p.made_to_order
            FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE l.order_id = \(bind: orderID) ORDER BY l.line_no
            """) { row in
            OrderDTO.Line(line_no: try row.int(0), product_id: try row.uuid(1), sku: try row.string(2), name: try row.string(3),
                          quantity: try row.int(4), unit_price_minor: Int64(try row.int(5)), reserved_quantity: try row.int(6),
                          made_to_order: try row.bool(7))
        }
    }

    /// An order's lines as the supply rule reads them (stock or made to order), in line order.
    static func supply(of orderID: UUID, on db: any Database) async throws -> [LineSupply.Line] {
        try await lines(of: orderID, on: db).map {
            LineSupply.Line(lineNo: $0.line_no, sku: $0.sku, quantity: $0.quantity, reserved: $0.reserved_quantity, madeToOrder: $0.made_to_order)
        }
    }

    /// The lines that hold an order's pick (see `LineSupply`), each with its position in the
    /// order's `lines`: its made-to-order lines are made once its production stage is finished.
    static func pickHolds(of orderID: UUID, on db: any Database) async throws -> [(position: Int, held: LineSupply.HeldLine)] {
        let production = try await StageRecord.query(on: db).filter(\.$orderID == orderID).filter(\.$stage == .production).first()
        let produced = production.map { !$0.skipped && $0.finishedAt != nil } ?? false
        let lines = try await supply(of: orderID, on: db)
        return LineSupply.holdingPick(lines, produced: produced).map { held in
            (lines.firstIndex { $0.lineNo == held.line.lineNo } ?? 0, held)
        }
    }

    /// The order a split-off order came from and the orders split off this one, by number
    /// (the order itself may be among them).
    static func splits(around order: Order, on db: any Database) async throws -> [OrderDTO.Related] {
        let id = try order.requireID()
        return try await db.sql.raw("""
            SELECT id, number FROM orders WHERE split_from_id = \(bind: id) OR id = \(bind: order.splitFromID ?? id)
            ORDER BY number
            """).all(decoding: OrderDTO.Related.self)
    }

    /// An issued invoice: its number and moment, and the seller's details, VAT rate and payment
    /// terms it took when issued (nil on invoices issued before the company's details existed).
    struct InvoiceHeading: Decodable {
        var number: String
        var issued_at: Date
        var seller_name: String?
        var seller_address: String?
        var seller_tax_id: String?
        var seller_bank: String?
        var vat_rate_bp: Int?
        var payment_terms: String?
    }

    /// The invoice issued for an order, if it has been invoiced.
    static func invoice(of orderID: UUID, on db: any Database) async throws -> InvoiceHeading? {
        try await db.sql.raw("""
            SELECT number, issued_at, seller_name, seller_address, seller_tax_id, seller_bank, vat_rate_bp, payment_terms
            FROM invoices WHERE order_id = \(bind: orderID)
            """).first(decoding: InvoiceHeading.self)
    }

    /// A client's address as its papers print it: the first one labelled for `purposes`
    /// (in the order given), else its first address; nil when it has none.
    static func address(of clientID: UUID, preferring purposes: [String], on db: any Database) async throws -> String? {
        struct Row: Decodable { var label: String?; var line: String; var city: String?; var region: String?; var postal_code: String?; var country: String? }
        let rows = try await db.sql.raw("""
            SELECT label, line, city, region, postal_code, country FROM client_addresses WHERE client_id = \(bind: clientID) ORDER BY position, id
            """).all(decoding: Row.self)
        let chosen = purposes.lazy.compactMap { p in rows.first { ($0.label ?? "").lowercased() == p } }.first ?? rows.first
        return chosen.map { r in
            [r.line, r.city, r.region, r.postal_code, r.country].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    /// Moves the order from status `from` to `to` and advances its version, only if it is still
    /// at `from` (and at `expectedVersion` when given): of two concurrent steps exactly one
    /// wins. Returns the new version, or nil when the order was not where the caller read it.
    static func moveStatus(of orderID: UUID, from: OrderStatus, to: OrderStatus, expectedVersion: Int?, now: Date, on db: any Database) async throws -> Int? {
        var update = db.sql.update("orders")
            .set("status", to: to.rawValue)
            .set(SQLColumn("version"), to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
            .set("updated_at", to: now)
            .where("id", .equal, orderID).where("status", .equal, from.rawValue)
        if let expectedVersion { update = update.where("version", .equal, expectedVersion) }
        return try await update.returning("version").first(decodingColumn: "version", as: Int.self)
    }
}

extension OrderQueries {
    /// The orders the global search box finds for `text`: part of the number or of the buyer's
    /// reference, or a client the text names (name, tax id, phone, e-mail), newest first.
    static func matching(_ text: String, visibleTo actor: Principal, regionCode: String, limit: Int, on db: any Database) async throws -> [OrderSummaryDTO] {
        let like = "%" + OrderListFilter.likeEscaped(text.uppercased()) + "%"
        var sql: SQLQueryString = """
            SELECT o.id, o.number, o.client_id, o.status, o.priority, o.total_minor, o.currency, o.promised_day AS promised_date, o.created_at, o.version,
                   o.external_ref, c.name AS client_name
            FROM orders o JOIN clients c ON c.id = o.client_id
            WHERE (UPPER(o.number) LIKE \(bind: like) ESCAPE '\\' OR UPPER(o.external_ref) LIKE \(bind: like) ESCAPE '\\' OR
            """ + ClientSearch.matching(text, regionCode: regionCode) + ")"
        if actor.role == .client { sql = sql + " AND o.client_id = \(bind: actor.clientID ?? UUID())" }
        sql = sql + " ORDER BY o.created_at DESC, o.id DESC LIMIT \(literal: limit)"
        return try await db.sql.raw(sql).all().map(summary)
    }
}
