import Fluent

/// The periods a ticket's SLA clocks stood still: while waiting for the client, and while it was
/// resolved before a reopening. `ended_at` is NULL while the pause lasts.
struct CreateTicketPauses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ticket_pauses")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("reason", .string, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime)
            .create()
        try await database.sqlRaw("CREATE INDEX ticket_pauses_ticket_idx ON ticket_pauses (ticket_id, started_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ticket_pauses").delete()
    }
}
