import Foundation
import Vapor

/// Carries live events to every app instance, each of which delivers them to its own open
/// connections (`LiveHub`). In-process for one instance (SQLite); PostgreSQL LISTEN/NOTIFY when
/// several instances share one database.
protocol EventBus: Sendable {
    func publish(_ event: LiveEvent) async throws
    /// Starts receiving (the PostgreSQL bus opens its listening connection).
    func start(_ app: Application)
    func shutdown() async
    /// True once events published by any instance reach this one.
    var isReady: Bool { get async }
}

/// One instance: publishing is delivering.
struct InProcessEventBus: EventBus {
    let hub: LiveHub

    func publish(_ event: LiveEvent) async throws { hub.deliver(event) }
    func start(_ app: Application) {}
    func shutdown() async {}
    var isReady: Bool { get async { true } }
}
