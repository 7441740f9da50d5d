import Fluent

/// Gap-free document numbers (orders, invoices): a counter per series, advanced inside the
/// transaction that uses the number, so a rolled-back document leaves no hole.
struct CreateNumberSeries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("number_series")
            .field("name", .string, .identifier(auto: false))
            .field("next_value", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("number_series").delete()
    }
}
