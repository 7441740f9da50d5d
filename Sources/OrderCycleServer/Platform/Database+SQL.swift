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
/// process, writes therefore take turns through this lock, and each write transaction takes
/// SQLite's own write lock before its first read (see `Database.write`), so single-statement
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
    /// A write transaction that is safe under concurrency on both engines. On PostgreSQL a
    /// transaction aborted by a deadlock or a serialisation failure runs again (`TransientConflict`);
    /// within an outer transaction it cannot, so the outer one does.
    func write<T: Sendable>(_ app: Application, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await transaction(body) }
        // What the write announces (`AfterCommit`) goes out only once it has committed.
        let after = AfterCommit()
        let announcing: @Sendable (any Database) async throws -> T = { db in
            after.reset()
            return try await AfterCommit.$current.withValue(after) { try await body(db) }
        }
        if isPostgres {
            let result = try await TransientConflict.retrying { try await transaction(announcing) }
            await after.run(app)
            return result
        }
        let lock = app.sqliteWriteLock
        await lock.acquire()
        do {
            let result = try await transaction { db in
                // A write that changes nothing, so the transaction holds the write lock (waiting
                // for it if needed) before it reads anything.
                try await db.sqlRaw("UPDATE _fluent_migrations SET name = name WHERE 0")
                return try await announcing(db)
            }
            await lock.release()
            await after.run(app)
            return result
        } catch {
            await lock.release()
            throw error
        }
    }
}

extension Request {
    /// A write transaction on the request's database (see `Database.write`).
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await db.write(application, body)
    }
}
