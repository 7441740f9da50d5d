import Fluent
import Foundation

/// At the end of a bulk load SQLite sorts millions of rows: to make each dropped index again and
/// to group the rows the roll-ups sum. By default one thread sorts; with helper threads, one per
/// core, the sorter works on several parts at once and merges them. The connection goes back to
/// one thread afterwards, as the server's requests sort little.
enum BulkLoadSorting {
    static func withHelperThreads<T>(on db: any Database, _ body: () async throws -> T) async throws -> T {
        guard !db.isPostgres else { return try await body() }
        try await db.sqlRaw("PRAGMA threads = \(ProcessInfo.processInfo.activeProcessorCount)")
        return try await givingBack({ try await db.sqlRaw("PRAGMA threads = 0") }, after: body)
    }
}
