import Fluent

/// An order split because stock could not cover it points at the order it came from, so both
/// pages link to each other and the remainder's cycle is read against the original request.
struct UpdateOrdersAddSplitFrom: AsyncMigration {
    /// The name the schema history recorded it under when it shipped as `AddOrderSplits`.
    var name: String { "OrderCycleServer.AddOrderSplits" }

    func prepare(on database: any Database) async throws {
        try await database.schema("orders").field("split_from_id", .uuid).update()
        try await database.sqlRaw("CREATE INDEX orders_split_from_idx ON orders (split_from_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX orders_split_from_idx")
        try await database.schema("orders").deleteField("split_from_id").update()
    }
}
