import Fluent

/// Every reminder sent before a task's deadline: to whom, for which deadline in force, when.
/// One per task and deadline (the unique key), so a reminder goes out once however many
/// instances look, and again only when the deadline is renegotiated to a new one.
///
/// `tasks_open_deadline_idx` lets the reminder job find the open tasks whose deadline comes
/// within the lead time without reading the others.
struct CreateTaskReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_reminders")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("deadline", .datetime, .required)
            .field("at", .datetime, .required)
            .unique(on: "task_id", "deadline")
            .create()
        try await database.sqlRaw("CREATE INDEX task_reminders_user_idx ON task_reminders (user_id, at)")
        try await database.sqlRaw("CREATE INDEX tasks_open_deadline_idx ON tasks (deadline, id) WHERE status <> 'done'")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX IF EXISTS tasks_open_deadline_idx")
        try await database.schema("task_reminders").delete()
    }
}
