import Vapor

/// The support area's routes: tickets, SLA policies, the mail gateway (`APIRoute.Support`) and
/// the operator's and client's pages (`PageRoute.Support`).
enum SupportRoutes {
    static func register(_ routes: any RoutesBuilder) {
        SupportAPI.register(routes)
        SupportPages.register(routes)
    }
}
