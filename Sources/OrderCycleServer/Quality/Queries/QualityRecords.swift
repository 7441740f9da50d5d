import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The records behind a figure (drill-down): which orders, requests, stock items or products
/// an indicator counted, a keyset page at a time.
enum QualityRecords {
    /// The orders an indicator's denominator counts; `misses` narrows them to those that count
    /// against it (unsatisfied from stock, late, claimed, not delivered…).
    static func orderFilter(_ indicator: QualityIndicator?, cycle: Bool, misses: Bool, asOf: CalendarDay) -> String {
        if cycle { return "o.cycle_seconds IS NOT NULL" }
        let due = "o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.promised_day <= '\(asOf)'"
        switch indicator {
        case .stockoutProbability: return "o.placed_at IS NOT NULL" + (misses ? " AND o.unsatisfied_from_stock" : "")
        case .timeExpectations: return "o.on_time IS NOT NULL" + (misses ? " AND o.actual_days > o.expected_days" : "")
        case .uninterruptedExecution: return "o.on_time IS NOT NULL" + (misses ? " AND NOT o.on_time" : "")
        case .onTimeInFull: return "o.on_time IS NOT NULL" + (misses ? " AND NOT (o.on_time AND o.in_full)" : "")
        case .perfectOrder: return "o.on_time IS NOT NULL" + (misses ? " AND NOT (o.on_time AND o.in_full AND o.claim_count = 0)" : "")
        case .serviceDeficiency: return misses ? "o.claim_count > 0" : "1 = 1"
        case .serviceLevelByCount, .serviceLevelByTime: return due + (misses ? " AND o.reached_day IS NULL" : "")
        default: return "1 = 1"
        }
    }

    /// Whether any order was received in the period, so the dashboard has something to judge.
    static func anyReceived(in period: QualityPeriod, on db: any Database) async throws -> Bool {
        try await db.sql.raw("""
            SELECT 1 AS found FROM orders WHERE received_day >= \(bind: period.first.description) AND received_day <= \(bind: period.last.description) LIMIT 1
            """).first() != nil
    }

    struct OrderRow: Content {
        var id: UUID
        var number: String
        var client_id: UUID
        var client_name: String
        var status: String
        var received_day: String
        var promised_day: String?
        var reached_day: String?
        var unsatisfied_from_stock: Bool
        var on_time: Bool?
        var in_full: Bool?
        var expected_days: Int?
        var actual_days: Int?
        var claim_count: Int
        var cycle_seconds: Int?
    }

    static func orders(
        on db: any Database, parameters: QualityParameters, indicator: QualityIndicator?, cycle: Bool, misses: Bool, page: PageRequest
    ) async throws -> Page<OrderRow> {
        let filter = orderFilter(indicator, cycle: cycle, misses: misses, asOf: parameters.today)
        var after: SQLQueryString = ""
        if let cursor = page.after {
            after = " AND (o.received_day > \(bind: cursor.key) OR (o.received_day = \(bind: cursor.key) AND o.id > \(bind: cursor.id)))"
        }
        let query: SQLQueryString = """
        SELECT o.id, o.number, o.client_id, c.name AS client_name, o.status, o.received_day, o.promised_day, o.reached_day,
          o.unsatisfied_from_stock, o.on_time, o.in_full, o.expected_days, o.actual_days, o.claim_count, o.cycle_seconds
        FROM orders o JOIN clients c ON c.id = o.client_id
        WHERE o.received_day >= \(bind: parameters.period.first.description) AND o.received_day <= \(bind: parameters.period.last.description)
          AND \(unsafeRaw: filter)\(QualitySQL.restriction(parameters.selection))\(after)
        ORDER BY o.received_day, o.id
        LIMIT \(literal: page.limit + 1)
        """
        let rows = try await db.sql.raw(query).all(decoding: OrderRow.self)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(key: $0.received_day, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    struct RequestRow: Content {
        var id: UUID
        /// `change_request` or `claim`.
        var kind: String
        var order_id: UUID
        var order_number: String
        var status: String
        var satisfied: Bool?
        var created_at: Date
        var description: String
    }

    private struct StoredRequest: Decodable { var id: UUID; var order_id: UUID; var order_number: String; var status: String; var created_at: Date; var description: String }

    /// The requests flexibility F counts: order change requests made in the period (by day) or
    /// claims made in it (by moment in the company's calendar); `kind` chooses which list.
    static func requests(
        on db: any Database, parameters: QualityParameters, claims: Bool, page: PageRequest
    ) async throws -> Page<RequestRow> {
        var after: SQLQueryString = ""
        if let cursor = page.after, let at = cursor.moment {
            after = " AND (r.created_at > \(bind: at) OR (r.created_at = \(bind: at) AND r.id > \(bind: cursor.id)))"
        }
        let period: SQLQueryString = claims
            ? "r.created_at >= \(bind: parameters.calendar.start(of: parameters.period.first)) AND r.created_at < \(bind: parameters.calendar.start(of: parameters.period.last.adding(days: 1)))"
            : "r.created_day >= \(bind: parameters.period.first.description) AND r.created_day <= \(bind: parameters.period.last.description)"
        let query: SQLQueryString = """
        SELECT r.id, r.order_id, o.number AS order_number, r.status, r.created_at, r.description
        FROM \(unsafeRaw: claims ? "claims" : "order_change_requests") r JOIN orders o ON o.id = r.order_id
        WHERE \(period)\(QualitySQL.restriction(parameters.selection))\(after)
        ORDER BY r.created_at, r.id
        LIMIT \(literal: page.limit + 1)
        """
        let rows = try await db.sql.raw(query).all(decoding: StoredRequest.self)
        let items = rows.prefix(page.limit).map { row -> RequestRow in
            let satisfied: Bool? = switch row.status {
            case "satisfied", "resolved": true
            case "refused", "rejected": false
            default: nil
            }
            return RequestRow(
                id: row.id, kind: claims ? "claim" : "change_request",
                order_id: row.order_id, order_number: row.order_number,
                status: row.status, satisfied: satisfied, created_at: row.created_at,
                description: row.description)
        }
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    struct StockRow: Content {
        var product_id: UUID
        var sku: String
        var name: String
        var category: String
        var on_hand: Int
        var required: Int
        /// `min(1, on_hand / required)`: the item's term of N.
        var saturation: Double
    }

    private struct StoredStock: Decodable { var id: UUID; var sku: String; var name: String; var category: String; var on_hand: Int; var required_norm: Int }

    /// The items N averages over: every product with a required stock.
    static func stock(on db: any Database, category: String?, page: PageRequest) async throws -> Page<StockRow> {
        var filter: SQLQueryString = category.map { " AND p.category = \(bind: $0)" } ?? ""
        if let cursor = page.after { filter = filter + " AND (p.sku > \(bind: cursor.key) OR (p.sku = \(bind: cursor.key) AND p.id > \(bind: cursor.id)))" }
        let query: SQLQueryString = """
        SELECT p.id, p.sku, p.name, p.category, s.on_hand, s.required_norm
        FROM stock_items s JOIN products p ON p.id = s.product_id
        WHERE s.required_norm > 0\(filter)
        ORDER BY p.sku, p.id
        LIMIT \(literal: page.limit + 1)
        """
        let rows = try await db.sql.raw(query).all(decoding: StoredStock.self)
        let items = rows.prefix(page.limit).map { row -> StockRow in
            StockRow(product_id: row.id, sku: row.sku, name: row.name, category: row.category,
                     on_hand: row.on_hand, required: row.required_norm, saturation: min(1, Double(row.on_hand) / Double(row.required_norm)))
        }
        let next = rows.count > page.limit ? items.last.map { Cursor(key: $0.sku, id: $0.product_id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    struct ProductRow: Content {
        var product_id: UUID
        var sku: String
        var name: String
        var category: String
        /// In the range the firm supplies (K).
        var in_range: Bool
        var orders: Int
    }

    private struct StoredProduct: Decodable { var id: UUID; var sku: String; var name: String; var category: String; var active: Bool; var orders: Int }

    /// The kinds of product ordered in the period (C's H), each with whether it is in the range;
    /// products an import made are left out, as C leaves them out (their range was never stated).
    static func products(on db: any Database, parameters: QualityParameters, page: PageRequest) async throws -> Page<ProductRow> {
        var after: SQLQueryString = ""
        if let cursor = page.after { after = " AND (p.sku > \(bind: cursor.key) OR (p.sku = \(bind: cursor.key) AND p.id > \(bind: cursor.id)))" }
        let query: SQLQueryString = """
        SELECT p.id, p.sku, p.name, p.category, p.active, COUNT(DISTINCT o.id) AS orders
        FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id
        WHERE NOT p.imported AND o.received_day >= \(bind: parameters.period.first.description) AND o.received_day <= \(bind: parameters.period.last.description)\(QualitySQL.restriction(parameters.selection))\(after)
        GROUP BY p.id, p.sku, p.name, p.category, p.active
        ORDER BY p.sku, p.id
        LIMIT \(literal: page.limit + 1)
        """
        let rows = try await db.sql.raw(query).all(decoding: StoredProduct.self)
        let items = rows.prefix(page.limit).map { row in
            ProductRow(product_id: row.id, sku: row.sku, name: row.name, category: row.category, in_range: row.active, orders: row.orders)
        }
        let next = rows.count > page.limit ? items.last.map { Cursor(key: $0.sku, id: $0.product_id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
