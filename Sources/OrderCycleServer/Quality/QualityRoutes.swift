import Vapor

/// The quality area's API endpoints and pages.
enum QualityRoutes {
    static func register(_ routes: any RoutesBuilder) {
        QualityAPI.register(routes)
        QualityPages.register(routes)
        QualityRecordPages.register(routes)
        StandardsPages.register(routes)
        CostOfServicePages.register(routes)
    }
}
