import Foundation
import Vapor

/// A browser sends the session cookie with a WebSocket handshake whatever page opened it, so
/// a foreign page could listen to a logged-in person's live events (cross-site WebSocket
/// hijacking). The handshake is accepted only from a page of this site: its `Origin` names the
/// host the request was sent to. A client without `Origin` is not a browser, and so cannot
/// be lured into this; it is let through.
enum LiveOrigin {
    static func allows(origin: String?, host: String?, https: Bool) -> Bool {
        guard let origin else { return true }
        guard let host, !host.isEmpty,
              let url = URL(string: origin), let scheme = url.scheme?.lowercased(), let originHost = url.host,
              url.user == nil, url.path.isEmpty || url.path == "/", url.query == nil
        else { return false }
        // Behind HTTPS only an HTTPS page is ours; without it a TLS proxy in front may still
        // serve the pages over HTTPS while the app sees plain HTTP.
        let schemes = https ? ["https"] : ["http", "https"]
        guard schemes.contains(scheme) else { return false }
        return authority(originHost, port: url.port, scheme: scheme) == authority(fromHost: host, scheme: scheme)
    }

    /// Host and port, lowercased, with the scheme's default port written out.
    private static func authority(_ host: String, port: Int?, scheme: String) -> String {
        "\(host.lowercased()):\(port ?? (scheme == "https" ? 443 : 80))"
    }

    private static func authority(fromHost header: String, scheme: String) -> String? {
        guard let url = URL(string: "\(scheme)://\(header)"), let host = url.host, url.user == nil, url.path.isEmpty else { return nil }
        return authority(host, port: url.port, scheme: scheme)
    }
}
