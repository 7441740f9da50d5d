import Foundation
import Logging
import NIOConcurrencyHelpers
import FluentKit
import PostgresKit
import PostgresNIO
import SQLKit
import Vapor

/// Live events across instances through PostgreSQL: `pg_notify` on publish, and one dedicated
/// connection per instance that LISTENs and hands what arrives to the local hub. The connection
/// is re-opened after a failure, so a database restart only pauses the pop-ups. An instance hands
/// its own events to its own pages at once and skips them when they come back from the database:
/// a chat message between two pages of one instance does not wait for the notification's round
/// trip through the one listening connection. Notifications published while others are being
/// sent go out together, in one statement on one pooled connection: under a burst of chat
/// messages the bus takes one connection, not one per message, and sends in the order published.
/// Call card changes travel the same way; an instance keeps no call cards while it is not
/// listening, as it could miss a change.
final class PostgresEventBus: EventBus {
    let hub: LiveHub
    let cards: CallCardCache
    let channel: String
    private let configuration: PostgresConnection.Configuration
    private let database: @Sendable () throws -> any Database
    private let state = NIOLockedValueBox<State>(State())
    private let logger = Logger(label: "ordercycle.live")
    /// This instance's mark on what it publishes.
    private let origin = UUID().uuidString

    /// What travels in a notification: a live event or a card change, and the instance that
    /// published it (encoded first, so that a listener knows its own by the first bytes).
    struct Envelope: Codable {
        var origin: String
        var event: LiveEvent?
        var cards: CardChange?
    }

    /// Card changes not yet notified, and whether a notification of them is on its way.
    private struct CardOutbox {
        var pending: CardChange?
        var sending: Task<Void, Never>?
        var stopped = false
    }
    private let cardOutbox = NIOLockedValueBox(CardOutbox())

    /// How a notification from `origin` begins (a UUID needs no escaping). Should an encoder
    /// order the keys otherwise, the listener decodes and compares, as for any other.
    static func mark(_ origin: String) -> String { "{\"origin\":\"\(origin)\"," }

    /// The notifications waiting for the next statement, and whether one is being sent.
    private struct Outbox {
        var waiting: [(payload: String, sent: CheckedContinuation<Void, any Error>)] = []
        var sending = false
    }
    private let outbox = NIOLockedValueBox(Outbox())
    /// The most notifications one statement carries.
    static let largestBatch = 100

    private struct State {
        var task: Task<Void, Never>?
        var connection: PostgresConnection?
        var listening = false
        var stopped = false
    }

    /// `schema` keeps apart the deployments (and the parallel tests) that share one server.
    init(hub: LiveHub, cards: CallCardCache, url: String, schema: String?, database: @escaping @Sendable () throws -> any Database) throws {
        self.hub = hub
        self.cards = cards
        cards.suspend()
        self.database = database
        var configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        if url.contains("sslmode=disable") || !url.contains("sslmode") { configuration.tls = .disable }
        self.configuration = configuration
        self.channel = "ordercycle_live" + (schema.map { "_" + $0.lowercased() } ?? "")
    }

    /// NOTIFY carries at most 8000 bytes; a call card is far below that. Returns once the
    /// notification is sent.
    func publish(_ event: LiveEvent) async throws {
        hub.deliver(event)
        try await notify(Envelope(origin: origin, event: event))
    }

    /// Clears this instance's cards at once. The other instances are told by one notification at
    /// a time, in the background: what is announced while one is on its way goes in the next, so
    /// a burst of writes (orders at full speed) sends few notifications and none waits for them.
    func publish(_ change: CardChange) async throws {
        cards.apply(change)
        cardOutbox.withLockedValue { o in
            guard !o.stopped else { return }
            o.pending = o.pending.map { $0.merged(with: change) } ?? change
            guard o.sending == nil else { return }
            o.sending = Task { [self] in
                // The loop ends when nothing is pending; it is the one sender until then.
                while let next = cardOutbox.withLockedValue({ o -> CardChange? in
                    defer { o.pending = nil }
                    if o.pending == nil || o.stopped { o.sending = nil; return nil }
                    return o.pending
                }) {
                    do { try await notify(Envelope(origin: origin, cards: next)) } catch {
                        logger.warning("call card change not sent to other instances", metadata: ["error": "\(error)"])
                    }
                }
            }
        }
    }

    /// Returns once the notification is sent, with the others that waited beside it.
    private func notify(_ envelope: Envelope) async throws {
        let payload = String(decoding: try JSONEncoder().encode(envelope), as: UTF8.self)
        try await withCheckedThrowingContinuation { (sent: CheckedContinuation<Void, any Error>) in
            let lead = outbox.withLockedValue { o in
                o.waiting.append((payload, sent))
                if o.sending { return false }
                o.sending = true
                return true
            }
            // The first to find nothing being sent sends, until nothing waits.
            if lead { Task { await self.send() } }
        }
    }

    private func send() async {
        while true {
            let batch = outbox.withLockedValue { o in
                let taken = Array(o.waiting.prefix(Self.largestBatch))
                o.waiting.removeFirst(taken.count)
                if taken.isEmpty { o.sending = false }
                return taken
            }
            if batch.isEmpty { return }
            var query: SQLQueryString = "SELECT pg_notify(\(bind: channel), \(bind: batch[0].payload))"
            for item in batch.dropFirst() { query = query + ", pg_notify(\(bind: channel), \(bind: item.payload))" }
            do {
                try await database().sql.raw(query).run()
                for item in batch { item.sent.resume() }
            } catch {
                for item in batch { item.sent.resume(throwing: error) }
            }
        }
    }

    var isReady: Bool { get async { state.withLockedValue { $0.listening } } }

    func start(_ app: Application) {
        let eventLoop = app.eventLoopGroup.any()
        let ownMark = Self.mark(origin)
        let task = Task { [configuration, channel, hub, cards, logger, state, origin] in
            var attempt = 0
            while !state.withLockedValue({ $0.stopped }) {
                do {
                    let connection = try await PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 0, logger: logger)
                    let stopped = state.withLockedValue { s -> Bool in
                        if !s.stopped { s.connection = connection }
                        return s.stopped
                    }
                    if stopped { try? await connection.close(); break }
                    attempt = 0
                    do {
                        try await connection.listen(on: channel) { notifications in
                            state.withLockedValue { $0.listening = true }
                            // Whatever changed while nobody listened is unknown: start with no cards.
                            cards.resume()
                            for try await notification in notifications {
                                // Its own were delivered when published: known by their first bytes, without decoding.
                                if notification.payload.hasPrefix(ownMark) { continue }
                                let data = Data(notification.payload.utf8)
                                if let envelope = try? JSONDecoder().decode(Envelope.self, from: data) {
                                    // Its own were delivered when published.
                                    guard envelope.origin != origin else { continue }
                                    if let event = envelope.event { hub.deliver(event) }
                                    if let change = envelope.cards { cards.apply(change) }
                                } else if let event = try? JSONDecoder().decode(LiveEvent.self, from: data) {
                                    // From an instance of the previous release, during an upgrade.
                                    hub.deliver(event)
                                }
                            }
                        }
                    } catch {
                        if !state.withLockedValue({ $0.stopped }) { logger.warning("live listener stopped", metadata: ["error": "\(error)"]) }
                    }
                    cards.suspend()
                    state.withLockedValue { $0.listening = false; $0.connection = nil }
                    try? await connection.close()
                } catch {
                    if !state.withLockedValue({ $0.stopped }) { logger.warning("live listener cannot connect", metadata: ["error": "\(error)"]) }
                }
                attempt += 1
                try? await Task.sleep(for: .milliseconds(min(10_000, 250 * attempt)))
            }
        }
        state.withLockedValue { $0.task = task }
    }

    func shutdown() async {
        // The changes still being sent go out before the database closes; later ones stay here.
        let sending = cardOutbox.withLockedValue { o -> Task<Void, Never>? in
            o.stopped = true
            return o.sending
        }
        await sending?.value
        let (task, connection) = state.withLockedValue { s -> (Task<Void, Never>?, PostgresConnection?) in
            s.stopped = true
            defer { s.task = nil; s.connection = nil }
            return (s.task, s.connection)
        }
        try? await connection?.close()
        task?.cancel()
        await task?.value
    }
}
