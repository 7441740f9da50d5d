import Vapor

/// The orders area's routes: the orders API (orders, stages, shortfalls, feedback and claims,
/// claim photos, execution plans) and the order pages. Paths come from `APIRoute.Orders` and
/// `PageRoute.Orders`; each file registers its own handlers with their access rules.
enum OrdersRoutes {
    static func register(_ routes: any RoutesBuilder) {
        OrdersAPI.register(routes)
        StagesAPI.register(routes)
        ShortfallAPI.register(routes)
        FeedbackAPI.register(routes)
        ClaimPhotosAPI.register(routes)
        PlanAPI.register(routes)
        OrderPage.register(routes)
        PlanPage.register(routes)
        OrderListPage.register(routes)
        NewOrderPage.register(routes)
        PortfolioPage.register(routes)
        DocumentsPages.register(routes)
        CycleTimePage.register(routes)
        ControlPage.register(routes)
        ClaimsPage.register(routes)
    }
}
