import Fluent

/// A ticket's thread: public replies (the client's and the company's) and internal notes that
/// only staff read. `from_client` tells the two sides apart for the SLA and the FCR count.
struct CreateTicketMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ticket_messages")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("author_label", .string, .required)
            .field("from_client", .bool, .required)
            .field("internal", .bool, .required)
            .field("text", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, at, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ticket_messages").delete()
    }
}
