import Fluent

/// The people who work on a task beside its one responsible person.
struct CreateTaskCoworkers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_coworkers")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .unique(on: "task_id", "user_id")
            .create()
        try await database.sqlRaw("CREATE INDEX task_coworkers_user_idx ON task_coworkers (user_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_coworkers").delete()
    }
}
