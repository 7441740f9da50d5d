import Vapor

/// The personal service department's routes (`APIRoute.Services`, `PageRoute.Services`).
enum ServicesRoutes {
    static func register(_ routes: any RoutesBuilder) {
        ServicesAPI.register(routes)
        ServicesPages.register(routes)
    }
}
