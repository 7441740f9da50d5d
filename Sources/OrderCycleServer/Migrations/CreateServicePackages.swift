import Fluent

/// Subscription packages (DOMAIN §2.4, абонентский пакет): a monthly price and, in
/// `service_package_items`, the services included with their quantities per month.
struct CreateServicePackages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_packages")
            .id()
            .field("version", .int, .required)
            .field("code", .string, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("price_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
        try await database.schema("service_package_items")
            .id()
            .field("package_id", .uuid, .required, .references("service_packages", "id", onDelete: .cascade))
            .field("service_id", .uuid, .required, .references("services", "id"))
            .field("included_per_month", .int, .required)
            .unique(on: "package_id", "service_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_package_items").delete()
        try await database.schema("service_packages").delete()
    }
}
