import Fluent
import Prometheus
import Vapor

/// Health for load balancers and metrics for Prometheus.
enum ObservabilityRoutes {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Observability.health, access: .open) { _ in HealthStatus(status: "ok") }
        routes.endpoint(.GET, PageRoute.Observability.ready, access: .open, use: ready)
        routes.endpoint(.GET, PageRoute.Observability.metrics, access: .open, use: metrics)
        routes.endpoint(.GET, PageRoute.Observability.stylesheet, access: .open) { _ -> Response in
            StaticText.response(Stylesheet.css, type: StaticText.css, maxAge: 3_600)
        }
        routes.endpoint(.GET, PageRoute.Observability.pageScript, access: .open) { _ in PageScript.response() }
    }

    struct HealthStatus: Content { var status: String }

    @Sendable static func ready(req: Request) async throws -> Response {
        do {
            _ = try await req.db.sql.raw("SELECT 1 AS one").first()
            return try await HealthStatus(status: "ready").encodeResponse(for: req)
        } catch {
            req.logger.error("database unreachable", metadata: ["error": "\(error)"])
            throw Problem(.unavailable, detail: "The database is not reachable")
        }
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        var buffer: [UInt8] = []
        MetricsBootstrap.registry.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "plain", parameters: ["version": "0.0.4"])
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }
}
