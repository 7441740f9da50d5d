import Fluent

struct CreateIdempotencyKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("idempotency_keys")
            .id()
            .field("scope", .string, .required)
            .field("key", .string, .required)
            .field("fingerprint", .string, .required)
            .field("state", .string, .required)
            .field("status_code", .int)
            .field("response_body", .string)
            .field("location", .string)
            .field("etag", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "scope", "key")
            .create()
        try await database.sqlRaw("CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("idempotency_keys").delete()
    }
}
