import Fluent

/// The call log: every call the telephone exchange reported, whom it was routed to and how it ended.
struct CreateCalls: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calls")
            .id()
            .field("version", .int, .required)
            .field("exchange_call_id", .string, .required)
            .field("caller", .string, .required)
            .field("caller_e164", .string)
            .field("called", .string)
            .field("client_id", .uuid, .references("clients", "id", onDelete: .setNull))
            .field("manager_id", .uuid, .references("users", "id"))
            .field("routed_to_id", .uuid, .references("users", "id"))
            .field("routed_kind", .string, .required)
            .field("started_at", .datetime, .required)
            .field("answered_by_id", .uuid, .references("users", "id"))
            .field("duration_seconds", .int)
            .field("outcome", .string)
            .field("note", .string)
            .field("completed_at", .datetime)
            .unique(on: "exchange_call_id")
            .create()
        try await database.sqlRaw("CREATE INDEX calls_client_idx ON calls (client_id, started_at)")
        try await database.sqlRaw("CREATE INDEX calls_routed_idx ON calls (routed_to_id, outcome)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calls").delete()
    }
}
