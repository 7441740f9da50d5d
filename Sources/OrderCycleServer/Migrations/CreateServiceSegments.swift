import Fluent

/// The segments a catalog service is open to (DOMAIN §4.1: service standards per segment); a
/// service with no row here is open to every segment.
struct CreateServiceSegments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_segments")
            .id()
            .field("service_id", .uuid, .required, .references("services", "id", onDelete: .cascade))
            .field("segment_id", .uuid, .required, .references("segments", "id", onDelete: .cascade))
            .unique(on: "service_id", "segment_id")
            .create()
        try await database.sqlRaw("CREATE INDEX service_segments_segment_idx ON service_segments (segment_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_segments").delete()
    }
}
