import FluentKit
import NIOConcurrencyHelpers
import VaporCSQLite
import Vapor

/// Where the app keeps its SQLite writer: opened on the first group commit (after the file is
/// in place and migrated), closed when the app shuts down, and not opened again after that: a
/// write that arrives while the app stops fails instead of holding the file open past its end.
final class SQLiteWriterSlot: LifecycleHandler, Sendable {
    private enum State { case unopened, running(SQLiteWriter), shut }
    private let path: String
    private let writer = NIOLockedValueBox<State>(.unopened)

    init(path: String) { self.path = path }

    /// The writer's database, outside any transaction (it opens its own).
    func database(_ app: Application) throws -> SQLiteWriterDatabase {
        let writer = try self.writer.withLockedValue { slot in
            switch slot {
            case .running(let running): return running
            case .shut: throw SQLiteWriterError(code: SQLITE_MISUSE, message: "the app has shut its database down")
            case .unopened:
                let opened = try SQLiteWriter(path: path)
                slot = .running(opened)
                return opened
            }
        }
        return SQLiteWriterDatabase(writer, app: app)
    }

    func shutdown(_ application: Application) {
        writer.withLockedValue { slot in
            if case .running(let running) = slot { running.close() }
            slot = .shut
        }
    }
}

struct SQLiteWriterSlotKey: StorageKey { typealias Value = SQLiteWriterSlot }

extension Application {
    /// Set in `configure` when the database is an SQLite file; nil in memory and on PostgreSQL.
    var sqliteWriter: SQLiteWriterSlot? { storage[SQLiteWriterSlotKey.self] }
}
