import Foundation
import NIOConcurrencyHelpers
import OrderCycleCore
import Vapor

/// The WebSocket connections open on this instance, and delivery of events to them. The
/// connections are also filed by user, role and client, so that delivering an event looks up
/// the few connections it is for rather than testing every one open (hundreds, with the
/// hotline chat), inside the lock that every event and every socket shares.
final class LiveHub: Sendable {
    struct Connection: Sendable {
        var userID: UUID
        var role: Role
        /// The client a client's user belongs to (nil for staff): what a client's chat is addressed to.
        var clientID: UUID? = nil
        var socket: WebSocket
    }

    private struct Registry {
        var connections: [UUID: Connection] = [:]
        var byUser: [UUID: Set<UUID>] = [:]
        var byRole: [Role: Set<UUID>] = [:]
        var byClient: [UUID: Set<UUID>] = [:]

        mutating func add(_ id: UUID, _ c: Connection) {
            remove(id)
            connections[id] = c
            byUser[c.userID, default: []].insert(id)
            byRole[c.role, default: []].insert(id)
            if let client = c.clientID { byClient[client, default: []].insert(id) }
        }

        mutating func remove(_ id: UUID) {
            guard let c = connections.removeValue(forKey: id) else { return }
            Self.drop(id, c.userID, from: &byUser)
            Self.drop(id, c.role, from: &byRole)
            if let client = c.clientID { Self.drop(id, client, from: &byClient) }
        }

        private static func drop<K: Hashable>(_ id: UUID, _ key: K, from index: inout [K: Set<UUID>]) {
            index[key]?.remove(id)
            if index[key]?.isEmpty == true { index[key] = nil }
        }

        /// The sockets of the connections the event is for, each once.
        func sockets(for event: LiveEvent) -> [WebSocket] {
            var ids = Set<UUID>()
            for user in event.userIDs { ids.formUnion(byUser[user] ?? []) }
            for role in event.roles { ids.formUnion(byRole[role] ?? []) }
            for client in event.clientIDs ?? [] { ids.formUnion(byClient[client] ?? []) }
            return ids.compactMap { connections[$0]?.socket }
        }
    }

    private let registry = NIOLockedValueBox(Registry())

    func add(_ id: UUID, _ connection: Connection) { registry.withLockedValue { $0.add(id, connection) } }
    func remove(_ id: UUID) { registry.withLockedValue { $0.remove(id) } }
    var openConnectionIDs: [UUID] { registry.withLockedValue { Array($0.connections.keys) } }

    /// Sends the event to every local connection it is meant for; returns how many received it.
    @discardableResult
    func deliver(_ event: LiveEvent) -> Int {
        let targets = registry.withLockedValue { $0.sockets(for: event) }
        for socket in targets { socket.send(event.body, promise: nil) }
        return targets.count
    }
}
