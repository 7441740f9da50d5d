import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Failed logins counted per key ("account:…", "address:…", "pair:…"). Kept in the database so
/// that all instances see the same counts.
final class LoginThrottle: Model, @unchecked Sendable {
    static let schema = "login_throttles"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @Field(key: "window_started_at") var windowStartedAt: Date
    @OptionalField(key: "blocked_until") var blockedUntil: Date?

    init() {}

    init(key: String, now: Date) {
        self.key = key
        self.failures = 0
        self.windowStartedAt = now
    }
}

/// The throttle's statements. Each is one atomic step, so concurrent attempts on one key
/// (on any instance) neither collide on the unique key nor all slip past a count read earlier.
extension LoginThrottle {
    /// Reserves one attempt on `key`: counts it as a failure in advance (a success takes it back)
    /// and, when this failure would earn a wait, starts the shortest wait at once, so attempts
    /// arriving meanwhile are refused before their password is checked. Returns the count with
    /// this attempt, or nil when the key is waiting (then nothing changed). `force` reserves
    /// even while the key waits, and leaves that wait as it is.
    static func reserve(_ key: String, backoff: LoginBackoff, now: Date, force: Bool, on db: any Database) async throws -> Int? {
        let windowStart = now.addingTimeInterval(-LoginBackoff.window)
        let firstWait = now.addingTimeInterval(backoff.delay(afterFailures: backoff.freeFailures))
        let free = backoff.freeFailures
        let count: SQLQueryString = "(CASE WHEN login_throttles.window_started_at < \(bind: windowStart) THEN 1 ELSE login_throttles.failures + 1 END)"
        var sql: SQLQueryString = """
            INSERT INTO login_throttles (id, key, failures, window_started_at, blocked_until)
            VALUES (\(bind: UUID()), \(bind: key), 1, \(bind: now), \(bind: 1 >= free ? firstWait : nil))
            ON CONFLICT (key) DO UPDATE SET
              failures = \(count),
              window_started_at = CASE WHEN login_throttles.window_started_at < \(bind: windowStart) THEN \(bind: now) ELSE login_throttles.window_started_at END,
              blocked_until = CASE
                WHEN \(count) < \(bind: free) THEN NULL
                WHEN login_throttles.window_started_at >= \(bind: windowStart) AND login_throttles.blocked_until > \(bind: now) THEN login_throttles.blocked_until
                ELSE \(bind: firstWait) END
            """
        if !force {
            sql = sql + """
                 WHERE login_throttles.window_started_at < \(bind: windowStart)
                   OR login_throttles.blocked_until IS NULL OR login_throttles.blocked_until <= \(bind: now)
                """
        }
        sql = sql + " RETURNING failures"
        return try await db.sql.raw(sql).first()?.decode(column: "failures", as: Int.self)
    }

    /// Seconds until `key` may be tried again (at least 1).
    static func wait(_ key: String, now: Date, on db: any Database) async throws -> Int {
        let row = try await db.sql.raw("SELECT blocked_until FROM login_throttles WHERE key = \(bind: key)").first()
        let until = try row?.decode(column: "blocked_until", as: Date?.self) ?? now
        return max(1, Int(until.timeIntervalSince(now).rounded(.up)))
    }

    /// After a failed check: the wait its count earned, unless a longer one is already set.
    static func block(_ key: String, until: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            UPDATE login_throttles SET blocked_until = \(bind: until)
            WHERE key = \(bind: key) AND (blocked_until IS NULL OR blocked_until < \(bind: until))
            """).run()
    }

    /// After a correct password: the account's and the pair's failures are forgotten.
    static func forget(_ keys: [String], on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM login_throttles WHERE key IN (\(binds: keys))").run()
    }

    /// After a correct password: the address's reserved failure is taken back, and the wait it
    /// started (if it did) is lifted; failures of others from the address still count.
    static func takeBack(_ key: String, startedWait: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            UPDATE login_throttles SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END,
              blocked_until = CASE WHEN blocked_until = \(bind: startedWait) THEN NULL ELSE blocked_until END
            WHERE key = \(bind: key)
            """).run()
    }
}
