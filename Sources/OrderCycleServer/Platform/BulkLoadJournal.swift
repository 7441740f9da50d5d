import Fluent
import SQLKit

/// On SQLite, a load that writes a large part of its database (an imported history) writes every
/// page twice in WAL mode: once to the log, and again when the log is copied into the file after
/// the commit. With a rollback journal, a page that is new to the file is written once, and only
/// pages the file already held are journaled first. The transaction stays all or nothing, and its
/// commit as durable: a crash leaves a journal that the next opening rolls back.
///
/// The journal can leave WAL mode only while no other connection reads the file (another process
/// serving it, say); then the load keeps the WAL. Either way the WAL is back when the load ends,
/// and `prepareStorage` sets it again at every start should a crash come between.
enum BulkLoadJournal {
    /// Runs `body` on `conn` with a rollback journal when the file can take one, and in WAL mode
    /// otherwise; `conn` must be a connection of its own, outside any transaction.
    static func withoutWAL<T>(on conn: any Database, _ body: () async throws -> T) async throws -> T {
        guard !conn.isPostgres, await journal("DELETE", on: conn) == "delete" else { return try await body() }
        // Should the file refuse the WAL back, the next start (`prepareStorage`) sets it.
        return try await givingBack({ _ = await journal("WAL", on: conn) }, after: body)
    }

    /// The journal mode in force after asking for `mode`; nil when the file refused the change
    /// (another connection has it open).
    private static func journal(_ mode: String, on conn: any Database) async -> String? {
        try? await conn.sql.raw("PRAGMA journal_mode = \(unsafeRaw: mode)").first(decodingColumn: "journal_mode", as: String.self)
    }
}
