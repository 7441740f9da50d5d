import Fluent

/// Every agreed move of a task's deadline, with its reason and who agreed (DOMAIN §2.2: "no
/// agreement is forgotten"); a renegotiation is what lifts an overdue block, so it is kept.
struct CreateTaskDeadlineRenegotiations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_deadline_renegotiations")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id", onDelete: .cascade))
            .field("previous_deadline", .datetime, .required)
            .field("new_deadline", .datetime, .required)
            .field("reason", .string, .required)
            .field("agreed_by", .string, .required)
            .field("recorded_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX task_deadline_renegotiations_task_idx ON task_deadline_renegotiations (task_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_deadline_renegotiations").delete()
    }
}
