import Fluent
import Foundation

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
