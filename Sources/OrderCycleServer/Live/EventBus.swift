import Foundation
import Vapor

/// Carries live events to every app instance, each of which delivers them to its own open
/// connections (`LiveHub`), and the changes that clear kept call cards to every instance's
/// `CallCardCache`. In-process for one instance (SQLite); PostgreSQL LISTEN/NOTIFY when
/// several instances share one database.
protocol EventBus: Sendable {
    func publish(_ event: LiveEvent) async throws
    /// Clears this instance's cards before it returns; the others' as soon as the notification reaches them.
    func publish(_ change: CardChange) async throws
    /// Starts receiving (the PostgreSQL bus opens its listening connection).
    func start(_ app: Application)
    func shutdown() async
    /// True once events published by any instance reach this one.
    var isReady: Bool { get async }
}

/// One instance: publishing is delivering.
struct InProcessEventBus: EventBus {
    let hub: LiveHub
    let cards: CallCardCache

    func publish(_ event: LiveEvent) async throws { hub.deliver(event) }
    func publish(_ change: CardChange) async throws { cards.apply(change) }
    func start(_ app: Application) {}
    func shutdown() async {}
    var isReady: Bool { get async { true } }
}
