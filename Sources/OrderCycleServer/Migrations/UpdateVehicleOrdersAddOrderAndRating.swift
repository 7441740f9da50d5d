import Fluent

/// A vehicle order may carry an order of the cycle to its buyer (`order_id`): its times then
/// count as that order's delivery stage. The client rates a delivered vehicle order, 1 to 5 with
/// a comment, as it rates an order.
struct UpdateVehicleOrdersAddOrderAndRating: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema("vehicle_orders").field("order_id", .uuid).update()
        try await database.schema("vehicle_orders").field("rating", .int).update()
        try await database.schema("vehicle_orders").field("rating_comment", .string).update()
        try await database.schema("vehicle_orders").field("rated_at", .datetime).update()
        try await database.sqlRaw("CREATE INDEX vehicle_orders_order_idx ON vehicle_orders (order_id) WHERE order_id IS NOT NULL")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX vehicle_orders_order_idx")
        for field in ["rated_at", "rating_comment", "rating", "order_id"] {
            try await database.schema("vehicle_orders").deleteField(.string(field)).update()
        }
    }
}
