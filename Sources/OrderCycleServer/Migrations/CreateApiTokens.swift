import Fluent

struct CreateApiTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            .id()
            .field("version", .int, .required)
            .field("token_hash", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("role", .string, .required)
            .field("user_id", .uuid, .references("users", "id", onDelete: .cascade))
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.sqlRaw("CREATE INDEX api_tokens_kind_idx ON api_tokens (kind, created_at, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
