import Fluent

/// Which package a client is on, from which day to which (both inclusive, dates in the company's
/// time zone; an open end runs until ended). Changing the package ends one row the day before the
/// new one starts, so the history stays whole; `ends_on` moves to end or renew one.
struct CreateSubscriptions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("subscriptions")
            .id()
            .field("version", .int, .required)
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("package_id", .uuid, .required, .references("service_packages", "id"))
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX subscriptions_client_idx ON subscriptions (client_id, starts_on)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("subscriptions").delete()
    }
}
