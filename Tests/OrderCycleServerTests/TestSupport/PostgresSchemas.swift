import Fluent
import Foundation
import Logging
import NIOPosix
import PostgresKit
import PostgresNIO

/// Each Postgres test gets a private schema, so the tests can run in parallel on one server.
enum PostgresSchemas {
    static func create(_ name: String, url: String) async throws {
        try await run("CREATE SCHEMA \(name)", url: url)
    }

    static func drop(_ name: String, url: String) async throws {
        try await run("DROP SCHEMA IF EXISTS \(name) CASCADE", url: url)
    }

    private static func run(_ sql: String, url: String) async throws {
        var config = try SQLPostgresConfiguration(url: url).coreConfiguration
        config.tls = .disable
        let connection = try await PostgresConnection.connect(configuration: config, id: 1, logger: Logger(label: "test-schemas"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test-schemas"))
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
