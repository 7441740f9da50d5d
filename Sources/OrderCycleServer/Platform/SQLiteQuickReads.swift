import FluentKit
import NIOConcurrencyHelpers
import Vapor
import VaporCSQLite

/// Connections for the short indexed reads that come with a request under load, such as the
/// caller's card: each statement runs at once on the caller's thread and stays prepared
/// (`SQLiteWriter`), instead of being parsed again and handed to the pool's thread and back.
/// Only reads of a few rows by an index belong here; a report or a list stays on the pool,
/// where a long read cannot hold up the server's own threads. One connection per core, as
/// the cores are what runs the reads; they open on first use and close with the app.
final class SQLiteQuickReads: LifecycleHandler, Sendable {
    private enum State { case unopened, running([SQLiteWriter], next: Int), shut }
    private let path: String
    private let count: Int
    private let state = NIOLockedValueBox<State>(.unopened)

    init(path: String, connections: Int = System.coreCount) {
        self.path = path
        self.count = max(1, connections)
    }

    /// A connection's database for one short read, the connections taken in turn.
    func database(_ app: Application) throws -> SQLiteWriterDatabase {
        let connection = try state.withLockedValue { state in
            switch state {
            case .running(let connections, let next):
                state = .running(connections, next: (next + 1) % connections.count)
                return connections[next]
            case .shut: throw SQLiteWriterError(code: SQLITE_MISUSE, message: "the app has shut its database down")
            case .unopened:
                let connections = try (0..<count).map { _ in try SQLiteWriter(path: path) }
                state = .running(connections, next: 1 % connections.count)
                return connections[0]
            }
        }
        return SQLiteWriterDatabase(connection, app: app)
    }

    /// How many times the connections' kept statements were planned anew (`SQLiteWriter.timesReprepared`).
    var timesReprepared: Int {
        state.withLockedValue { state in
            guard case .running(let connections, _) = state else { return 0 }
            return connections.reduce(0) { $0 + $1.timesReprepared }
        }
    }

    func shutdown(_ application: Application) {
        state.withLockedValue { state in
            if case .running(let connections, _) = state { connections.forEach { $0.close() } }
            state = .shut
        }
    }
}

struct SQLiteQuickReadsKey: StorageKey { typealias Value = SQLiteQuickReads }

extension Application {
    /// The database for a short indexed read: the quick connections on an SQLite file, else the pool.
    func quickReads() throws -> any Database {
        guard let reads = storage[SQLiteQuickReadsKey.self] else { return db }
        return try reads.database(self)
    }
}
