import Fluent

/// Which segments each client manager serves (the pool for automatic assignment).
struct CreateManagerSegments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("manager_segments")
            .id()
            .field("manager_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("segment_id", .uuid, .required, .references("segments", "id", onDelete: .cascade))
            .unique(on: "manager_id", "segment_id")
            .create()
        try await database.sqlRaw("CREATE INDEX manager_segments_segment_idx ON manager_segments (segment_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("manager_segments").delete()
    }
}
