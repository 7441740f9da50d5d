import FluentKit

extension Database {
    /// Runs a bulk load (the demo's orders, an imported history). On SQLite it holds a pooled
    /// connection of its own, whose settings it may widen and whose writes go alone rather than
    /// through the writer (`GroupCommit`), which keeps what it prepares and sorts in memory: right
    /// for a request's few rows, wrong for a million. On PostgreSQL it stays on the pool: the
    /// driver marks a held connection as already in a transaction, so `write` would open none.
    func bulkLoad<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        isPostgres ? try await body(self) : try await withConnection(body)
    }
}
