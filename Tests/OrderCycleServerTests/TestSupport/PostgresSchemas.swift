import Fluent
import Foundation
import Logging
import NIOPosix
import PostgresKit
import PostgresNIO

/// Schemas of their own on the test PostgreSQL server, for the tests that start apps by hand (two
/// instances sharing one, the previous release's migrations), and the one way the test support
/// runs a statement on that server.
enum PostgresSchemas {
    static func create(_ name: String, url: String) async throws {
        try await run("CREATE SCHEMA \(name)", url: url)
    }

    static func drop(_ name: String, url: String) async throws {
        try await run("DROP SCHEMA IF EXISTS \(name) CASCADE", url: url)
    }

    private static func run(_ sql: String, url: String) async throws {
        _ = try await PostgresSchemas.query(sql, url: url)
    }

    /// Runs one statement on its own connection, outside any transaction (as `CREATE` and
    /// `DROP DATABASE` must), and returns the first column of each row as text.
    static func query(_ sql: String, url: String) async throws -> [String] {
        var config = try SQLPostgresConfiguration(url: url).coreConfiguration
        config.tls = .disable
        let logger = Logger(label: "test-databases")
        let connection = try await PostgresConnection.connect(configuration: config, id: 1, logger: logger)
        do {
            var out: [String] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                out.append(try row.decode(String.self))
            }
            try await connection.close()
            return out
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
