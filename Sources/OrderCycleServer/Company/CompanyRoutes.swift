import Vapor

/// The company area's routes: the seller's details. Paths come from `APIRoute.Company` and `PageRoute.Company`.
enum CompanyRoutes {
    static func register(_ routes: any RoutesBuilder) {
        CompanyAPI.register(routes)
        CompanyPage.register(routes)
    }
}
