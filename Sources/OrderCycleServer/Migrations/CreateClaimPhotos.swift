import Fluent

/// Photos a buyer or staff attach to a claim (damage, shortage). Kept in the database with the
/// claim, so a backup of one is a backup of both and no file store has to be run beside it.
struct CreateClaimPhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("claim_photos")
            .id()
            .field("claim_id", .uuid, .required, .references("claims", "id", onDelete: .cascade))
            .field("format", .string, .required)
            .field("bytes", .data, .required)
            .field("size", .int, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX claim_photos_claim_idx ON claim_photos (claim_id, created_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("claim_photos").delete()
    }
}
