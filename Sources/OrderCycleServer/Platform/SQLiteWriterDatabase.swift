import FluentKit
import FluentSQL
import Foundation
import NIOCore
import SQLiteKit
import SQLKit
import Vapor

/// The writer (`SQLiteWriter`) as the database that a write's code sees: Fluent models and SQLKit
/// queries run on it as on the pool, converted and encoded the same way, but each statement runs
/// at once on the caller's thread.
struct SQLiteWriterDatabase: Database, SQLDatabase {
    let writer: SQLiteWriter
    let context: DatabaseContext
    let inTransaction: Bool

    private static let encoder = SQLiteDataEncoder()

    /// The connection's database outside any transaction (a write opens its own), with the app's
    /// SQLite configuration and logger, completing its futures on the spot.
    init(_ connection: SQLiteWriter, app: Application) {
        guard let configuration = app.databases.configuration(for: .sqlite) else { preconditionFailure("configure() uses SQLite") }
        let context = DatabaseContext(configuration: configuration, logger: app.logger, eventLoop: ImmediateEventLoop.shared)
        self.init(writer: connection, context: context, inTransaction: false)
    }

    init(writer: SQLiteWriter, context: DatabaseContext, inTransaction: Bool) {
        self.writer = writer
        self.context = context
        self.inTransaction = inTransaction
    }

    // MARK: Fluent

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        var sql = SQLQueryConverter(delegate: SQLiteWriterConverter()).convert(query)
        // A create answers the id it wrote, as the pool's driver asks for it.
        if case .create = query.action, query.customIDKey != .some(.string("")) {
            sql = SQLList([sql, SQLReturning(.init((query.customIDKey ?? .id).description))], separator: SQLRaw(" "))
        }
        return completed { try run(sql) { onOutput(SQLiteWriterOutput(row: $0, schema: nil)) } }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        completed { try run(SQLSchemaConverter(delegate: SQLiteWriterConverter()).convert(schema)) { _ in } }
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { eventLoop.makeSucceededFuture(()) }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        return eventLoop.makeFutureWithTask { try await self.transaction { try await closure($0).get() } }
    }

    func withConnection<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    /// A transaction on the writer. Its statements run without suspending, so the whole of it
    /// holds the caller's thread only as long as SQLite works.
    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction else { return try await closure(self) }
        let tx = SQLiteWriterDatabase(writer: writer, context: context, inTransaction: true)
        try writer.run("BEGIN IMMEDIATE TRANSACTION", []) { _ in }
        do {
            let result = try await closure(tx)
            try writer.run("COMMIT TRANSACTION", []) { _ in }
            return result
        } catch {
            try? writer.run("ROLLBACK TRANSACTION", []) { _ in }
            throw error
        }
    }

    // MARK: SQLKit

    var dialect: any SQLDialect { SQLiteDialect() }
    var logger: Logger { context.logger }
    var eventLoop: any EventLoop { context.eventLoop }
    var queryLogLevel: Logger.Level? { .debug }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        completed { try run(query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }

    /// A statement whose values are encoded already (a bulk insert's).
    func run(_ sql: String, _ binds: [SQLiteData]) throws {
        try writer.run(sql, binds) { _ in }
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        logger.debug("Executing query", metadata: ["sql": .string(sql), "binds": .array(binds.map { .string("\($0)") })])
        try writer.run(sql, try binds.map { try Self.encoder.encode($0) }) { onRow($0) }
    }

    private func completed(_ work: () throws -> Void) -> EventLoopFuture<Void> {
        do {
            try work()
            return eventLoop.makeSucceededFuture(())
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }
}

/// The column types Fluent's schema names, as the pool's SQLite driver writes them.
private struct SQLiteWriterConverter: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? {
        switch dataType {
        case .string, .enum: SQLRaw("TEXT")
        case .datetime: SQLRaw("REAL")
        case .int64: SQLRaw("INTEGER")
        default: nil
        }
    }
}
