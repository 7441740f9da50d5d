import Fluent

/// The nomenclature. Stage norms (hours) seed each order's execution plan; a new product needs technical preparation.
struct CreateProducts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("products")
            .id()
            .field("version", .int, .required)
            .field("sku", .string, .required)
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("category", .string, .required)
            .field("unit", .string, .required)
            .field("price_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("is_new", .bool, .required)
            .field("made_to_order", .bool, .required)
            .field("norm_hours", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "sku")
            .create()
        try await database.sqlRaw("CREATE INDEX products_search_idx ON products (search_name, id)")
        try await database.sqlRaw("CREATE INDEX products_category_idx ON products (category, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("products").delete()
    }
}
