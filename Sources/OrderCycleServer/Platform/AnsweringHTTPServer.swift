import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Vapor's HTTP server, with `ParserErrorAnswer` behind the parser of every connection.
///
/// Vapor 4 builds each connection's pipeline in a closure of its own and offers no hook into
/// it, so the answer goes in from the listening channel: a handler after NIO's accept handler
/// sees each accepted connection once Vapor has set it up, and before it is registered to
/// read. Vapor does not expose the listening channel either; it is read from the server by
/// reflection. Should a Vapor release rename that field, the server still serves, refused
/// requests are dropped as before, a warning says so, and `OversizedRequestTests` fail.
struct AnsweringHTTPServer: Server {
    let inner: HTTPServer
    let https: Bool
    let logger: Logger

    var onShutdown: EventLoopFuture<Void> { inner.onShutdown }

    func start(address: BindAddress?) async throws {
        try await inner.start(address: address)
        try await attach()
    }

    @available(*, noasync)
    func start(address: BindAddress?) throws {
        try inner.start(address: address)
        guard let channel = listeningChannel() else { return warnUnattached() }
        try channel.pipeline.addHandler(AcceptedConnections(https: https), position: .last).wait()
    }

    func shutdown() async { await inner.shutdown() }

    @available(*, noasync)
    func shutdown() { inner.shutdown() }

    private func attach() async throws {
        guard let channel = listeningChannel() else { return warnUnattached() }
        try await channel.pipeline.addHandler(AcceptedConnections(https: https), position: .last).get()
    }

    private func warnUnattached() {
        logger.warning("malformed requests will be dropped without an answer: the listening channel was not found")
    }

    /// `HTTPServer.connection` (a locked `HTTPServerConnection?`) and its `channel`.
    private func listeningChannel() -> (any Channel)? {
        guard let box = Mirror(reflecting: inner).descendant("connection") as? any LockedValueReading else { return nil }
        return Mirror(reflecting: box.lockedValue).descendant("some", "channel") as? any Channel
    }
}

/// Reads a `NIOLockedValueBox` whose value's type is not public.
private protocol LockedValueReading { var lockedValue: Any { get } }

extension NIOLockedValueBox: LockedValueReading {
    fileprivate var lockedValue: Any { withLockedValue { $0 } }
}

/// On the listening channel, after the accept handler: each accepted connection arrives here
/// set up but not yet registered, and the answer is added on the connection's own event loop
/// ahead of its registration (tasks of one loop run in order).
private final class AcceptedConnections: ChannelInboundHandler, Sendable {
    typealias InboundIn = any Channel

    let https: Bool
    init(https: Bool) { self.https = https }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let connection = unwrapInboundIn(data)
        let https = self.https
        connection.eventLoop.execute { ParserErrorAnswer.install(on: connection, https: https) }
        context.fireChannelRead(data)
    }
}
