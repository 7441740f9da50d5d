import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What an import remembers of each order key it has read, so that a line of an order whose
/// first line came many pieces earlier still finds it: the line that order was first read on,
/// the digest of its order-level cells, and the order written for it (none when an earlier run
/// imported it, or when nothing is being written).
struct OrderKeyEntry: Sendable {
    var firstLine: Int
    var digest: Int
    var orderID: UUID?
}

protocol OrderKeyBook {
    /// The entries of those of `keys` read before.
    func entries(for keys: [String]) async throws -> [String: OrderKeyEntry]
    /// Remembers keys read for the first time.
    mutating func add(_ entries: [(key: String, entry: OrderKeyEntry)]) async throws
}

/// The book in a table of the import's own transaction, indexed by key: the import's memory
/// then holds one piece of the history, however long the history (a million rows are 400,000
/// keys). A temporary table: it lives on the transaction's connection, is seen by nobody else,
/// and is dropped at the end.
struct DatabaseOrderKeyBook: OrderKeyBook {
    let db: any Database
    static let table = "import_order_keys"
    /// The hash of every key in the table: a key whose hash is not here was never read, and
    /// most keys of a history are read once, so the table is asked only of the few that may
    /// have been. Eight bytes a key: eight megabytes for a million orders.
    private var hashes = Set<Int>()

    static func open(on db: any Database) async throws -> DatabaseOrderKeyBook {
        try await close(on: db)
        // SQLite keeps a temporary table in a file of its own unless told otherwise, and its
        // cache is as bounded as the main one's; an id column without a type keeps ids as bound.
        let id = db.isPostgres ? "UUID" : ""
        try await db.sql.raw("""
            CREATE TEMPORARY TABLE \(unsafeRaw: table) (order_key TEXT PRIMARY KEY, first_line BIGINT NOT NULL, digest BIGINT NOT NULL, order_id \(unsafeRaw: id))
            """).run()
        return DatabaseOrderKeyBook(db: db)
    }

    private init(db: any Database) { self.db = db }

    func close() async throws { try await Self.close(on: db) }

    /// Drops the temporary table only, never a table of the same name in the schema.
    private static func close(on db: any Database) async throws {
        try await db.sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: db.isPostgres ? "pg_temp" : "temp").\(unsafeRaw: table)").run()
    }

    func entries(for keys: [String]) async throws -> [String: OrderKeyEntry] {
        var found: [String: OrderKeyEntry] = [:]
        let keys = keys.filter { hashes.contains($0.hashValue) }
        for start in stride(from: 0, to: keys.count, by: 500) {
            let some = Array(keys[start..<min(start + 500, keys.count)])
            let rows = try await db.sql.raw("""
                SELECT order_key, first_line, digest, order_id FROM \(unsafeRaw: Self.table) WHERE order_key IN (\(binds: some))
                """).all()
            for row in rows {
                found[try row.decode(column: "order_key", as: String.self)] = OrderKeyEntry(
                    firstLine: try row.decode(column: "first_line", as: Int.self), digest: try row.decode(column: "digest", as: Int.self),
                    orderID: try row.decode(column: "order_id", as: UUID?.self))
            }
        }
        return found
    }

    mutating func add(_ entries: [(key: String, entry: OrderKeyEntry)]) async throws {
        var rows = BulkInsert(Self.table, ["order_key", "first_line", "digest", "order_id"])
        for (key, entry) in entries {
            rows.add([key, entry.firstLine, entry.digest, entry.orderID])
            hashes.insert(key.hashValue)
        }
        try await PreparedRows([rows], sqlite: !db.isPostgres).store(on: db)
    }
}

/// The book in memory, for checking the files alone, without a database (a dry run against a
/// database not yet migrated): it grows with the number of orders.
struct MemoryOrderKeyBook: OrderKeyBook {
    private var known: [String: OrderKeyEntry] = [:]

    func entries(for keys: [String]) async throws -> [String: OrderKeyEntry] {
        var found: [String: OrderKeyEntry] = [:]
        for key in keys { found[key] = known[key] }
        return found
    }

    mutating func add(_ entries: [(key: String, entry: OrderKeyEntry)]) async throws {
        for (key, entry) in entries { known[key] = entry }
    }
}
