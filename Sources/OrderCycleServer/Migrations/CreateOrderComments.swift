import Fluent

/// The thread between buyer and supplier on each order (DOMAIN §3.3 item 7, feedback).
struct CreateOrderComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("order_comments")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("author_id", .uuid)
            .field("author_label", .string, .required)
            .field("from_client", .bool, .required)
            .field("body", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX order_comments_order_idx ON order_comments (order_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("order_comments").delete()
    }
}
