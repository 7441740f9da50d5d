import Foundation

/// How long a login key must wait after its failures. Delays grow exponentially, so guessing
/// becomes slow, but the per-account cap stays short so an attacker cannot lock the real
/// user out: only the attacker's own address (and address+account pair) waits long.
public struct LoginBackoff: Sendable, Equatable {
    public var freeFailures: Int
    public var firstDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(freeFailures: Int, firstDelay: TimeInterval, maxDelay: TimeInterval) {
        self.freeFailures = freeFailures
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
    }

    /// Failures from one address against one account.
    public static let pair = LoginBackoff(freeFailures: 5, firstDelay: 2, maxDelay: 15 * 60)
    /// Failures from one address against any accounts (credential stuffing).
    public static let address = LoginBackoff(freeFailures: 20, firstDelay: 2, maxDelay: 15 * 60)
    /// Failures against one account from anywhere: slowed, never locked for long.
    public static let account = LoginBackoff(freeFailures: 10, firstDelay: 1, maxDelay: 60)

    /// The wait imposed after `failures` consecutive failures; zero while under the free allowance.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let exponent = min(failures - freeFailures, 30)
        return min(maxDelay, firstDelay * pow(2, Double(exponent)))
    }

    /// Failures older than this are forgotten.
    public static let window: TimeInterval = 60 * 60
}
