import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes stock only through the ledger: each change is one conditional UPDATE of the balance
/// (which cannot take stock below zero or reserve more than is on hand, even under concurrent
/// orders — the row lock on PostgreSQL, the write lock on SQLite) plus one movement row.
enum StockLedger {
    /// The balance of `product` cannot take the change: a movement larger than the stock, or a
    /// reserve the ledger does not hold (the edge names the product's SKU).
    struct Insufficient: Error { var product: UUID }

    /// The one order in which a transaction takes several stock rows (by product id): two
    /// orders naming the same products in another line order then queue instead of deadlocking.
    static func inLockOrder<T>(_ items: [T], product: (T) -> UUID) -> [T] {
        items.sorted { product($0).uuidString < product($1).uuidString }
    }

    /// Reserves as much of `quantity` as is available, up to all of it; returns what was reserved.
    static func reserve(product: UUID, upTo quantity: Int, order: UUID, by actor: UUID?, now: Date, on db: any Database) async throws -> Int {
        try await reserve([product: quantity], order: order, by: actor, now: now, on: db)[product] ?? 0
    }

    /// Reserves as much of each product's wanted quantity as is available, for many products in
    /// a few statements whatever their number: their balances read and locked in the one lock
    /// order (`FOR UPDATE` on PostgreSQL; SQLite's write lock is the transaction's already), one
    /// UPDATE of every balance that gives, one movement row each. Answers what was reserved, by
    /// product; a product without stock or a stock row reserves nothing.
    static func reserve(_ wanted: [UUID: Int], order: UUID, by actor: UUID?, now: Date, on db: any Database) async throws -> [UUID: Int] {
        var taken: [UUID: Int] = [:]
        let products = inLockOrder(Array(wanted.keys), product: { $0 })
        for start in stride(from: 0, to: products.count, by: 500) {
            let some = Array(products[start..<min(start + 500, products.count)])
            let lock = db.isPostgres ? " ORDER BY product_id FOR UPDATE" : ""
            let rows = try await db.sql.raw("SELECT product_id, on_hand, reserved FROM stock_items WHERE product_id IN (\(binds: some))\(unsafeRaw: lock)").all()
            var takes: [(product: UUID, quantity: Int)] = []
            for row in rows {
                let product = try row.decode(column: "product_id", as: UUID.self)
                let balance = StockBalance(onHand: try row.decode(column: "on_hand", as: Int.self), reserved: try row.decode(column: "reserved", as: Int.self))
                let take = min(wanted[product] ?? 0, balance.available)
                if take > 0 { takes.append((product, take)) }
            }
            guard !takes.isEmpty else { continue }
            let values = SQLList(takes.map { SQLGroupExpression([SQLBind($0.product), SQLBind($0.quantity)]) })
            let updated = try await db.sql.raw("""
                WITH take (product_id, quantity) AS (VALUES \(values))
                UPDATE stock_items SET reserved = reserved + take.quantity, version = version + 1 FROM take
                WHERE stock_items.product_id = take.product_id AND stock_items.on_hand - stock_items.reserved >= take.quantity
                RETURNING stock_items.product_id
                """).all()
            // The balances were read under the lock this transaction holds: none can have moved.
            guard updated.count == takes.count else { throw Insufficient(product: takes[0].product) }
            try await record(.reservation, takes, order: order, by: actor, note: nil, now: now, on: db)
            for take in takes { taken[take.product] = take.quantity }
        }
        return taken
    }

    static func release(product: UUID, quantity: Int, order: UUID, by actor: UUID?, now: Date, on db: any Database) async throws {
        guard quantity > 0 else { return }
        let updated = try await db.sql.raw("""
            UPDATE stock_items SET reserved = reserved - \(bind: quantity), version = version + 1
            WHERE product_id = \(bind: product) AND reserved >= \(bind: quantity) RETURNING reserved
            """).first()
        guard updated != nil else { throw Insufficient(product: product) }
        try await record(.release, product: product, quantity: quantity, order: order, by: actor, note: nil, now: now, on: db)
    }

    /// Ships reserved goods: they leave both the reserve and the stock on hand.
    static func ship(product: UUID, quantity: Int, order: UUID, by actor: UUID?, now: Date, on db: any Database) async throws {
        guard quantity > 0 else { return }
        let updated = try await db.sql.raw("""
            UPDATE stock_items SET on_hand = on_hand - \(bind: quantity), reserved = reserved - \(bind: quantity), version = version + 1
            WHERE product_id = \(bind: product) AND reserved >= \(bind: quantity) AND on_hand >= \(bind: quantity) RETURNING on_hand
            """).first()
        guard updated != nil else { throw Insufficient(product: product) }
        try await record(.shipment, product: product, quantity: quantity, order: order, by: actor, note: nil, now: now, on: db)
    }

    /// Goods received into stock (positive) or a counted correction (either sign).
    static func receive(product: UUID, quantity: Int, kind: StockMovementKind = .receipt, by actor: UUID?, note: String?, now: Date, on db: any Database) async throws {
        let updated = try await db.sql.raw("""
            UPDATE stock_items SET on_hand = on_hand + \(bind: quantity), version = version + 1
            WHERE product_id = \(bind: product) AND on_hand + \(bind: quantity) >= reserved RETURNING on_hand
            """).first()
        if updated == nil {
            if try await balance(of: product, on: db) != nil || quantity < 0 { throw Insufficient(product: product) }
            try await StockItem(productID: product, onHand: quantity, requiredNorm: 0).create(on: db)
        }
        try await record(kind, product: product, quantity: quantity, order: nil, by: actor, note: note, now: now, on: db)
        try await stockKnown([product], on: db)
    }

    /// The stock of `products` is now known through OrderCycle — a receipt or a counted
    /// adjustment, or an order placed against them — so a product an import made because a
    /// history sold it has from now on a stated place in the range and counts in coverage C
    /// (DOMAIN §4.4, indicator 3: K is the range the firm can supply). One statement, whatever the count.
    static func stockKnown(_ products: [UUID], on db: any Database) async throws {
        for start in stride(from: 0, to: products.count, by: 500) {
            let ids = Array(products[start..<min(start + 500, products.count)])
            try await db.sql.raw("UPDATE products SET imported = \(bind: false) WHERE imported AND id IN (\(binds: ids))").run()
        }
    }

    /// Sets the reserve of `product` to `target` (raising the stock on hand to it first if
    /// needed), recording each change as a movement: for generated data whose orders were
    /// written without going through the ledger.
    static func reconcile(product: UUID, reserved target: Int, by actor: UUID?, note: String, now: Date, on db: any Database) async throws {
        guard let balance = try await balance(of: product, on: db) else {
            guard target > 0 else { return }
            try await receive(product: product, quantity: target, by: actor, note: note, now: now, on: db)
            return try await reconcile(product: product, reserved: target, by: actor, note: note, now: now, on: db)
        }
        if balance.onHand < target {
            try await receive(product: product, quantity: target - balance.onHand, by: actor, note: note, now: now, on: db)
        }
        let change = target - balance.reserved
        guard change != 0 else { return }
        try await db.sql.raw("""
            UPDATE stock_items SET reserved = \(bind: target), version = version + 1 WHERE product_id = \(bind: product)
            """).run()
        try await record(change > 0 ? .reservation : .release, product: product, quantity: abs(change), order: nil, by: actor, note: note, now: now, on: db)
    }

    private struct BalanceRow: Decodable { var onHand: Int; var reserved: Int }

    static func balance(of product: UUID, on db: any Database) async throws -> StockBalance? {
        guard let row = try await db.sql.raw("SELECT on_hand, reserved FROM stock_items WHERE product_id = \(bind: product)")
            .first(decoding: BalanceRow.self, keyDecodingStrategy: .convertFromSnakeCase) else { return nil }
        return StockBalance(onHand: row.onHand, reserved: row.reserved)
    }

    private static func record(_ kind: StockMovementKind, product: UUID, quantity: Int, order: UUID?, by actor: UUID?, note: String?, now: Date, on db: any Database) async throws {
        try await record(kind, [(product, quantity)], order: order, by: actor, note: note, now: now, on: db)
    }

    /// One movement row per product, in one statement.
    private static func record(_ kind: StockMovementKind, _ moves: [(product: UUID, quantity: Int)], order: UUID?, by actor: UUID?, note: String?,
                               now: Date, on db: any Database) async throws {
        let insert = db.sql.insert(into: "stock_movements").columns("id", "product_id", "kind", "quantity", "order_id", "at", "by_user_id", "note")
        for move in moves {
            insert.values(SQLBind(UUID()), SQLBind(move.product), SQLBind(kind.rawValue), SQLBind(move.quantity), SQLBind(order), SQLBind(now),
                          SQLBind(actor), SQLBind(note))
        }
        try await insert.run()
    }
}
