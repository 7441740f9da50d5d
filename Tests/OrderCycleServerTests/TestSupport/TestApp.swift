import Fluent
import FluentPostgresDriver
import Foundation
import NIOHTTP1
import OrderCycleCore
import SQLKit
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Runs `body` against a freshly migrated app: a new SQLite file by default, or a database of
/// its own on the PostgreSQL server named by `ORDERCYCLE_TEST_POSTGRES_URL` (CI runs both),
/// each copied from a migrated template.
/// The app is always shut down and its database dropped. The app reads "now" from `clock`: the
/// wall clock unless a test passes one it sets and moves (`ManualClock`), so time passes without sleeping.
func withApp(clock: AppClock = .system, _ configure: (inout AppConfig) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    guard onPostgres else { return try await runApp(clock, configure, body) }
    // Each app holds a pool and a LISTEN connection, and the suites run many tests at once:
    // on PostgreSQL they take turns, so the server's connection limit is never reached.
    await PostgresSlots.shared.acquire()
    do {
        try await runApp(clock, configure, body)
    } catch {
        await PostgresSlots.shared.release()
        throw error
    }
    await PostgresSlots.shared.release()
}

private func runApp(_ clock: AppClock, _ configure: (inout AppConfig) -> Void, _ body: (Application) async throws -> Void) async throws {
    var config = AppConfig(bcryptCost: 4)
    // The suites run many tests at once beside other work; a burst of concurrent requests then
    // queues for connections far longer than a production wait allows. A test asserts what the
    // requests did, never how fast, so it lets them wait.
    config.databaseWait = 600
    configure(&config)
    let env = ProcessInfo.processInfo.environment
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ordercycle-test-\(UUID().uuidString).sqlite").path
    var database: String?
    if let pg = env["ORDERCYCLE_TEST_POSTGRES_URL"], !pg.isEmpty {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        config.storage = .postgres(url: try await PostgresTemplates.shared.copy(for: config, name: String(name), server: pg))
        database = String(name)
    } else {
        try await SQLiteTemplates.shared.copy(for: config, to: scratch)
        config.storage = .sqlite(path: scratch)
    }
    let app = try await Application.make(.testing)
    // Each test migrates a new database; the migrator's progress lines would bury what a failing test shows.
    app.logger.logLevel = env["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
    app.clock = clock
    do {
        try await OrderCycleServer.configure(app, config: config)
        // In memory, Vapor builds the router anew for every request (hundreds of routes); a
        // test's routes and middleware are fixed once the app is configured, so one is built.
        let responder = app.responder.current
        app.responder.use { _ in responder }
        try await prepareStorage(app)
        try await app.autoMigrate()
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        try? await cleanUp(database: database, scratch: scratch)
        throw error
    }
    try await app.asyncShutdown()
    try await cleanUp(database: database, scratch: scratch)
}

/// The migrated SQLite database every test starts from, made once per run and company time zone
/// (the one setting the migrations read): copying a file costs milliseconds, running every
/// migration for each of the suites' hundreds of apps costs minutes. The app still runs its
/// migrations over the copy, and finds them all recorded.
actor SQLiteTemplates {
    static let shared = SQLiteTemplates()
    private var made: [String: Task<String, any Error>] = [:]

    func copy(for config: AppConfig, to path: String) async throws {
        let key = config.timeZone.identifier
        let task = made[key] ?? Task { try await Self.make(config) }
        made[key] = task
        let template = try await task.value
        try FileManager.default.copyItem(atPath: template, toPath: path)
        // A WAL the last connection could not fold in travels with the file.
        if FileManager.default.fileExists(atPath: template + "-wal") {
            try FileManager.default.copyItem(atPath: template + "-wal", toPath: path + "-wal")
        }
    }

    private static func make(_ base: AppConfig) async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ordercycle-template-\(UUID().uuidString).sqlite").path
        var config = base
        config.storage = .sqlite(path: path)
        try await migrateTemplate(config)
        return path
    }
}

/// Runs every migration on the database `config` names, then shuts the app down so that no
/// connection stays open to the template.
func migrateTemplate(_ config: AppConfig) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await OrderCycleServer.configure(app, config: config)
        try await prepareStorage(app)
        try await app.autoMigrate()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Turns for test apps on PostgreSQL: at most `count` at once. Each holds up to nine
/// connections (the pool and the LISTEN), so 20 stay well under the CI server's limit.
actor PostgresSlots {
    static let shared = PostgresSlots(count: 20)
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func acquire() async {
        if free > 0 { free -= 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

private func cleanUp(database: String?, scratch: String) async throws {
    if let database, let pg = ProcessInfo.processInfo.environment["ORDERCYCLE_TEST_POSTGRES_URL"] {
        try await PostgresTemplates.drop(database, server: pg)
    }
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
}

var onPostgres: Bool { !(ProcessInfo.processInfo.environment["ORDERCYCLE_TEST_POSTGRES_URL"] ?? "").isEmpty }

/// Creates a user directly and returns a bearer token for it.
@discardableResult
func makeUser(_ app: Application, role: Role, email: String? = nil, password: String = "correct horse", clientID: UUID? = nil) async throws -> (user: User, token: String) {
    let user = User(email: email ?? "\(role.rawValue)-\(UUID().uuidString.prefix(8).lowercased())@test.example",
                    passwordHash: try await app.password.async.hash(password), displayName: "\(role.rawValue) tester", role: role, clientID: clientID)
    try await user.create(on: app.db)
    let token = Secrets.token()
    try await ApiToken(tokenHash: Secrets.hash(token), name: "test", kind: .login, role: role, userID: user.id, createdBy: user.id,
                       now: app.clock.now(), expiresAt: app.clock.now().addingTimeInterval(3600)).create(on: app.db)
    return (user, token)
}

extension HTTPHeaders {
    static func bearer(_ token: String, _ extra: [(String, String)] = []) -> HTTPHeaders {
        var h = HTTPHeaders([("Authorization", "Bearer \(token)")])
        for (k, v) in extra { h.add(name: k, value: v) }
        return h
    }
}
