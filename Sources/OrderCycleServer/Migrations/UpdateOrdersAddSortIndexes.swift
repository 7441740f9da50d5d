import Fluent

/// Indexes that read the orders list in the order of any column it sorts by (total, priority,
/// status, promised date; the number has its unique index, the creation moment its own), so a
/// page of a million orders sorted by total is an index walk, not a sort of the table.
struct UpdateOrdersAddSortIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for index in [
            "CREATE INDEX orders_total_sort_idx ON orders (total_minor, id)",
            "CREATE INDEX orders_priority_sort_idx ON orders (priority_rank, id)",
            "CREATE INDEX orders_status_sort_idx ON orders (status, id)",
            "CREATE INDEX orders_promised_sort_idx ON orders ((COALESCE(promised_day, '')), id)",
        ] { try await database.sqlRaw(index) }
    }

    func revert(on database: any Database) async throws {
        for name in ["orders_promised_sort_idx", "orders_status_sort_idx", "orders_priority_sort_idx", "orders_total_sort_idx"] {
            try await database.sqlRaw("DROP INDEX \(name)")
        }
    }
}
