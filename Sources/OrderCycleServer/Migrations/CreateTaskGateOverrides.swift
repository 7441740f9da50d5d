import Fluent

/// A supervisor's once-only permission for a blocked employee to take one task despite overdue
/// work, with its reason, and the pull or assignment that used it.
struct CreateTaskGateOverrides: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_gate_overrides")
            .id()
            .field("supervisor_id", .uuid, .required, .references("users", "id"))
            .field("employee_id", .uuid, .required, .references("users", "id"))
            .field("reason", .string, .required)
            .field("created_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("used_task_id", .uuid, .references("tasks", "id", onDelete: .setNull))
            .field("used_for", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX task_gate_overrides_employee_idx ON task_gate_overrides (employee_id, used_at, created_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_gate_overrides").delete()
    }
}
