import Foundation
import OrderCycleCore
import Vapor

/// The bell in every page's header: how many of the reader's notifications are unread, a link to
/// them, and the live script keeps it current. The count is read once per page (an index seek on
/// the unread rows) by the middleware, since the page shell itself reads nothing.
enum NotificationBell {
    struct UnreadKey: StorageKey { typealias Value = Int }

    struct Middleware: AsyncMiddleware {
        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            if let user = request.principal?.userID, case .session = request.principal?.credential,
               !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/assets/"), request.url.path != PageRoute.Live.socket() {
                request.storage[UnreadKey.self] = try? await NotificationQueries.unread(of: user, on: request.db)
            }
            return try await next.respond(to: request)
        }
    }

    /// Drawn, not a character: a bell glyph is missing from many fonts.
    static let icon: HTML = #"<svg class="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/></svg>"#

    static func html(_ request: Request) -> HTML {
        guard request.principal?.userID != nil, let unread = request.storage[UnreadKey.self] else { return "" }
        let lang = request.language
        let label = lang.t("Notifications", "Уведомления")
        return """
        <a href="\(PageRoute.Notifications.list())" id="bell" class="bell" title="\(label)" aria-label="\(label)">\(icon)<span id="bell-count" class="bell-count\(unread == 0 ? " empty" : "")" data-unread="\(unread)">\(unread)</span></a>
        """
    }
}
