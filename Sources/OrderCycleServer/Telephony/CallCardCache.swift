import Foundation
import NIOConcurrencyHelpers
import OrderCycleCore

/// The call cards this instance has read, by the caller's number in E.164, so that a lookup
/// under load costs no database read. It stays exact: every committed write that changes what a
/// card shows announces a `CardChange` (here at once, on other instances through the event bus),
/// and a card that depends on time — an absence that begins or ends, a live page whose
/// heartbeat runs out — is kept only until that moment (`Entry.validUntil`, on the one clock).
/// Whether a bearer token is valid is never kept here: every request still reads its token.
final class CallCardCache: Sendable {
    struct Entry: Sendable {
        /// The card as read, without the caller as written (each lookup writes its own).
        var card: CallCardDTO
        var clientID: UUID?
        /// The manager and whoever takes the call in their place: their names and pages show.
        var userIDs: [UUID]
        var validUntil: Date?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Which numbers' cards show a client or a person (may name numbers already dropped).
        var byClient: [UUID: Set<String>] = [:]
        var byUser: [UUID: Set<String>] = [:]
        /// Advanced by every change, so a card read before a change is not stored after it.
        var generation = 0
        /// False while changes could go unheard (the PostgreSQL bus is not listening).
        var serving = true
        /// Every absence not over when read (`AbsenceStore.notOver`): it answers for any later
        /// moment until an absence is recorded or ended, which clears every card and this.
        var absences: [ManagerAbsence<UUID>]?
    }

    /// The most cards kept; beyond it one kept card makes room for each new one.
    let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(capacity: Int = 100_000) { self.capacity = capacity }

    /// The kept card for the number, while it holds at `now`.
    func card(for e164: String, at now: Date) -> CallCardDTO? {
        state.withLockedValue { s in
            guard s.serving, let entry = s.entries[e164] else { return nil }
            if let until = entry.validUntil, until <= now {
                s.entries[e164] = nil
                return nil
            }
            return entry.card
        }
    }

    /// Taken before a card is read from the database and handed back to `store`.
    var generation: Int { state.withLockedValue { $0.generation } }

    /// Keeps a card read at `generation`, unless a change was announced since: the read may
    /// have seen the database from before that change.
    func store(_ entry: Entry, for e164: String, readAt generation: Int) {
        state.withLockedValue { s in
            guard s.serving, s.generation == generation else { return }
            // The lists of numbers by client and person keep numbers already dropped; start afresh before they grow large.
            if s.byClient.count + s.byUser.count > 4 * capacity { s = State(generation: s.generation, serving: s.serving) }
            if s.entries[e164] == nil, s.entries.count >= capacity, let any = s.entries.keys.first { s.entries[any] = nil }
            s.entries[e164] = entry
            if let client = entry.clientID { s.byClient[client, default: []].insert(e164) }
            for user in entry.userIDs { s.byUser[user, default: []].insert(e164) }
        }
    }

    /// The absences not over, as last read, if no absence has changed since.
    var absences: [ManagerAbsence<UUID>]? { state.withLockedValue { $0.serving ? $0.absences : nil } }

    func store(absences: [ManagerAbsence<UUID>], readAt generation: Int) {
        state.withLockedValue { s in
            guard s.serving, s.generation == generation else { return }
            s.absences = absences
        }
    }

    /// Drops the cards the change touches.
    func apply(_ change: CardChange) {
        guard !change.isEmpty else { return }
        state.withLockedValue { s in
            s.generation &+= 1
            if change.everything {
                s.absences = nil
                s.entries.removeAll()
                s.byClient.removeAll()
                s.byUser.removeAll()
                return
            }
            for client in change.clients {
                for number in s.byClient.removeValue(forKey: client) ?? [] { s.entries[number] = nil }
            }
            for user in change.users {
                for number in s.byUser.removeValue(forKey: user) ?? [] { s.entries[number] = nil }
            }
        }
    }

    /// Keeps nothing and answers nothing until `resume`: changes could go unheard meanwhile.
    func suspend() {
        state.withLockedValue { s in s = State(generation: s.generation &+ 1, serving: false) }
    }

    /// Starts afresh, once every change will be heard.
    func resume() {
        state.withLockedValue { s in s = State(generation: s.generation &+ 1, serving: true) }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }
}
