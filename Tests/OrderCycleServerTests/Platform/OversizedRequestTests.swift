import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
@testable import OrderCycleServer
import Testing
import Vapor

/// Requests NIO's parser refuses (too large, or not HTTP/1.1 as written) get an answer and a
/// clean close, not a dropped connection; the server keeps serving. Sent over a real socket,
/// since the parser sits below everything `app.testing()` reaches.
@Suite("Oversized and malformed requests are answered")
struct OversizedRequestTests {
    /// What came back on one connection: every byte until the server closed its side.
    final class Exchange: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        private let received = NIOLockedValueBox<[UInt8]>([])
        let done: EventLoopPromise<Void>

        init(on loop: any EventLoop) { done = loop.makePromise() }

        var text: String { String(decoding: received.withLockedValue { $0 }, as: UTF8.self) }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            received.withLockedValue { $0 += buffer.readableBytesView }
        }
        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case ChannelEvent.inputClosed = event { done.succeed(()) }
            context.fireUserInboundEventTriggered(event)
        }
        func channelInactive(context: ChannelHandlerContext) {
            done.succeed(())
            context.fireChannelInactive()
        }
        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            done.succeed(())
            context.close(promise: nil)
        }
    }

    /// Sends `request` on a fresh connection and returns all the server wrote before closing.
    static func send(_ request: [UInt8], port: Int, group: any EventLoopGroup) async throws -> String {
        let loop = group.next()
        let exchange = Exchange(on: loop)
        let channel = try await ClientBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(exchange) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        // The server may stop reading once it has answered; what it answered is what counts.
        try? await channel.writeAndFlush(ByteBuffer(bytes: request)).get()
        try await exchange.done.futureResult.get()
        try? await channel.close().get()
        return exchange.text
    }

    static func request(_ head: String) -> [UInt8] { Array(head.utf8) }

    static let healthz = request("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")

    func withServer(_ body: (_ port: Int, _ app: Application) async throws -> Void) async throws {
        try await withApp { app in
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            do { try await body(port, app) } catch { await app.server.shutdown(); throw error }
            await app.server.shutdown()
        }
    }

    static func expectAnswer(_ text: String, status: String, type: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.hasPrefix("HTTP/1.1 \(status)"), "got: \(text.prefix(200))", sourceLocation: sourceLocation)
        let lower = text.lowercased()
        #expect(lower.contains("connection: close"), sourceLocation: sourceLocation)
        #expect(lower.contains("content-type: application/problem+json"), sourceLocation: sourceLocation)
        #expect(lower.contains("x-content-type-options: nosniff"), sourceLocation: sourceLocation)
        #expect(text.contains("\"type\":\"https://ordercycle.dev/problems/\(type)\""), "got: \(text.prefix(600))", sourceLocation: sourceLocation)
    }

    static func expectStillServing(port: Int, group: any EventLoopGroup, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let text = try await send(healthz, port: port, group: group)
        #expect(text.hasPrefix("HTTP/1.1 200"), "healthz after: \(text.prefix(120))", sourceLocation: sourceLocation)
    }

    /// Sends `head` on its own connection, expects the refusal, then a `/healthz` that answers.
    func expectRefused(_ head: String, status: String, type: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await withServer { port, app in
            let text = try await Self.send(Self.request(head), port: port, group: app.eventLoopGroup)
            Self.expectAnswer(text, status: status, type: type, sourceLocation: sourceLocation)
            try await Self.expectStillServing(port: port, group: app.eventLoopGroup, sourceLocation: sourceLocation)
        }
    }

    @Test func aPathOf100KBIsAnswered431() async throws {
        try await expectRefused("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                                status: "431", type: "header-fields-too-large")
    }

    @Test func aHeaderOf200KBIsAnswered431() async throws {
        try await expectRefused("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 200_000) + "\r\n\r\n",
                                status: "431", type: "header-fields-too-large")
    }

    @Test func aBearerTokenOf1MBIsAnswered431() async throws {
        try await expectRefused("GET /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + String(repeating: "t", count: 1_000_000) + "\r\n\r\n",
                                status: "431", type: "header-fields-too-large")
    }

    @Test func aFoldedHeaderIsAnswered400() async throws {
        try await expectRefused("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Folded: one\r\n two\r\n\r\n", status: "400", type: "malformed-request")
    }

    @Test func garbageIsAnswered400() async throws {
        try await expectRefused("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n", status: "400", type: "malformed-request")
    }

    /// On a kept-alive connection the first exchange completes as usual; the refused second
    /// request gets its own answer after it.
    @Test func anOversizedRequestAfterAGoodOneOnTheSameConnection() async throws {
        try await withServer { port, app in
            let good = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let bad = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 100_000) + "\r\n\r\n"
            let text = try await Self.send(Self.request(good + bad), port: port, group: app.eventLoopGroup)
            #expect(text.hasPrefix("HTTP/1.1 200"), "got: \(text.prefix(200))")
            let second = try #require(text.range(of: "HTTP/1.1 431"), "got: \(text.prefix(600))")
            Self.expectAnswer(String(text[second.lowerBound...]), status: "431", type: "header-fields-too-large")
            try await Self.expectStillServing(port: port, group: app.eventLoopGroup)
        }
    }
}
