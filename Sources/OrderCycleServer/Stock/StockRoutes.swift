import Vapor

/// The stock area's routes: products and their stock movements. Paths come from `APIRoute.Stock` and `PageRoute.Stock`.
enum StockRoutes {
    static func register(_ routes: any RoutesBuilder) {
        ProductsAPI.register(routes)
        ProductsPages.register(routes)
    }
}
