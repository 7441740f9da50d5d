import Fluent

/// What happened that a person should know of (an order of their client shipped, a comment on
/// it, a claim, a task, a ticket), one row per person told, and the kinds each person chose not
/// to be told of. The text is not stored: it is worded in the reader's language when read.
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("subject", .string, .required)
            .field("detail", .string)
            .field("actor_label", .string, .required)
            .field("link", .string, .required)
            .field("at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        // A person's list, newest first, by keyset (at, id); their unread count from the unread rows only.
        try await database.sqlRaw("CREATE INDEX notifications_user_idx ON notifications (user_id, at, id)")
        try await database.sqlRaw("CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL")

        try await database.schema("notification_mutes")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .unique(on: "user_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notification_mutes").delete()
        try await database.schema("notifications").delete()
    }
}
