import Fluent
import Foundation
import NIOConcurrencyHelpers
import PostgresNIO
import SQLiteKit
import SQLKit

/// One row of a result, its cells read by position as the engine gave them.
struct PositionalRow {
    fileprivate enum Source {
        /// An SQLite row's cells, taken once (`SQLiteRow.columns` makes them anew on each call).
        case sqlite([SQLiteColumn])
        /// A PostgreSQL row's cells, straight from the wire.
        case postgres([PostgresCell])
        /// A row through SQLKit, with the result's column names in order.
        case sql(any SQLRow, [String])
    }

    fileprivate let source: Source

    func isNull(_ i: Int) throws -> Bool {
        switch source {
        case .sqlite(let cells): cells[i].data == .null
        case .postgres(let cells): cells[i].bytes == nil
        case .sql(let row, let names): try row.decodeNil(column: names[i])
        }
    }

    func int(_ i: Int) throws -> Int {
        switch source {
        case .sqlite(let cells):
            switch cells[i].data {
            case .integer(let value): return value
            case .float(let value) where value.rounded() == value: return Int(value)
            case let other: throw PositionalRowError(column: cells[i].name, expected: "an integer", found: other.description)
            }
        case .postgres(let cells): return try cells[i].decode(Int.self)
        case .sql(let row, let names): return try row.decode(column: names[i], as: Int.self)
        }
    }

    func string(_ i: Int) throws -> String {
        switch source {
        case .sqlite(let cells):
            switch cells[i].data {
            case .text(let value): return value
            case .integer(let value): return String(value)
            case let other: throw PositionalRowError(column: cells[i].name, expected: "text", found: other.description)
            }
        case .postgres(let cells): return try cells[i].decode(String.self)
        case .sql(let row, let names): return try row.decode(column: names[i], as: String.self)
        }
    }

    func uuid(_ i: Int) throws -> UUID {
        switch source {
        case .sqlite(let cells):
            guard case .text(let text) = cells[i].data, let id = UUID(text: text) else {
                throw PositionalRowError(column: cells[i].name, expected: "an id", found: cells[i].data.description)
            }
            return id
        case .postgres(let cells): return try cells[i].decode(UUID.self)
        case .sql(let row, let names): return try row.decode(column: names[i], as: UUID.self)
        }
    }

    func bool(_ i: Int) throws -> Bool {
        switch source {
        case .sqlite(let cells):
            guard case .integer(let value) = cells[i].data else {
                throw PositionalRowError(column: cells[i].name, expected: "a flag", found: cells[i].data.description)
            }
            return value != 0
        case .postgres(let cells): return try cells[i].decode(Bool.self)
        case .sql(let row, let names): return try row.decode(column: names[i], as: Bool.self)
        }
    }
}

struct PositionalRowError: Error, CustomStringConvertible {
    let column: String
    let expected: String
    let found: String
    var description: String { "column \(column): expected \(expected), found \(found)" }
}

extension Database {
    /// The rows of `query`, each made into a value by `make`, which reads the cells by position.
    /// Through SQLKit every cell is found by its column's name and decoded through `Codable`,
    /// looking its type up as it runs (a third of placing a 1,000-line order on PostgreSQL), and
    /// SQLite's pool hands each row to an event loop as a task of its own (a quarter of a year's
    /// dashboard by category over a million orders). Here SQLite's rows are taken on the
    /// connection's own thread and PostgreSQL's from the wire (inside a transaction, on the
    /// transaction's connection), each cell as stored. The writer's connection inside an SQLite
    /// write, and a value PostgreSQL cannot bind as it is, go through SQLKit by name.
    func rowsByPosition<T: Sendable>(_ query: SQLQueryString, _ make: @escaping @Sendable (PositionalRow) throws -> T) async throws -> [T] {
        let (text, values) = sql.serialize(query)
        if let lite = self as? any SQLiteDatabase {
            let binds = try values.map { try SQLiteDataEncoder().encode($0) }
            logger.debug("Executing query", metadata: ["sql": .string(text), "binds": .array(binds.map { .string("\($0)") })])
            // Rows arrive one at a time on the connection's thread; the first failure stops the rest.
            let made = NIOLockedValueBox<(rows: [T], error: (any Error)?)>(([], nil))
            try await lite.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    try await connection.query(text, binds) { row in
                        made.withLockedValue { made in
                            guard made.error == nil else { return }
                            do { made.rows.append(try make(PositionalRow(source: .sqlite(row.columns)))) } catch { made.error = error }
                        }
                    }
                }
            }.get()
            return try made.withLockedValue { made in
                if let error = made.error { throw error }
                return made.rows
            }
        }
        if let postgres = self as? any PostgresDatabase, let binds = Self.postgresBindings(values) {
            logger.debug("Executing query", metadata: ["sql": .string(text), "binds": .array(values.map { .string("\($0)") })])
            return try await postgres.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    try await connection.query(PostgresQuery(unsafeSQL: text, binds: binds), logger: connection.logger)
                        .reduce(into: [T]()) { rows, row in rows.append(try make(PositionalRow(source: .postgres(Array(row))))) }
                }
            }.get()
        }
        let rows = try await sql.raw(query).all()
        guard let names = rows.first?.allColumns else { return [] }
        return try rows.map { try make(PositionalRow(source: .sql($0, names))) }
    }

    /// The values as PostgreSQL binds them; nil when one of them has no encoding of its own there.
    private static func postgresBindings(_ values: [any Encodable & Sendable]) -> PostgresBindings? {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            guard let encodable = value as? any PostgresThrowingDynamicTypeEncodable, (try? binds.append(encodable)) != nil else { return nil }
        }
        return binds
    }
}
