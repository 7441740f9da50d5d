import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What a new order reads of its client and products.
extension OrderDraft {
    /// What a new order takes from its client, read by SQL: every order reads it.
    struct Orderer: Decodable, Sendable {
        var id: UUID
        var name: String
        var segment_id: UUID
        var manager_id: UUID?
        /// Read as text: a kind this release does not know counts as external.
        var kind: String
        var active: Bool

        static func find(_ id: UUID, on db: any Database) async throws -> Orderer? {
            try await db.sql.raw("SELECT id, name, segment_id, manager_id, kind, active FROM clients WHERE id = \(bind: id)").first(decoding: Orderer.self)
        }
    }

    /// What a line takes from its product, read by SQL: every order reads its products.
    struct Offered: Decodable, Sendable {
        var id: UUID
        var sku: String
        var name: String
        var price_minor: Int64
        var currency: String
        var made_to_order: Bool

        static func active(ids: [UUID], on db: any Database) async throws -> [Offered] {
            try await db.sql.raw("""
                SELECT id, sku, name, price_minor, currency, made_to_order FROM products WHERE active = \(bind: true) AND id IN (\(binds: ids))
                """).all(decoding: Offered.self)
        }

        static func active(skus: [String], on db: any Database) async throws -> [Offered] {
            try await db.sql.raw("""
                SELECT id, sku, name, price_minor, currency, made_to_order FROM products WHERE active = \(bind: true) AND sku IN (\(binds: skus))
                """).all(decoding: Offered.self)
        }
    }
}
