import Fluent

/// The hotline chat: a client's conversation with the operators on duty, its messages (each
/// keyed by the id the sender's page made, so a message sent twice after a lost connection is
/// stored once), and the operators' "available for chats" mark.
struct CreateChats: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("chats")
            .id()
            .field("version", .int, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("opened_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("status", .string, .required)
            .field("operator_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("ticket_id", .uuid, .references("tickets", "id", onDelete: .setNull))
            .field("language", .string, .required)
            .field("topic", .string, .required)
            .field("last_seq", .int, .required)
            .field("client_read_seq", .int, .required)
            .field("operator_read_seq", .int, .required)
            .field("created_at", .datetime, .required)
            .field("accepted_at", .datetime)
            .field("closed_at", .datetime)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX chats_status_idx ON chats (status, created_at)")
        try await database.sqlRaw("CREATE INDEX chats_client_idx ON chats (client_id, created_at)")
        try await database.sqlRaw("CREATE INDEX chats_operator_idx ON chats (operator_id, status)")
        try await database.schema("chat_messages")
            .id()
            .field("chat_id", .uuid, .required, .references("chats", "id", onDelete: .cascade))
            .field("seq", .int, .required)
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("author_label", .string, .required)
            .field("from_client", .bool, .required)
            .field("internal", .bool, .required)
            .field("system", .bool, .required)
            .field("text", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE UNIQUE INDEX chat_messages_seq_idx ON chat_messages (chat_id, seq)")
        try await database.schema("chat_operators")
            .field("user_id", .uuid, .identifier(auto: false), .references("users", "id", onDelete: .cascade))
            .field("available", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("chat_operators").delete()
        try await database.schema("chat_messages").delete()
        try await database.schema("chats").delete()
    }
}
