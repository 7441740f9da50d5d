import Fluent
import FluentSQL

/// One balance row per product. The CHECKs are the last line of defence: stock can never go
/// negative nor be over-reserved, whatever a bug or a race might try.
struct CreateStockItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stock_items")
            .id()
            .field("version", .int, .required)
            .field("product_id", .uuid, .required, .references("products", "id", onDelete: .cascade))
            .field("on_hand", .int, .required)
            .field("reserved", .int, .required)
            .field("required_norm", .int, .required)
            .unique(on: "product_id")
            .constraint(.constraint(.sql(unsafeRaw: "CHECK (on_hand >= 0)"), name: "stock_on_hand_not_negative"))
            .constraint(.constraint(.sql(unsafeRaw: "CHECK (reserved >= 0 AND reserved <= on_hand)"), name: "stock_reserved_within_on_hand"))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stock_items").delete()
    }
}
