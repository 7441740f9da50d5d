import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Health, readiness, metrics, storage")
struct OperationsTests {
    @Test func healthAndReadiness() async throws {
        try await withApp { app in
            #expect(try await app.api(.GET, "/healthz").status == .ok)
            let ready = try await app.api(.GET, "/readyz")
            #expect(ready.status == .ok)
            #expect(ready.headers.first(name: "X-Request-Id") != nil)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await withApp { app in
            try await app.api(.GET, "/healthz")
            let metrics = try await app.api(.GET, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("http_requests_total"))
            #expect(metrics.text.contains("http_request_duration_seconds"))
        }
    }

    @Test func theOpenAPIDocumentIsServed() async throws {
        try await withApp { app in
            let doc = try await app.api(.GET, "/api/v1/openapi.yaml")
            #expect(doc.status == .ok)
            #expect(doc.text.contains("openapi: 3.1.0"))
            #expect(doc.text.contains("/api/v1/users"))
        }
    }

    @Test func sqliteRunsInWALWithFullSync() async throws {
        guard !onPostgres else { return }
        try await withApp { app in
            let mode = try await app.db.sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            #expect(mode == "wal")
            let sync = try await app.db.sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            #expect(sync == 2) // FULL
        }
    }

    @Test func configurationReportsEveryProblemAtOnce() {
        #expect(throws: AppConfig.Invalid.self) {
            try AppConfig.fromEnvironment(["DATABASE_URL": "mysql://x", "ORDERCYCLE_PHONE_REGION": "Ukraine"])
        }
        do {
            _ = try AppConfig.fromEnvironment(["DATABASE_URL": "mysql://x", "ORDERCYCLE_PHONE_REGION": "Ukraine", "ORDERCYCLE_TIMEZONE": "Mars/Base"])
        } catch let invalid as AppConfig.Invalid {
            #expect(invalid.problems.count == 3)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func storageIsChosenByDatabaseURL() throws {
        #expect(try AppConfig.fromEnvironment([:]).storage == .sqlite(path: "ordercycle.sqlite"))
        #expect(try AppConfig.fromEnvironment(["DATABASE_URL": "sqlite:/tmp/x.sqlite"]).storage == .sqlite(path: "/tmp/x.sqlite"))
        #expect(try AppConfig.fromEnvironment(["DATABASE_URL": "postgres://u@h/db"]).storage == .postgres(url: "postgres://u@h/db"))
        #expect(try AppConfig.fromEnvironment(["DATABASE_POOL_SIZE": "20"]).postgresPoolSize == 20)
        #expect(try AppConfig.fromEnvironment([:]).databaseWait == 30)
        #expect(try AppConfig.fromEnvironment(["DATABASE_WAIT_SECONDS": "120"]).databaseWait == 120)
        #expect(throws: AppConfig.Invalid.self) { try AppConfig.fromEnvironment(["DATABASE_WAIT_SECONDS": "0"]) }
    }
}
