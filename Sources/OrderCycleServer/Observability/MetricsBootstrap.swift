import Metrics
import Prometheus

/// Vapor reports `http_requests_total` and `http_request_duration_seconds` per route, method
/// and status through swift-metrics; this routes them into one Prometheus registry. The metrics
/// system can be bootstrapped once per process, hence the static.
enum MetricsBootstrap {
    static let registry = PrometheusCollectorRegistry()

    private static let once: Void = {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                                   .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                                                   .milliseconds(500), .seconds(1), .seconds(2), .seconds(5)]
        MetricsSystem.bootstrap(factory)
    }()

    static func install() { _ = once }
}
