import Fluent

/// How an order travels to the buyer (courier, road freight, "Second Class"…): free text, as each
/// company names its own methods. The service level and on-time share are compared across them.
struct UpdateOrdersAddDeliveryMethod: AsyncMigration {
    /// The name the schema history recorded it under when it shipped as `AddOrderDeliveryMethod`.
    var name: String { "OrderCycleServer.AddOrderDeliveryMethod" }

    func prepare(on database: any Database) async throws {
        try await database.schema("orders").field("delivery_method", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("orders").deleteField("delivery_method").update()
    }
}
