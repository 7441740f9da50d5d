import Fluent

/// SLA targets per priority × segment (DOMAIN §2.3 Decision): first-response and resolution
/// targets in seconds of working time, and the calendar they are counted on, written as its code
/// (`24x7`, or office hours with holidays). `segment_key` is the segment's id, or `*` for the
/// policy that applies to every segment without its own, so that one unique key covers both on
/// SQLite and PostgreSQL alike (a NULL would never collide).
struct CreateSLAPolicies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sla_policies")
            .id()
            .field("version", .int, .required)
            .field("segment_id", .uuid, .references("segments", "id", onDelete: .cascade))
            .field("segment_key", .string, .required)
            .field("priority", .string, .required)
            .field("first_response_seconds", .int, .required)
            .field("resolution_seconds", .int, .required)
            .field("calendar", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "segment_key", "priority")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sla_policies").delete()
    }
}
