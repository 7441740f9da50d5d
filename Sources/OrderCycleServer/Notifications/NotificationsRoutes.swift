import Vapor

/// The notifications area's routes (API and pages). Paths come from `APIRoute.Notifications` and `PageRoute.Notifications`.
enum NotificationsRoutes {
    static func register(_ routes: any RoutesBuilder) {
        NotificationsAPI.register(routes)
        NotificationsPage.register(routes)
    }
}
