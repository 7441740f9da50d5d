import Fluent

/// Which users have a live page open, on any instance: incoming calls are routed by it. Rows of
/// an instance that died stop counting once their heartbeat is older than a minute and a half.
struct CreateLiveConnections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("live_connections")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("instance_id", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("seen_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX live_connections_user_idx ON live_connections (user_id, seen_at)")
        try await database.sqlRaw("CREATE INDEX live_connections_role_idx ON live_connections (role, seen_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("live_connections").delete()
    }
}
