import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The principals of the bearer tokens this instance has read, by the token's hash, kept only
/// where that is exact: on SQLite, where this instance is the only one, every write that revokes
/// a token or changes its user is made here and clears them once committed (`changed()`), and
/// the expiry is checked on every request against the one clock. On PostgreSQL another
/// instance's revoke would reach this one only through a notification, a moment later: nothing
/// is kept there and every request reads its token.
final class BearerTokenCache: Sendable {
    struct Entry: Sendable {
        var principal: Principal
        var expiresAt: Date?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Advanced by every change, so a token read before a revoke is not kept after it.
        var generation = 0
    }

    let keeps: Bool
    /// The most tokens kept; beyond it the kept ones are dropped and read again.
    let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(keeps: Bool, capacity: Int = 10_000) {
        self.keeps = keeps
        self.capacity = capacity
    }

    /// The kept principal of the token with this hash, unless it has expired at `now`.
    func principal(forHash hash: String, at now: Date) -> Principal? {
        guard keeps else { return nil }
        return state.withLockedValue { s in
            guard let entry = s.entries[hash] else { return nil }
            guard (entry.expiresAt ?? .distantFuture) > now else {
                s.entries[hash] = nil
                return nil
            }
            return entry.principal
        }
    }

    var generation: Int { state.withLockedValue { $0.generation } }

    func store(_ entry: Entry, forHash hash: String, readAt generation: Int) {
        guard keeps else { return }
        state.withLockedValue { s in
            guard s.generation == generation else { return }
            if s.entries.count >= capacity { s.entries.removeAll() }
            s.entries[hash] = entry
        }
    }

    /// Forgets every kept token: one was revoked, or a user's role, name, language or standing changed.
    func clear() {
        state.withLockedValue { s in
            s.generation &+= 1
            s.entries.removeAll()
        }
    }

    /// For a write inside `Database.write`: the kept tokens are forgotten once it has committed.
    static func changed() {
        AfterCommit.add { app in app.bearerTokens.clear() }
    }
}

extension Application {
    private struct BearerTokenCacheKey: StorageKey { typealias Value = BearerTokenCache }

    /// Set in `configure`.
    var bearerTokens: BearerTokenCache {
        get {
            guard let cache = storage[BearerTokenCacheKey.self] else { preconditionFailure("configure() sets the bearer token cache") }
            return cache
        }
        set { storage[BearerTokenCacheKey.self] = newValue }
    }
}
