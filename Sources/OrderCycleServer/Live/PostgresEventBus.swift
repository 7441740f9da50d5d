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
/// trip through the one listening connection. Call card changes travel the same way; an
/// instance keeps no call cards while it is not listening, as it could miss a change.
final class PostgresEventBus: EventBus {
    let hub: LiveHub
    let cards: CallCardCache
    let channel: String
    private let configuration: PostgresConnection.Configuration
    private let database: @Sendable () -> any Database
    private let state = NIOLockedValueBox<State>(State())
    private let logger = Logger(label: "ordercycle.live")
    /// This instance's mark on what it publishes.
    private let origin = UUID().uuidString

    /// What travels in a notification: a live event or a card change, and the instance that published it.
    struct Envelope: Codable {
        var origin: String
        var event: LiveEvent?
        var cards: CardChange?
    }

    /// Card changes not yet notified, and whether a notification is on its way.
    private struct Outbox {
        var pending: CardChange?
        var sending: Task<Void, Never>?
        var stopped = false
    }
    private let outbox = NIOLockedValueBox(Outbox())

    private struct State {
        var task: Task<Void, Never>?
        var connection: PostgresConnection?
        var listening = false
        var stopped = false
    }

    /// `schema` keeps apart the deployments (and the parallel tests) that share one server.
    init(hub: LiveHub, cards: CallCardCache, url: String, schema: String?, database: @escaping @Sendable () -> any Database) throws {
        self.hub = hub
        self.cards = cards
        cards.suspend()
        self.database = database
        var configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        if url.contains("sslmode=disable") || !url.contains("sslmode") { configuration.tls = .disable }
        self.configuration = configuration
        self.channel = "ordercycle_live" + (schema.map { "_" + $0.lowercased() } ?? "")
    }

    /// NOTIFY carries at most 8000 bytes; a call card is far below that.
    func publish(_ event: LiveEvent) async throws {
        hub.deliver(event)
        try await notify(Envelope(origin: origin, event: event))
    }

    /// Clears this instance's cards at once. The other instances are told by one notification at
    /// a time, in the background: what is announced while one is on its way goes in the next, so
    /// a burst of writes (orders at full speed) sends few notifications and none waits for them.
    func publish(_ change: CardChange) async throws {
        cards.apply(change)
        outbox.withLockedValue { o in
            guard !o.stopped else { return }
            o.pending = o.pending.map { $0.merged(with: change) } ?? change
            guard o.sending == nil else { return }
            o.sending = Task { [self] in
                // The loop ends when nothing is pending; it is the one sender until then.
                while let next = outbox.withLockedValue({ o -> CardChange? in
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

    private func notify(_ envelope: Envelope) async throws {
        let payload = String(decoding: try JSONEncoder().encode(envelope), as: UTF8.self)
        try await database().sql.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
    }

    var isReady: Bool { get async { state.withLockedValue { $0.listening } } }

    func start(_ app: Application) {
        let eventLoop = app.eventLoopGroup.any()
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
        let sending = outbox.withLockedValue { o -> Task<Void, Never>? in
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
