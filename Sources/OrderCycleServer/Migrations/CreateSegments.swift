import Fluent

struct CreateSegments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("segments")
            .id()
            .field("version", .int, .required)
            .field("code", .string, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("internal", .bool, .required)
            .field("active", .bool, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("segments").delete()
    }
}
