import Foundation
import NIOConcurrencyHelpers
import Vapor

/// What a page may say over its live socket. Pages mostly listen; an area that takes messages
/// from them (the hotline chat) registers a handler for the `kind`s it answers. A handler gets
/// the person the socket was opened by and returns the replies for that socket alone. Anything
/// else (a keep-alive, an unknown kind, text that is not JSON) is ignored.
final class LiveInbox: Sendable {
    struct Message: Sendable {
        var kind: String
        var data: Data
        var principal: Principal
        var app: Application
    }

    typealias Handler = @Sendable (Message) async -> [String]

    /// The longest text a page may send; a chat message is far below it.
    static let maxText = 32 * 1024

    private let handlers = NIOLockedValueBox<[String: Handler]>([:])

    func on(_ kinds: [String], _ handler: @escaping Handler) {
        handlers.withLockedValue { all in for kind in kinds { all[kind] = handler } }
    }

    private struct Envelope: Decodable { var kind: String }

    func handle(_ text: String, principal: Principal, app: Application) async -> [String] {
        guard text.utf8.count <= Self.maxText else { return [] }
        let data = Data(text.utf8)
        guard let kind = (try? JSONDecoder().decode(Envelope.self, from: data))?.kind,
              let handler = handlers.withLockedValue({ $0[kind] }) else { return [] }
        return await handler(Message(kind: kind, data: data, principal: principal, app: app))
    }
}
