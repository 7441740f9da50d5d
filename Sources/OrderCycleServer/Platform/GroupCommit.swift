import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// SQLite has one writer, and each commit waits for the disk. Write transactions that arrive
/// while one is committing are therefore gathered and run together, each inside a savepoint of
/// one transaction that commits once: one fsync for all of them. A request is answered only
/// after that commit, and what it announces goes out only then. A request that fails is rolled
/// back to its savepoint, so it changes nothing and the others in its group are not touched;
/// if the group as a whole cannot commit, each of its requests runs again alone.
/// (On PostgreSQL it is not used: there writers commit side by side.)
final class GroupCommit: Sendable {
    /// The most requests one transaction carries: a group waits for its slowest member.
    static let largestGroup = 64

    private final class Job: Sendable {
        let db: any Database
        /// Runs the request's write on the group's transaction, keeping what it returned.
        let attempt: @Sendable (any Database) async throws -> Void
        /// Answers the request: nil once its write committed, or the error it failed with.
        let finish: @Sendable ((any Error)?) -> Void

        init(db: any Database, attempt: @escaping @Sendable (any Database) async throws -> Void, finish: @escaping @Sendable ((any Error)?) -> Void) {
            self.db = db; self.attempt = attempt; self.finish = finish
        }
    }

    private struct Queue { var waiting: [Job] = []; var leading = false }
    private let queue = NIOLockedValueBox(Queue())

    /// Runs `body` in the next group to commit and returns once that group has committed.
    func write<T: Sendable>(on db: any Database, _ app: Application, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        // A caller that holds a connection of its own (a bulk load) writes alone on it: the group
        // might otherwise wait for that very connection.
        if Self.holdsConnection(db) { return try await alone(on: db, app, body) }
        let result = NIOLockedValueBox<T?>(nil)
        let after = AfterCommit()
        try await withCheckedThrowingContinuation { (answer: CheckedContinuation<Void, any Error>) in
            let job = Job(db: db, attempt: { tx in
                after.reset()
                let value = try await AfterCommit.$current.withValue(after) { try await body(tx) }
                result.withLockedValue { $0 = value }
            }, finish: { error in
                if let error { answer.resume(throwing: error) } else { answer.resume() }
            })
            let lead = queue.withLockedValue { q in
                q.waiting.append(job)
                if q.leading { return false }
                q.leading = true
                return true
            }
            // The first writer to find no group committing leads: it commits groups until none wait.
            if lead { Task { await self.lead(app) } }
        }
        await after.run(app)
        guard let value = result.withLockedValue({ $0 }) else { throw Problem(.internalError) }
        return value
    }

    private func alone<T: Sendable>(on db: any Database, _ app: Application, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let after = AfterCommit()
        let lock = app.sqliteWriteLock
        await lock.acquire()
        do {
            let result = try await db.transaction { tx in
                try await tx.sqlRaw("UPDATE _fluent_migrations SET name = name WHERE 0")
                return try await AfterCommit.$current.withValue(after) { try await body(tx) }
            }
            await lock.release()
            await after.run(app)
            return result
        } catch {
            await lock.release()
            throw error
        }
    }

    /// Whether `db` runs on one connection it holds (`withConnection`) rather than on the pool.
    static func holdsConnection(_ db: any Database) -> Bool {
        Mirror(reflecting: db).children.contains { $0.label == "database" && String(describing: type(of: $0.value)) == "SQLiteConnection" }
    }

    /// How many writes wait for the next group (for tests that gather a group on purpose).
    var waiting: Int { queue.withLockedValue { $0.waiting.count } }

    private func lead(_ app: Application) async {
        let lock = app.sqliteWriteLock
        while true {
            // The group is taken once the lock is held: whatever arrived while the previous
            // group committed goes into this one.
            await lock.acquire()
            let group: [Job] = queue.withLockedValue { q in
                let taken = Array(q.waiting.prefix(Self.largestGroup))
                q.waiting.removeFirst(taken.count)
                if taken.isEmpty { q.leading = false }
                return taken
            }
            if group.isEmpty { return await lock.release() }
            let failed = await commit(group, app)
            await lock.release()
            guard let failed else { continue }
            // The group could not commit: each request runs again alone and meets its own fate.
            if group.count == 1 { group[0].finish(failed); continue }
            for job in group {
                await lock.acquire()
                let error = await commit([job], app)
                await lock.release()
                if let error { job.finish(error) }
            }
        }
    }

    /// Commits the group and answers its requests; returns the error the group as a whole
    /// failed with, leaving its requests unanswered.
    private func commit(_ group: [Job], _ app: Application) async -> (any Error)? {
        let failures = NIOLockedValueBox<[Int: any Error]>([:])
        do {
            let body: @Sendable (any Database) async throws -> Void = { tx in
                if group.count == 1 { return try await group[0].attempt(tx) }
                for (i, job) in group.enumerated() {
                    try await tx.sqlRaw("SAVEPOINT request")
                    do {
                        try await job.attempt(tx)
                        try await tx.sqlRaw("RELEASE request")
                    } catch {
                        failures.withLockedValue { $0[i] = error }
                        try await tx.sqlRaw("ROLLBACK TO request")
                        try await tx.sqlRaw("RELEASE request")
                    }
                }
            }
            // The writer's transactions begin IMMEDIATE, holding SQLite's write lock before any
            // request reads; in memory the pool's transaction takes it with a write that changes nothing.
            if let writer = app.sqliteWriter {
                try await writer.database(app).transaction(body)
            } else {
                try await group[0].db.transaction { tx in
                    try await tx.sqlRaw("UPDATE _fluent_migrations SET name = name WHERE 0")
                    try await body(tx)
                }
            }
        } catch {
            return error
        }
        let failed = failures.withLockedValue { $0 }
        for (i, job) in group.enumerated() { job.finish(failed[i]) }
        return nil
    }
}

struct GroupCommitKey: StorageKey { typealias Value = GroupCommit }

extension Application {
    /// Set once in `configure` before the app serves, beside the write lock.
    var groupCommit: GroupCommit {
        guard let group = storage[GroupCommitKey.self] else { preconditionFailure("configure() sets the group commit") }
        return group
    }
}
