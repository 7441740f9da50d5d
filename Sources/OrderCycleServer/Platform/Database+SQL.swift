import Fluent
import SQLKit
import Vapor

extension Database {
    /// The SQL view of this database, for queries that Fluent models would make slow or awkward.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("OrderCycle runs on SQL databases only")
        }
        return sql
    }

    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    func sqlRaw(_ text: String) async throws {
        try await sql.raw(SQLQueryString(text)).run()
    }
}

/// SQLite allows one writer at a time; a deferred transaction that read first and then writes
/// after another connection committed fails with SQLITE_BUSY_SNAPSHOT instead of waiting. In one
/// process, writes therefore take turns through this lock (a group of them at a time,
/// `GroupCommit`), and each write transaction takes SQLite's own write lock before its first
/// read, so single-statement
/// writes made elsewhere (sessions, login throttles) cannot invalidate its snapshot either.
/// (On PostgreSQL it is not used.)
actor SQLiteWriteLock {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

struct SQLiteWriteLockKey: StorageKey { typealias Value = SQLiteWriteLock }

extension Application {
    /// Set once in `configure` before the app serves, so reads never race a lazy creation.
    var sqliteWriteLock: SQLiteWriteLock {
        guard let lock = storage[SQLiteWriteLockKey.self] else { preconditionFailure("configure() sets the write lock") }
        return lock
    }
}

extension Database {
    /// A write transaction that is safe under concurrency on both engines. On SQLite it joins
    /// the next group of writes to commit (`GroupCommit`). On PostgreSQL a
    /// transaction aborted by a deadlock or a serialisation failure runs again (`TransientConflict`);
    /// within an outer transaction it cannot, so the outer one does.
    func write<T: Sendable>(_ app: Application, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await transaction(body) }
        guard isPostgres else { return try await app.groupCommit.write(on: self, app, body) }
        // What the write announces (`AfterCommit`) goes out only once it has committed.
        let after = AfterCommit()
        // Numbers that need not be gap-free are drawn outside the transaction (`NumberSeries`).
        // Both are set inside the transaction's closure: the driver may run it in a task of its
        // own, which does not see what the caller's task set.
        let numbers = try app.openDatabase(.numbers)
        let announcing: @Sendable (any Database) async throws -> T = { db in
            after.reset()
            return try await NumberSeries.$outside.withValue(numbers) {
                try await AfterCommit.$current.withValue(after) { try await body(db) }
            }
        }
        let result = try await TransientConflict.retrying { try await transaction(announcing) }
        await after.run(app)
        return result
    }
}

extension Request {
    /// A write transaction on the request's database (see `Database.write`).
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await db.write(application, body)
    }
}
