import Fluent

/// Claims on orders (returns included) — what the service deficiency indicator Y counts.
struct CreateClaims: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("claims")
            .id()
            .field("version", .int, .required)
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("client_id", .uuid, .required)
            .field("reason", .string, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("resolution", .string)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("resolved_at", .datetime)
            .create()
        try await database.sqlRaw("CREATE INDEX claims_order_idx ON claims (order_id)")
        try await database.sqlRaw("CREATE INDEX claims_status_idx ON claims (status, created_at, id)")
        try await database.sqlRaw("CREATE INDEX claims_client_idx ON claims (client_id, created_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("claims").delete()
    }
}
