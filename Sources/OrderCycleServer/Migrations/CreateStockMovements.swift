import Fluent

/// The stock ledger: every receipt, reservation, release, shipment and adjustment.
struct CreateStockMovements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stock_movements")
            .id()
            .field("product_id", .uuid, .required, .references("products", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("quantity", .int, .required)
            .field("order_id", .uuid)
            .field("at", .datetime, .required)
            .field("by_user_id", .uuid)
            .field("note", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX stock_movements_product_idx ON stock_movements (product_id, at)")
        try await database.sqlRaw("CREATE INDEX stock_movements_order_idx ON stock_movements (order_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stock_movements").delete()
    }
}
