import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The nomenclature and its stock read in SQL: a product with its on-hand, reserved and
/// required quantities (a product without a stock row has none of each).
enum ProductQueries {
    private struct ProductRow: Decodable {
        var id: UUID
        var sku: String
        var name: String
        var category: String
        var unit: String
        var priceMinor: Int64
        var currency: String
        var isNew: Bool
        var madeToOrder: Bool
        var active: Bool
        var version: Int
        var onHand: Int?
        var reserved: Int?
        var requiredNorm: Int?

        var dto: ProductsAPI.ProductDTO {
            let onHand = onHand ?? 0, reserved = reserved ?? 0
            return ProductsAPI.ProductDTO(id: id, sku: sku, name: name, category: category, unit: unit, price_minor: priceMinor,
                                          currency: currency, is_new: isNew, made_to_order: madeToOrder, active: active,
                                          on_hand: onHand, reserved: reserved, available: onHand - reserved,
                                          required_norm: requiredNorm ?? 0, version: version)
        }
    }

    private static let select: SQLQueryString = """
        SELECT p.id, p.sku, p.name, p.category, p.unit, p.price_minor, p.currency, p.is_new, p.made_to_order, p.active, p.version,
               s.on_hand, s.reserved, s.required_norm
        FROM products p LEFT JOIN stock_items s ON s.product_id = p.id
        """

    /// One page of products by name, one row more than the page holds so the caller knows
    /// whether more follow. `search` matches a name prefix (folded) or an exact SKU.
    static func list(search: String?, page: PageRequest, on db: any Database) async throws -> [ProductsAPI.ProductDTO] {
        var sql = select + " WHERE 1 = 1"
        if let q = search, !q.isEmpty {
            let folded = Client.fold(q)
            sql = sql + " AND (p.search_name >= \(bind: folded) AND p.search_name < \(bind: folded + "\u{10FFFF}") OR p.sku = \(bind: q))"
        }
        if let after = page.after {
            sql = sql + " AND (p.search_name > \(bind: after.key) OR (p.search_name = \(bind: after.key) AND p.id > \(bind: after.id)))"
        }
        sql = sql + " ORDER BY p.search_name, p.id LIMIT \(literal: page.limit + 1)"
        return try await db.sql.raw(sql).all(decoding: ProductRow.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.dto)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> ProductsAPI.ProductDTO? {
        try await db.sql.raw(select + " WHERE p.id = \(bind: id)").first(decoding: ProductRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.dto
    }

    /// Active products whose name holds `search` anywhere (folded in Swift, so case and accents
    /// are ignored in every script: SQLite's LOWER folds ASCII only) or whose SKU starts with it
    /// in any case, by name: the order form's product picker.
    static func pick(search: String, limit: Int, on db: any Database) async throws -> [ProductsAPI.ProductDTO] {
        let folded = Client.fold(search)
        guard !folded.isEmpty else { return [] }
        let sku = search.trimmingCharacters(in: .whitespaces)
        // An SKU is compared as typed, upper-cased and lower-cased: PostgreSQL's LIKE heeds case.
        let sql = select + """
             WHERE p.active = \(bind: true) AND (p.search_name LIKE \(bind: "%" + likeEscaped(folded) + "%") ESCAPE '\\'
               OR p.sku LIKE \(bind: likeEscaped(sku) + "%") ESCAPE '\\' OR p.sku LIKE \(bind: likeEscaped(sku.uppercased()) + "%") ESCAPE '\\'
               OR p.sku LIKE \(bind: likeEscaped(sku.lowercased()) + "%") ESCAPE '\\')
             ORDER BY p.search_name, p.id LIMIT \(literal: limit)
            """
        return try await db.sql.raw(sql).all(decoding: ProductRow.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.dto)
    }

    /// `%`, `_` and the escape itself stand for themselves in a LIKE pattern.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// One movement of the stock ledger as the product card lists it.
    struct Movement: Decodable, Sendable {
        var id: UUID
        var kind: String
        var quantity: Int
        var at: Date
        var note: String?
        var orderId: UUID?
        var orderNumber: String?
        var byName: String?
    }

    /// The newest `limit` movements of one product, newest first.
    static func ledger(of product: UUID, limit: Int, on db: any Database) async throws -> [Movement] {
        try await db.sql.raw("""
            SELECT m.id, m.kind, m.quantity, m.at, m.note, m.order_id, o.number AS order_number, u.display_name AS by_name
            FROM stock_movements m LEFT JOIN orders o ON o.id = m.order_id LEFT JOIN users u ON u.id = m.by_user_id
            WHERE m.product_id = \(bind: product) ORDER BY m.at DESC, m.id DESC LIMIT \(literal: limit)
            """).all(decoding: Movement.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
