import Fluent

struct CreateManagerAbsences: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("manager_absences")
            .id()
            .field("version", .int, .required)
            .field("manager_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("deputy_id", .uuid, .references("users", "id"))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("note", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX manager_absences_manager_idx ON manager_absences (manager_id, ends_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("manager_absences").delete()
    }
}
