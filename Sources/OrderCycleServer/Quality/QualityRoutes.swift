import Vapor

/// The quality area's API endpoints and pages. Paths come from `APIRoute.Quality` and `PageRoute.Quality`.
enum QualityRoutes {
    static func register(_ routes: any RoutesBuilder) {
        QualityAPI.register(routes)
        StandardsAPI.register(routes)
        QualityPages.register(routes)
        QualityRecordPages.register(routes)
        StandardsPages.register(routes)
        CostOfServicePages.register(routes)
    }
}
