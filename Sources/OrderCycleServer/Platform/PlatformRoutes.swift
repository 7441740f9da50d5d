import Vapor

/// The platform's own route: the OpenAPI document. Paths come from `APIRoute.Platform`.
enum PlatformRoutes {
    static func register(_ routes: any RoutesBuilder) {
        OpenAPIDocument.register(routes)
    }
}
