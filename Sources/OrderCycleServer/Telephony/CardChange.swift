import Foundation
import Vapor

/// What a committed write changed that a cached call card may show (`CallCardCache`): the
/// open orders, open tickets or last contact of some clients; whether some people have a live
/// page open; or anything else a card is read from (clients, their phones, segments, users,
/// absences). Those others change at the pace of people editing cards, so they clear every card;
/// orders, tickets and pages change all day, so they clear only the cards they touch.
struct CardChange: Codable, Sendable, Equatable {
    var clients: [UUID] = []
    var users: [UUID] = []
    var everything = false

    /// A notification carries at most 8000 bytes: beyond this many ids a change clears every card.
    static let largestList = 150

    static let all = CardChange(everything: true)
    static func clients(_ ids: [UUID]) -> CardChange { CardChange(clients: ids) }
    static func users(_ ids: [UUID]) -> CardChange { CardChange(users: ids) }

    var isEmpty: Bool { !everything && clients.isEmpty && users.isEmpty }

    /// Both changes in one, kept small enough for one notification.
    func merged(with other: CardChange) -> CardChange {
        if everything || other.everything { return .all }
        let clients = Array(Set(self.clients).union(other.clients)), users = Array(Set(self.users).union(other.users))
        if clients.count + users.count > Self.largestList { return .all }
        return CardChange(clients: clients, users: users)
    }

    /// Announced once the write transaction that made the change has committed (`AfterCommit`):
    /// to this instance's cards at once, to the other instances' through the event bus. A card
    /// read before the commit and stored after it is not kept (`CallCardCache.store`).
    static func announce(_ change: CardChange) {
        guard !change.isEmpty else { return }
        AfterCommit.add { app in await publish(change, app: app) }
    }

    /// For a write that committed on its own (outside `Database.write`).
    static func publish(_ change: CardChange, app: Application) async {
        // A page closed while the app shuts down leaves nothing kept to clear.
        guard let services = LiveUpdates.installed(app) else { return }
        do { try await services.bus.publish(change) } catch {
            // This instance's cards were cleared before the notification was tried.
            app.logger.warning("call card change not sent to other instances", metadata: ["error": "\(error)"])
        }
    }
}
