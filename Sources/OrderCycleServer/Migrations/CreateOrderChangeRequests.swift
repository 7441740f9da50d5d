import Fluent

/// A client's request to change an order (dates, quantities, recall): until the service
/// requests capability exists these and the claims are the requests that flexibility F counts.
struct CreateOrderChangeRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("order_change_requests")
            .id()
            .field("version", .int, .required)
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("client_id", .uuid, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("created_day", .string, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid)
            .create()
        try await database.sqlRaw("CREATE INDEX order_change_requests_order_idx ON order_change_requests (order_id)")
        try await database.sqlRaw("CREATE INDEX order_change_requests_day_idx ON order_change_requests (created_day)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("order_change_requests").delete()
    }
}
