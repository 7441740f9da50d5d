import Fluent

/// The history of who was responsible for a client: every automatic assignment and every reassignment.
struct CreateManagerAssignments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("manager_assignments")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("from_manager_id", .uuid, .references("users", "id"))
            .field("to_manager_id", .uuid, .references("users", "id"))
            .field("reason", .string, .required)
            .field("by_user_id", .uuid)
            .field("at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX manager_assignments_client_idx ON manager_assignments (client_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("manager_assignments").delete()
    }
}
