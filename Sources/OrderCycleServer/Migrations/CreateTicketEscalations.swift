import Fluent

/// Each SLA breach of a ticket and whom it was escalated to (the assignee's supervisor, else the
/// lead on duty, else nobody named: the administrators). One per ticket and promise (`kind`:
/// `first_response` or `resolution`), the unique key a second guard behind the scan's claim.
struct CreateTicketEscalations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ticket_escalations")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("level", .int, .required)
            .field("to_user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("due", .datetime, .required)
            .field("at", .datetime, .required)
            .unique(on: "ticket_id", "kind")
            .create()
        try await database.sqlRaw("CREATE INDEX ticket_escalations_at_idx ON ticket_escalations (at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ticket_escalations").delete()
    }
}
