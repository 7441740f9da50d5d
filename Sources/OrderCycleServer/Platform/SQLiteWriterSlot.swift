import FluentKit
import NIOConcurrencyHelpers
import Vapor

/// Where the app keeps its SQLite writer: opened on the first group commit (after the file is
/// in place and migrated), closed when the app shuts down.
final class SQLiteWriterSlot: LifecycleHandler, Sendable {
    private let path: String
    private let writer = NIOLockedValueBox<SQLiteWriter?>(nil)

    init(path: String) { self.path = path }

    /// The writer's database, outside any transaction (it opens its own).
    func database(_ app: Application) throws -> SQLiteWriterDatabase {
        let writer = try self.writer.withLockedValue { slot in
            if let open = slot { return open }
            let opened = try SQLiteWriter(path: path)
            slot = opened
            return opened
        }
        guard let configuration = app.databases.configuration(for: .sqlite) else { preconditionFailure("configure() uses SQLite") }
        let context = DatabaseContext(configuration: configuration, logger: app.logger, eventLoop: ImmediateEventLoop.shared)
        return SQLiteWriterDatabase(writer: writer, context: context, inTransaction: false)
    }

    func shutdown(_ application: Application) {
        writer.withLockedValue { slot in
            slot?.close()
            slot = nil
        }
    }
}

struct SQLiteWriterSlotKey: StorageKey { typealias Value = SQLiteWriterSlot }

extension Application {
    /// Set in `configure` when the database is an SQLite file; nil in memory and on PostgreSQL.
    var sqliteWriter: SQLiteWriterSlot? { storage[SQLiteWriterSlotKey.self] }
}
