import Vapor

/// The home area's routes: the start page. Paths come from `PageRoute.Home`.
enum HomeRoutes {
    static func register(_ routes: any RoutesBuilder) {
        HomePages.register(routes)
        SearchPage.register(routes)
    }
}
