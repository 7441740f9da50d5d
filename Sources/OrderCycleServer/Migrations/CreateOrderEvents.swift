import Fluent

/// The status history: who moved the order, from what, to what, when, and why.
struct CreateOrderEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("order_events")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("at", .datetime, .required)
            .field("by_user_id", .uuid)
            .field("by_label", .string, .required)
            .field("reason", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX order_events_order_idx ON order_events (order_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("order_events").delete()
    }
}
