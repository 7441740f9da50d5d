import Vapor

/// The stock area's routes: products and their stock movements. Paths come from `APIRoute.Stock`.
enum StockRoutes {
    static func register(_ routes: any RoutesBuilder) {
        ProductsAPI.register(routes)
    }
}
