import Fluent

/// The company's branches (DOMAIN §2.5: a catalog of all branches, with a search for the nearest
/// one): names in both languages, the address and its coordinates, the working hours, phones and
/// the services offered, as JSON text (read whole with the branch, never queried inside). Notes
/// for staff stay off the public pages. An inactive branch is kept for history but not shown.
///
/// `branch_catalog_versions` holds one counter (row 1, written by the first change; none reads as
/// 0) that every change of a branch moves, in the same transaction: each app instance keeps the catalog's grid in memory and rebuilds it when the
/// counter it last read has moved, so every instance answers from the catalog as it stands.
struct CreateBranches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("branches")
            .id()
            .field("version", .int, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("address", .string, .required)
            .field("lat", .double, .required)
            .field("lon", .double, .required)
            .field("hours", .string, .required)
            .field("phones", .string, .required)
            .field("services", .string, .required)
            .field("internal_notes", .string)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX branches_name_idx ON branches (name_en, id)")
        try await database.schema("branch_catalog_versions")
            .field("id", .int, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("branch_catalog_versions").delete()
        try await database.schema("branches").delete()
    }
}
