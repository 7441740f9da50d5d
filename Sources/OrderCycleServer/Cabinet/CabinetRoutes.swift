import Vapor

/// The client cabinet's routes (API and pages). Paths come from `APIRoute.Cabinet` and `PageRoute.Cabinet`.
enum CabinetRoutes {
    static func register(_ routes: any RoutesBuilder) {
        CabinetAPI.register(routes)
        CabinetPages.register(routes)
    }
}
