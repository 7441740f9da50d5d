import Fluent
import SQLKit

/// Marks the facts an order history import brought in rather than OrderCycle recorded: imported
/// orders (never placed against stock by the system), their claims (whose decision the history
/// may not give) and the products the import made (whose place in the range was never stated).
/// The quality figures leave out what such facts cannot tell, rather than reading it as perfect.
struct UpdateOrdersAddImported: AsyncMigration {
    static let tables = ["orders", "claims", "products"]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).field("imported", .bool, .required, .sql(.default(false))).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables.reversed() {
            try await database.schema(table).deleteField("imported").update()
        }
    }
}
