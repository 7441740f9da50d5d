import Fluent

/// Support tickets (DOMAIN §2.3): what the client asked, how urgent, whose it is, where it
/// stands, and its SLA as it was promised when it was opened (the targets and the calendar are
/// copied from the policy, so a later policy change never rewrites a promise already made).
///
/// `first_response_elapsed` and `resolution_elapsed` are the working seconds each promise took
/// once kept (the report's first-response and resolution times, counted on the ticket's own
/// calendar and without its pauses). `first_response_due` and `resolution_due` are the instants the breach scan watches, kept
/// with every change (NULL while a clock stands still or has stopped); `*_breached_at` is set
/// once, by the one scan that claims the breach. The indexes serve the operator queue (open
/// tickets by priority and age), a client's tickets (the cabinet, the call card's count), an
/// operator's own tickets, and the breach scan, which reads only the watched rows that are due.
struct CreateTickets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tickets")
            .id()
            .field("version", .int, .required)
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("subject", .string, .required)
            .field("description", .string)
            .field("priority", .string, .required)
            .field("category", .string)
            .field("status", .string, .required)
            .field("source", .string, .required)
            .field("assignee_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("creator_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("order_id", .uuid, .references("orders", "id", onDelete: .setNull))
            .field("claim_id", .uuid, .references("claims", "id", onDelete: .setNull))
            .field("call_id", .uuid, .references("calls", "id", onDelete: .setNull))
            .field("first_response_seconds", .int, .required)
            .field("resolution_seconds", .int, .required)
            .field("sla_calendar", .string, .required)
            .field("sla_time_zone", .string, .required)
            .field("first_response_due", .datetime)
            .field("resolution_due", .datetime)
            .field("first_response_at", .datetime)
            .field("resolved_at", .datetime)
            .field("closed_at", .datetime)
            .field("first_response_elapsed", .int)
            .field("resolution_elapsed", .int)
            .field("first_response_breached_at", .datetime)
            .field("resolution_breached_at", .datetime)
            .field("public_replies", .int, .required)
            .field("rating", .int)
            .field("rating_comment", .string)
            .field("rated_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX tickets_queue_idx ON tickets (status, priority, created_at, id)")
        try await database.sqlRaw("CREATE INDEX tickets_client_idx ON tickets (client_id, created_at, id)")
        try await database.sqlRaw("CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, status, created_at)")
        try await database.sqlRaw("CREATE INDEX tickets_created_idx ON tickets (created_at, id)")
        try await database.sqlRaw("""
            CREATE INDEX tickets_first_response_watch_idx ON tickets (first_response_due)
            WHERE first_response_due IS NOT NULL AND first_response_breached_at IS NULL
            """)
        try await database.sqlRaw("""
            CREATE INDEX tickets_resolution_watch_idx ON tickets (resolution_due)
            WHERE resolution_due IS NOT NULL AND resolution_breached_at IS NULL
            """)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tickets").delete()
    }
}
