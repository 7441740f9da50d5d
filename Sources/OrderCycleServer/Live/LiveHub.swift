import Foundation
import NIOConcurrencyHelpers
import OrderCycleCore
import Vapor

/// The WebSocket connections open on this instance, and delivery of events to them.
final class LiveHub: Sendable {
    struct Connection: Sendable {
        var userID: UUID
        var role: Role
        var socket: WebSocket
    }

    private let connections = NIOLockedValueBox<[UUID: Connection]>([:])

    func add(_ id: UUID, _ connection: Connection) { connections.withLockedValue { $0[id] = connection } }
    func remove(_ id: UUID) { connections.withLockedValue { $0[id] = nil } }
    var openConnectionIDs: [UUID] { connections.withLockedValue { Array($0.keys) } }

    /// Sends the event to every local connection it is meant for; returns how many received it.
    @discardableResult
    func deliver(_ event: LiveEvent) -> Int {
        let targets = connections.withLockedValue { $0.values.filter { event.isFor(userID: $0.userID, role: $0.role) } }
        for target in targets { target.socket.send(event.body, promise: nil) }
        return targets.count
    }
}
