import Fluent
import OrderCycleCore
import Vapor

/// A person's notifications through the API: their own only, newest first, read or not.
/// An integration token acts for no person and has none (403).
enum NotificationsAPI {
    static let readers = Access.roles(Set(Role.allCases))

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Notifications.notifications, access: readers, use: list)
        routes.endpoint(.POST, APIRoute.Notifications.read, access: readers, use: read)
        routes.endpoint(.GET, APIRoute.Notifications.settings, access: readers, use: settings)
        routes.endpoint(.PUT, APIRoute.Notifications.settings, access: readers, use: choose)
    }

    static func person(_ req: Request) throws -> UUID {
        guard let user = try req.actor.userID else { throw Problem(.forbidden, detail: "Notifications belong to a person; this token acts for none") }
        return user
    }

    @Sendable static func list(req: Request) async throws -> NotificationPage {
        let user = try person(req)
        let page = try PageRequest(req, ordering: .moment)
        let unreadOnly = try unreadFilter(req)
        let lang = try req.actor.language ?? .en
        let (rows, next) = try await NotificationQueries.page(of: user, page, unreadOnly: unreadOnly, on: req.db)
        return NotificationPage(items: rows.map { $0.dto(lang) }, unread: try await NotificationQueries.unread(of: user, on: req.db), next_cursor: next)
    }

    static func unreadFilter(_ req: Request) throws -> Bool {
        guard let raw = req.query[String.self, at: "unread"] else { return false }
        guard let value = Bool(raw) else { throw Problem.field("unread", "must be true or false") }
        return value
    }

    struct ReadBody: Content { var ids: [UUID]?; var all: Bool? }
    struct Unread: Content { var unread: Int }

    @Sendable static func read(req: Request) async throws -> Unread {
        _ = try person(req)
        let body = try req.content.decode(ReadBody.self)
        let operation = try MarkNotificationsRead(ids: body.ids, all: body.all)
        let actor = try req.actor
        return Unread(unread: try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) })
    }

    struct Settings: Content { var kinds: [NotificationKind] }
    struct SettingsBody: Content { var kinds: [String] }

    @Sendable static func settings(req: Request) async throws -> Settings {
        let muted = try await NotificationQueries.mutes(of: try person(req), on: req.db)
        return Settings(kinds: NotificationKind.allCases.filter { !muted.contains($0) })
    }

    @Sendable static func choose(req: Request) async throws -> Settings {
        _ = try person(req)
        let body = try req.content.decode(SettingsBody.self)
        let operation = try ChooseNotificationKinds(wanted: body.kinds)
        let actor = try req.actor
        let wanted = try await req.write { tx in try await operation.run(by: actor, on: tx) }
        return Settings(kinds: NotificationKind.allCases.filter(wanted.contains))
    }
}
