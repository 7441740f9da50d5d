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
/// trip through the one listening connection.
final class PostgresEventBus: EventBus {
    let hub: LiveHub
    let channel: String
    private let configuration: PostgresConnection.Configuration
    private let database: @Sendable () -> any Database
    private let state = NIOLockedValueBox<State>(State())
    private let logger = Logger(label: "ordercycle.live")
    /// This instance's mark on what it publishes.
    private let origin = UUID().uuidString

    /// What travels in a notification: the event and the instance that published it.
    struct Envelope: Codable {
        var origin: String
        var event: LiveEvent
    }

    private struct State {
        var task: Task<Void, Never>?
        var connection: PostgresConnection?
        var listening = false
        var stopped = false
    }

    /// `schema` keeps apart the deployments (and the parallel tests) that share one server.
    init(hub: LiveHub, url: String, schema: String?, database: @escaping @Sendable () -> any Database) throws {
        self.hub = hub
        self.database = database
        var configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        if url.contains("sslmode=disable") || !url.contains("sslmode") { configuration.tls = .disable }
        self.configuration = configuration
        self.channel = "ordercycle_live" + (schema.map { "_" + $0.lowercased() } ?? "")
    }

    /// NOTIFY carries at most 8000 bytes; a call card is far below that.
    func publish(_ event: LiveEvent) async throws {
        hub.deliver(event)
        let payload = String(decoding: try JSONEncoder().encode(Envelope(origin: origin, event: event)), as: UTF8.self)
        try await database().sql.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
    }

    var isReady: Bool { get async { state.withLockedValue { $0.listening } } }

    func start(_ app: Application) {
        let eventLoop = app.eventLoopGroup.any()
        let task = Task { [configuration, channel, hub, logger, state, origin] in
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
                            for try await notification in notifications {
                                let data = Data(notification.payload.utf8)
                                if let envelope = try? JSONDecoder().decode(Envelope.self, from: data) {
                                    // Its own were delivered when published.
                                    if envelope.origin != origin { hub.deliver(envelope.event) }
                                } else if let event = try? JSONDecoder().decode(LiveEvent.self, from: data) {
                                    // From an instance of the previous release, during an upgrade.
                                    hub.deliver(event)
                                }
                            }
                        }
                    } catch {
                        if !state.withLockedValue({ $0.stopped }) { logger.warning("live listener stopped", metadata: ["error": "\(error)"]) }
                    }
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
