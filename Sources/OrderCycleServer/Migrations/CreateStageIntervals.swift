import Fluent

/// The actual times of the six stages of an order (DOMAIN §3.4); a skipped stage keeps its reason.
struct CreateStageIntervals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stage_intervals")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("started_at", .datetime)
            .field("finished_at", .datetime)
            .field("skipped", .bool, .required)
            .field("skip_reason", .string)
            .field("duration_seconds", .int64)
            .unique(on: "order_id", "stage")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stage_intervals").delete()
    }
}
