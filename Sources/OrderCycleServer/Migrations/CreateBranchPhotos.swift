import Fluent

/// A branch's photo (the public page and the app show it): one per branch, kept in the database
/// beside the branch as claim photos are, so no file store runs beside it.
struct CreateBranchPhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("branch_photos")
            .field("branch_id", .uuid, .identifier(auto: false), .references("branches", "id", onDelete: .cascade))
            .field("format", .string, .required)
            .field("bytes", .data, .required)
            .field("size", .int, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("branch_photos").delete()
    }
}
