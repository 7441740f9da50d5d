import Fluent

/// Indexes that lead with a roll-up row's year (`substr(month, 1, 4)`), for a year's dashboard
/// with its twelve years of trend: grouped by year, client and product (the clients' kinds) or by
/// year, category and client (the categories' tallies), SQLite reads the rows in the index's
/// order and aggregates as it goes, where it sorted hundreds of thousands of rows per request.
/// PostgreSQL hashes such groups whatever the order, so it needs none of them.
struct UpdateQualityRollupsAddYearIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        for statement in Self.sqlite { try await database.sqlRaw(statement) }
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        for index in ["quality_client_kind_months_year_idx", "quality_category_months_year_idx"] {
            try await database.sqlRaw("DROP INDEX IF EXISTS \(index)")
        }
    }

    static let sqlite: [String] = [
        // Covering: a year's kinds are read from the index alone.
        "CREATE INDEX quality_client_kind_months_year_idx ON quality_client_kind_months (substr(month, 1, 4), client_id, product_id, month, lines)",
        "CREATE INDEX quality_category_months_year_idx ON quality_category_months (substr(month, 1, 4), category, client_id)",
    ]
}
