import Fluent

/// A task's checklist: the steps it takes, in order, each ticked off by someone at some moment.
struct CreateTaskChecklistItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_checklist_items")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .field("done", .bool, .required)
            .field("done_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("done_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX task_checklist_items_task_idx ON task_checklist_items (task_id, position)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_checklist_items").delete()
    }
}
