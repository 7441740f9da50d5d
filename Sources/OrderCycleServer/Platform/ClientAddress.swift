import Foundation
import Vapor

/// Where a request comes from. `X-Forwarded-For` is written by whoever sends the request, so it
/// is believed only when the socket peer is a configured reverse proxy, and then only up to the
/// nearest hop that is not one of ours: the right-most address no trusted proxy stands for.
enum ClientAddress {
    static func resolve(peer: String?, forwardedFor: [String], trusted: Set<String>) -> String {
        guard let peer else { return "unknown" }
        guard trusted.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        // Our proxies append what they saw, so the right-most hop not ours is the real sender;
        // anything to its left was written by the sender and proves nothing.
        if let hop = hops.last(where: { !trusted.contains($0) }) { return hop }
        return hops.first ?? peer
    }

    static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}

extension Request {
    /// The client's address: the socket peer, or what a trusted proxy says it forwarded.
    var clientAddress: String {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
                              trusted: application.appConfig.trustedProxies)
    }
}
