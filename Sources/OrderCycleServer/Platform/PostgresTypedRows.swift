import Fluent
import NIOCore
import PostgresNIO

extension Database {
    /// Runs `read` on the PostgreSQL connection this database works through (inside a
    /// transaction, the transaction's own); nil on SQLite. Rows read there are decoded cell by
    /// cell as the types the caller names, straight from the wire: SQLKit's and Fluent's decoders
    /// (and PostgresNIO's tuple decoding) look each type up as they run, which took a third of
    /// placing a 1,000-line order.
    func onPostgresConnection<T: Sendable>(_ read: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T? {
        guard let postgres = self as? any PostgresDatabase else { return nil }
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask { try await read(connection) }
        }.get()
    }
}
