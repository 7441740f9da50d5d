import Fluent

/// The fleet's drivers, with the phone a client calls once the vehicle is on its way.
struct CreateDrivers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("drivers")
            .id()
            .field("version", .int, .required)
            .field("name", .string, .required)
            .field("phone", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("drivers").delete()
    }
}
