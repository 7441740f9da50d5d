import Fluent
import Foundation
import SQLKit

/// What a client may name in its cabinet's request form: its recent orders (for a change, a
/// claim, a return or an exchange) and the goods on those that have left the warehouse (for a
/// return or an exchange), newest order first.
enum ClientGoodsQueries {
    struct OrderChoice: Sendable { var id: UUID; var number: String; var status: String }
    struct GoodsChoice: Sendable { var orderID: UUID; var number: String; var productID: UUID; var sku: String; var name: String; var quantity: Int }

    static func orders(of clientID: UUID, limit: Int = 50, on db: any Database) async throws -> [OrderChoice] {
        try await db.sql.raw("""
            SELECT id, number, status FROM orders WHERE client_id = \(bind: clientID) ORDER BY created_at DESC, id DESC LIMIT \(literal: limit)
            """).all().map {
            OrderChoice(id: try $0.decode(column: "id", as: UUID.self), number: try $0.decode(column: "number", as: String.self),
                        status: try $0.decode(column: "status", as: String.self))
        }
    }

    /// The goods of the client's latest dispatched, delivered or accepted orders, one row per
    /// order and product with the quantity the order had.
    static func returnable(of clientID: UUID, orders limit: Int = 20, on db: any Database) async throws -> [GoodsChoice] {
        try await db.sql.raw("""
            SELECT o.id AS order_id, o.number, p.id AS product_id, p.sku, p.name, CAST(SUM(l.quantity) AS BIGINT) AS quantity
            FROM (SELECT id, number, created_at FROM orders WHERE client_id = \(bind: clientID) AND status IN ('dispatched', 'delivered', 'accepted')
                  ORDER BY created_at DESC, id DESC LIMIT \(literal: limit)) o
            JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id
            GROUP BY o.id, o.number, o.created_at, p.id, p.sku, p.name
            ORDER BY o.created_at DESC, o.id, p.sku
            """).all().map {
            GoodsChoice(orderID: try $0.decode(column: "order_id", as: UUID.self), number: try $0.decode(column: "number", as: String.self),
                        productID: try $0.decode(column: "product_id", as: UUID.self), sku: try $0.decode(column: "sku", as: String.self),
                        name: try $0.decode(column: "name", as: String.self), quantity: try $0.decode(column: "quantity", as: Int.self))
        }
    }
}
