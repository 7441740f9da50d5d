import Foundation
@testable import OrderCycleServer
import Vapor

/// Two instances of the server on one new PostgreSQL schema, both booted and listening for the
/// other's notifications, with `body` run between boot and shutdown; with `serving`, each also
/// answers HTTP on a port of its own (`server.shared.localAddress`). Without
/// `ORDERCYCLE_TEST_POSTGRES_URL` it prints why it skipped and runs nothing.
func withTwoInstances(serving: Bool = false, skipped: String, _ body: (Application, Application) async throws -> Void) async throws {
    guard let url = ProcessInfo.processInfo.environment["ORDERCYCLE_TEST_POSTGRES_URL"], !url.isEmpty else {
        print("\(skipped) skipped: set ORDERCYCLE_TEST_POSTGRES_URL to a PostgreSQL server to run it (CI does).")
        return
    }
    let schema = String("t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))
    try await PostgresSchemas.create(schema, url: url)
    var config = AppConfig(bcryptCost: 4)
    config.storage = .postgres(url: url)
    config.postgresSchema = schema
    let a = try await Application.make(.testing)
    let b = try await Application.make(.testing)
    func stopServing() async {
        guard serving else { return }
        await a.server.shutdown(); await b.server.shutdown()
    }
    do {
        try await OrderCycleServer.configure(a, config: config)
        try await OrderCycleServer.configure(b, config: config)
        try await a.autoMigrate()
        try await a.asyncBoot()
        try await b.asyncBoot()
        if serving {
            try await a.server.start(address: .hostname("127.0.0.1", port: 0))
            try await b.server.start(address: .hostname("127.0.0.1", port: 0))
        }
        try await eventually { await LiveUpdates.services(a).bus.isReady }
        try await eventually { await LiveUpdates.services(b).bus.isReady }
        try await body(a, b)
        await stopServing()
    } catch {
        await stopServing()
        try? await a.asyncShutdown(); try? await b.asyncShutdown()
        try? await PostgresSchemas.drop(schema, url: url)
        throw error
    }
    try await a.asyncShutdown()
    try await b.asyncShutdown()
    try await PostgresSchemas.drop(schema, url: url)
}
