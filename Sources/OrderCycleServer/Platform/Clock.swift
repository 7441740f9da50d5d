import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The application's one source of "now" for business time: due dates, overdue and at-risk
/// orders, token and session expiry, login throttling, audit and record timestamps. Handlers
/// read `req.clock`, background work and commands `app.clock`, and code that is given only a
/// `Database` takes `now: Date` from its caller. Tests replace it with a `ManualClock` to move
/// time without sleeping. Elapsed durations for logs and metrics use `ContinuousClock` instead.
struct AppClock: Sendable {
    private let read: @Sendable () -> Date

    init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    func now() -> Date { read() }

    /// The wall clock.
    static let system = AppClock { Date() }

    /// A clock that always reads `date`.
    static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}

/// A clock set and moved by hand: the time a test says it is.
final class ManualClock: Sendable {
    private let current: NIOLockedValueBox<Date>

    init(_ start: Date) { current = NIOLockedValueBox(start) }

    var clock: AppClock { AppClock { [current] in current.withLockedValue { $0 } } }

    func now() -> Date { current.withLockedValue { $0 } }

    func set(_ date: Date) { current.withLockedValue { $0 = date } }

    func advance(by seconds: TimeInterval) { current.withLockedValue { $0 = $0.addingTimeInterval(seconds) } }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    /// Set once before or in `configure`; the system clock unless a test set another.
    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }

    var hasClock: Bool { storage[ClockKey.self] != nil }
}

extension Request {
    var clock: AppClock { application.clock }
}

extension Duration {
    /// The duration in seconds, for how long a command or a step took.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
