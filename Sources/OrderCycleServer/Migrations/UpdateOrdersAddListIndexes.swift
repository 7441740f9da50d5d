import Fluent

/// Indexes that keep the order lists fast at a million orders: the list filtered by status,
/// newest first, read straight off an index; and the portfolio, whose open orders are a few
/// percent of all — a partial index over them alone holds every column the portfolio groups,
/// filters and sorts by, so neither its totals nor its most urgent orders touch the table.
struct UpdateOrdersAddListIndexes: AsyncMigration {
    /// The name the schema history recorded it under when it shipped as `AddOrderListIndexes`.
    var name: String { "OrderCycleServer.AddOrderListIndexes" }

    /// The open orders, as the partial index names them. The portfolio filters by this very
    /// text: the planners use the index only for a query whose filter matches it term for term.
    static let openOrders = "status IN ('received','placed','invoiced','picked','dispatched')"

    func prepare(on database: any Database) async throws {
        try await database.sqlRaw("CREATE INDEX orders_status_created_idx ON orders (status, created_at, id)")
        try await database.sqlRaw("""
            CREATE INDEX orders_portfolio_idx ON orders
            (status, promised_day, priority_rank, priority, segment_id, manager_id, client_id, total_minor, id) WHERE \(Self.openOrders)
            """)
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP INDEX orders_portfolio_idx")
        try await database.sqlRaw("DROP INDEX orders_status_created_idx")
    }
}
