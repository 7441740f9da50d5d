import Vapor

/// The users area's routes (API and pages). Paths come from `PageRoute.Users` and `APIRoute.Users`.
enum UsersRoutes {
    static func register(_ routes: any RoutesBuilder) {
        UsersAPI.register(routes)
        UsersPages.register(routes)
    }
}
