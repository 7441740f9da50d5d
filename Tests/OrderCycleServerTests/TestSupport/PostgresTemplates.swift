import Fluent
import Foundation
import Logging
import PostgresKit
import PostgresNIO
@testable import OrderCycleServer
import Vapor

/// The migrated PostgreSQL database every test starts from, made once per run and company time
/// zone (the one setting the migrations read), as `SQLiteTemplates` does for SQLite: the server
/// copies a database from a template in a fraction of the time that running every migration
/// takes, and the suites start hundreds of apps. Each test gets a database of its own, so the
/// tests can run in parallel on one server; the app still runs its migrations over the copy,
/// and finds them all recorded.
actor PostgresTemplates {
    static let shared = PostgresTemplates()
    private var made: [String: Task<String, any Error>] = [:]

    /// A new database copied from the template for `config`; its URL.
    func copy(for config: AppConfig, name: String, server: String) async throws -> String {
        let key = config.timeZone.identifier
        let task = made[key] ?? Task { try await Self.make(config, server: server) }
        made[key] = task
        let template = try await task.value
        try await Self.run("CREATE DATABASE \(name) TEMPLATE \(template)", server: server)
        return try Self.url(server, database: name)
    }

    /// Drops a test's database, closing whatever connection the test left open to it.
    static func drop(_ name: String, server: String) async throws {
        try await run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", server: server)
    }

    private static func make(_ base: AppConfig, server: String) async throws -> String {
        try await dropStale(server: server)
        // The name carries when it was made, so that a later run can drop what this one leaves.
        let name = "oc_template_\(Int(Date().timeIntervalSince1970))_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8)
        try await run("CREATE DATABASE \(name)", server: server)
        var config = base
        config.storage = .postgres(url: try url(server, database: String(name)))
        // A template must have no connection open when it is copied: the app's are closed by then.
        try await migrateTemplate(config)
        return String(name)
    }

    /// Templates made by runs long over, which the test process does not outlive to drop.
    private static func dropStale(server: String) async throws {
        let rows = try await PostgresSchemas.query("SELECT datname::text FROM pg_database WHERE datname LIKE 'oc_template_%'", url: server)
        let dayAgo = Int(Date().timeIntervalSince1970) - 86_400
        for name in rows {
            let parts = name.split(separator: "_")
            guard parts.count == 4, let made = Int(parts[2]), made < dayAgo else { continue }
            try? await run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", server: server)
        }
    }

    /// The server's URL with its database replaced by `database`.
    static func url(_ server: String, database: String) throws -> String {
        guard var parts = URLComponents(string: server) else { throw PostgresTemplateError.badURL(server) }
        parts.path = "/" + database
        guard let url = parts.string else { throw PostgresTemplateError.badURL(server) }
        return url
    }

    /// Runs one statement on the server's own database (CREATE and DROP DATABASE run outside a transaction).
    private static func run(_ sql: String, server: String) async throws {
        _ = try await PostgresSchemas.query(sql, url: server)
    }
}

enum PostgresTemplateError: Error { case badURL(String) }
