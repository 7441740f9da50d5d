import Fluent

/// The catalog of the personal service department (DOMAIN §4.1): each service with its kind,
/// its phase of the sale, its standard time (the norm η by time counts), its unit and price. A
/// retired service stays, inactive, so that the requests that name it keep their history.
struct CreateServices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("services")
            .id()
            .field("version", .int, .required)
            .field("code", .string, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("kind", .string, .required)
            .field("phase", .string, .required)
            .field("standard_minutes", .int, .required)
            .field("unit", .string, .required)
            .field("price_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("services").delete()
    }
}
