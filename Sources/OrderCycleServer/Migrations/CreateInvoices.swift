import Fluent

struct CreateInvoices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("invoices")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("number", .string, .required)
            .field("issued_at", .datetime, .required)
            .field("total_minor", .int64, .required)
            .field("currency", .string, .required)
            .unique(on: "number")
            .unique(on: "order_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("invoices").delete()
    }
}
