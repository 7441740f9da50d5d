import Fluent

/// Images attached to a ticket (`message_id` null) or to one message of its thread, kept in the
/// database beside the ticket as claim photos are. An attachment on an internal note is read by
/// staff only, as the note is.
struct CreateTicketAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ticket_attachments")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("message_id", .uuid, .references("ticket_messages", "id", onDelete: .cascade))
            .field("format", .string, .required)
            .field("bytes", .data, .required)
            .field("size", .int, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id, created_at, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ticket_attachments").delete()
    }
}
