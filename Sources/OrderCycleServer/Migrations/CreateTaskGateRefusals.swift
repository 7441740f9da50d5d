import Fluent

/// Every time the gate refused a pull or an assignment: whom it blocked, on which task, why —
/// the "times blocked" of the control figures.
struct CreateTaskGateRefusals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("task_gate_refusals")
            .id()
            .field("employee_id", .uuid, .required, .references("users", "id"))
            .field("actor_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("task_id", .uuid, .references("tasks", "id", onDelete: .setNull))
            .field("action", .string, .required)
            .field("code", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX task_gate_refusals_employee_idx ON task_gate_refusals (employee_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("task_gate_refusals").delete()
    }
}
