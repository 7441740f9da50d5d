import Fluent

/// The thread on a task.
struct CreateTaskComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_comments")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id", onDelete: .cascade))
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("author_label", .string, .required)
            .field("body", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX task_comments_task_idx ON task_comments (task_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_comments").delete()
    }
}
