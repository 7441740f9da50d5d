import Foundation
import NIOCore
import NIOHTTP1
import Vapor

/// Answers a request that NIO's HTTP parser refuses, where Vapor would only close the
/// connection: a request line or header section over the parser's 80 KB gets 431, anything
/// else it cannot read (an obs-fold, a bad character) 400, both as a problem with
/// `Connection: close`. Then the rest of the refused request is read and dropped until the
/// client closes, so that closing with unread bytes (a TCP reset) cannot destroy the answer
/// before the client has read it.
///
/// Sits right after the parser (`ByteToMessageHandler<HTTPRequestDecoder>`), where parse errors
/// arrive before any handler of Vapor's. It answers after the responses to the requests
/// before it, in order; a parse error inside a request body still goes to Vapor's body stream
/// and closes the connection as before, since that request's handler is already running.
final class ParserErrorAnswer: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// How long the rest of a refused request is drained before the connection is closed anyway.
    static let linger: TimeAmount = .seconds(5)

    private let https: Bool
    /// A request's body is still arriving: a parse error there belongs to Vapor's body stream.
    private var requestOpen = false
    /// Requests read whose response has not been written to its end yet.
    private var awaitingResponses = 0
    /// A refusal held back until the responses before it are out, so the answers keep their order.
    private var pending: HTTPParserError?
    private var answered = false

    init(https: Bool) { self.https = https }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: requestOpen = true; awaitingResponses += 1
        case .body: break
        case .end: requestOpen = false
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where head.status == .switchingProtocols:
            // A WebSocket takes the connection over: no HTTP parts pass here any more.
            context.write(data, promise: promise)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        case .head, .body:
            context.write(data, promise: promise)
        case .end:
            context.write(data, promise: promise)
            awaitingResponses = max(0, awaitingResponses - 1)
            if awaitingResponses == 0, let error = pending {
                pending = nil
                answer(error, context: context)
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if answered || pending != nil {
            // The rest of the refused request, read while draining.
            if error is HTTPParserError || error is ByteToMessageDecoderError { return }
            return context.fireErrorCaught(error)
        }
        guard let parserError = error as? HTTPParserError, !requestOpen else {
            return context.fireErrorCaught(error)
        }
        if awaitingResponses > 0 { pending = parserError } else { answer(parserError, context: context) }
    }

    private func answer(_ error: HTTPParserError, context: ChannelHandlerContext) {
        answered = true
        let problem = Self.problem(for: error)
        var body = context.channel.allocator.buffer(capacity: 256)
        body.writeBytes((try? APIJSON.encoder.encode(problem)) ?? Data("{}".utf8))
        var headers = HTTPHeaders([
            ("Content-Type", "application/problem+json"), ("Content-Length", String(body.readableBytes)), ("Connection", "close"),
        ])
        for (name, value) in SecurityHeaders.all(https: https) { headers.add(name: name, value: value) }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: problem.httpStatus, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            let context = bound.value
            context.close(mode: .output, promise: nil)
            context.eventLoop.scheduleTask(in: Self.linger) { bound.value.close(promise: nil) }
        }
    }

    static func problem(for error: HTTPParserError) -> Problem {
        switch error {
        case .headerOverflow:
            Problem(.headerFieldsTooLarge, detail: "The request line or the header fields are over 80 KB")
        default:
            Problem(.malformed, detail: "The request is not valid HTTP/1.1")
        }
    }

    /// Puts the answer behind the parser of a freshly accepted connection, on its event loop.
    static func install(on channel: any Channel, https: Bool) {
        let sync = channel.pipeline.syncOperations
        guard let parser = try? sync.context(handlerType: ByteToMessageHandler<HTTPRequestDecoder>.self) else { return }
        try? sync.addHandler(ParserErrorAnswer(https: https), position: .after(parser.handler))
    }
}

@available(*, unavailable)
extension ParserErrorAnswer: Sendable {}
