import Fluent

struct CreateOrderLines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("order_lines")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("line_no", .int, .required)
            .field("product_id", .uuid, .required, .references("products", "id"))
            .field("quantity", .int, .required)
            .field("unit_price_minor", .int64, .required)
            .field("reserved_quantity", .int, .required)
            .unique(on: "order_id", "line_no")
            .create()
        try await database.sqlRaw("CREATE INDEX order_lines_product_idx ON order_lines (product_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("order_lines").delete()
    }
}
