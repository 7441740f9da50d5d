import Fluent

/// On SQLite, loading a long history (the demo's orders, an imported history) builds indexes that
/// outgrow the default 2 MB page cache many times over: every insert re-reads index pages from
/// the file, and a long transaction spills its dirty pages to the WAL midway. A larger cache for
/// the loading connection keeps them in memory; the server's own size comes back afterwards.
enum BulkLoadCache {
    /// The server's page cache, SQLite's default.
    static let serverKiB = 2_000

    /// Sets the connection's page cache to `kibibytes` while loading, back to the server's after.
    static func set(_ kibibytes: Int?, on conn: any Database) async throws {
        guard !conn.isPostgres else { return }
        try await conn.sqlRaw("PRAGMA cache_size = -\(kibibytes ?? serverKiB)")
    }

    /// Runs `body` with the connection's page cache at `kibibytes`, and gives the server's back
    /// whether it succeeds or fails.
    static func widened<T>(to kibibytes: Int, on conn: any Database, _ body: () async throws -> T) async throws -> T {
        try await set(kibibytes, on: conn)
        return try await givingBack({ try await set(nil, on: conn) }, after: body)
    }
}
