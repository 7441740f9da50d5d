import Foundation
import NIOConcurrencyHelpers
import NIOCore
import OrderCycleCore
import Vapor

/// Live updates: the `/live` WebSocket of every logged-in page, the event bus chosen by the
/// storage in use, and the presence heartbeat.
enum LiveUpdates {
    struct Services: Sendable {
        var hub: LiveHub
        var bus: any EventBus
        var instanceID: String
        var inbox: LiveInbox
        /// The call cards kept on this instance, cleared through the bus.
        var cards: CallCardCache
    }

    private struct Key: StorageKey { typealias Value = Services }

    static func install(_ app: Application) throws {
        let hub = LiveHub()
        let cards = CallCardCache()
        let bus: any EventBus
        switch app.appConfig.storage {
        case .postgres(let url):
            bus = try PostgresEventBus(hub: hub, cards: cards, url: url, schema: app.appConfig.postgresSchema, database: { try app.openDatabase() })
        case .sqlite, .sqliteMemory:
            bus = InProcessEventBus(hub: hub, cards: cards)
        }
        app.storage[Key.self] = Services(hub: hub, bus: bus, instanceID: UUID().uuidString, inbox: LiveInbox(), cards: cards)
        app.lifecycle.use(Lifecycle())
    }

    static func services(_ app: Application) -> Services {
        guard let services = installed(app) else { preconditionFailure("LiveUpdates.install runs in configure") }
        return services
    }

    /// Nil once the app has shut down (its storage is emptied), for work that may finish after that.
    static func installed(_ app: Application) -> Services? { app.storage[Key.self] }

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Live.socket, access: .authenticated, use: connect)
        routes.endpoint(.GET, PageRoute.Live.script, access: .open) { _ -> Response in StaticText.response(LiveScript.source) }
    }

    /// Upgrades to a WebSocket, for a page of this site only; the connection counts as "live" for
    /// routing until it closes.
    @Sendable static func connect(req: Request) async throws -> Response {
        let principal = try req.actor
        guard let userID = principal.userID else { throw Problem(.forbidden) }
        guard LiveOrigin.allows(origin: req.headers.first(name: .origin), host: req.headers.first(name: .host),
                                https: req.application.appConfig.secureCookies) else {
            throw Problem(.forbidden, detail: "Live updates are only for pages of this site")
        }
        let services = services(req.application)
        let app = req.application
        // The upgrade runs on the socket's event loop before any frame is read, so what the page
        // says first (a chat asking for what it missed) finds its handler in place.
        return req.webSocket(onUpgrade: { _, socket in
            let id = UUID()
            services.hub.add(id, .init(userID: userID, role: principal.role, clientID: principal.role == .client ? principal.clientID : nil, socket: socket))
            // What the page says is handled in the order it was said (a chat's messages keep their order).
            let (said, saying) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(256))
            socket.onText { _, text in saying.yield(text) }
            Task {
                for await text in said {
                    for reply in await services.inbox.handle(text, principal: principal, app: app) {
                        try? await socket.send(reply)
                    }
                }
            }
            socket.onClose.whenComplete { _ in
                saying.finish()
                services.hub.remove(id)
            }
            // A text no area takes is a keep-alive.
            socket.send("{\"kind\":\"hello\"}", promise: nil)
            Task {
                // Through the write lock: on SQLite a second writer beside a running transaction would fail.
                do { try await app.openDatabase().write(app) { tx in try await LivePresence.open(id, userID: userID, role: principal.role, instanceID: services.instanceID, now: app.clock.now(), on: tx) } } catch {
                    app.logger.warning("live presence not recorded", metadata: ["error": "\(error)"])
                }
                // Closed only after it was opened. A socket may close after the app has shut its
                // databases down (at exit, in tests): then there is no presence left to close.
                try? await socket.onClose.get()
                try? await app.openDatabase().write(app) { tx in try await LivePresence.close(id, on: tx) }
            }
        })
    }

    /// How often an instance confirms its open pages; set before boot by a test that moves the
    /// clock past a page's life and must not see a heartbeat confirm it meanwhile.
    struct HeartbeatKey: StorageKey { typealias Value = TimeAmount }

    /// Starts the bus and the presence heartbeat when the app boots; stops them on shutdown.
    struct Lifecycle: LifecycleHandler {
        private let heartbeat = NIOLockedValueBox<RepeatedTask?>(nil)

        func didBoot(_ app: Application) throws {
            let services = LiveUpdates.services(app)
            services.bus.start(app)
            let loop = app.eventLoopGroup.any()
            let every = app.storage[HeartbeatKey.self] ?? .seconds(30)
            let task = loop.scheduleRepeatedAsyncTask(initialDelay: every, delay: every) { _ in
                // An instance without open pages (or a command such as `demo`) has nothing to
                // renew, and must not queue for the write lock behind a long bulk load. Stale rows
                // of other instances are read as stale anyway and swept by the next live heartbeat.
                let open = services.hub.openConnectionIDs
                guard !open.isEmpty else { return loop.makeSucceededVoidFuture() }
                return loop.makeFutureWithTask { try await app.openDatabase().write(app) { tx in try await LivePresence.touch(open, now: app.clock.now(), on: tx) } }
                    .flatMapError { _ in loop.makeSucceededVoidFuture() }
            }
            heartbeat.withLockedValue { $0 = task }
        }

        /// An app released without its asynchronous shutdown: no heartbeat starts after it.
        func shutdown(_ app: Application) {
            heartbeat.withLockedValue { t in t?.cancel(); t = nil }
        }

        func shutdownAsync(_ app: Application) async {
            // Wait for a heartbeat already running, so it cannot reach a database being shut down.
            if let task = heartbeat.withLockedValue({ t in defer { t = nil }; return t }) {
                let stopped = app.eventLoopGroup.any().makePromise(of: Void.self)
                task.cancel(promise: stopped)
                try? await stopped.futureResult.get()
            }
            await LiveUpdates.services(app).bus.shutdown()
        }
    }
}
