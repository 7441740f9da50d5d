import Fluent

/// A return or an exchange names the goods it is about: a product of its order and how many.
/// When the request is done they come back into stock (and, for an exchange, the replacement
/// goes out) through the stock ledger.
struct UpdateServiceRequestsAddGoods: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("service_requests").field("product_id", .uuid, .references("products", "id")).update()
        try await database.schema("service_requests").field("quantity", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_requests").deleteField("quantity").update()
        try await database.schema("service_requests").deleteField("product_id").update()
    }
}
