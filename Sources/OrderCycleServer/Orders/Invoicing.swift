import Fluent
import Foundation
import SQLKit

/// Invoices are numbered in a yearly series without gaps (INV-2026-000001…).
enum Invoicing {
    static func issue(for order: Order, at: Date, on db: any Database) async throws {
        let year = Calendar(identifier: .gregorian).component(.year, from: at)
        let number = try await NumberSeries.next("INV-\(year)", on: db)
        try await db.sql.insert(into: "invoices")
            .columns("id", "order_id", "number", "issued_at", "total_minor", "currency")
            .values(SQLBind(UUID()), SQLBind(try order.requireID()), SQLBind(number), SQLBind(at), SQLBind(order.totalMinor), SQLBind(order.currency))
            .run()
    }
}
