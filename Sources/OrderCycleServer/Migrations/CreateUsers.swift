import Fluent

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("client_id", .uuid)
            .field("phone", .string)
            .field("language", .string)
            .field("active", .bool, .required)
            .unique(on: "email")
            .create()
        try await database.sqlRaw("CREATE INDEX users_role_idx ON users (role, display_name, id)")
        try await database.sqlRaw("CREATE INDEX users_client_idx ON users (client_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
