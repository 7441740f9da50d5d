import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Multi-row INSERTs for volume data: one statement per batch of rows. The batch size keeps
/// each statement under PostgreSQL's 65,535 bind parameters.
struct BulkInsert: Sendable {
    let table: String
    let columns: [String]
    private(set) var rows: [[any Encodable & Sendable]] = []

    init(_ table: String, _ columns: [String]) {
        self.table = table
        self.columns = columns
    }

    var batchSize: Int { max(1, 60_000 / columns.count) }

    mutating func add(_ values: [any Encodable & Sendable]) { rows.append(values) }

    func flush(on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        for start in stride(from: 0, to: rows.count, by: batchSize) {
            var insert = db.sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + batchSize, rows.count)] {
                insert = insert.values(row.map { SQLBind($0) })
            }
            try await insert.run()
        }
    }

    /// The batches as SQLite statements with their values encoded as SQLKit would encode them.
    /// A bulk load encodes one chunk while the connection stores the one before, so that the
    /// connection spends its time in SQLite alone.
    func sqliteStatements() throws -> [SQLiteStatement] {
        let encoder = SQLiteDataEncoder()
        let head = "INSERT INTO \"\(table)\" (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return try stride(from: 0, to: rows.count, by: batchSize).map { start in
            let batch = rows[start..<min(start + batchSize, rows.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(batch.count * columns.count)
            for values in batch {
                for value in values { binds.append(try Self.sqliteData(value, encoder)) }
            }
            return SQLiteStatement(sql: head + Array(repeating: row, count: batch.count).joined(separator: ", "), binds: binds)
        }
    }
}

extension BulkInsert {
    /// A value as `SQLiteDataEncoder` converts it, with the column types a load writes by the
    /// million (text, ids, numbers, flags, instants) converted directly: the encoder's search for
    /// a protocol conformance costs more than storing the value. Anything else, and no value,
    /// goes through the encoder. `BulkInsertEncodingTests` holds the two equal.
    static func sqliteData(_ value: any Encodable & Sendable, _ encoder: SQLiteDataEncoder) throws -> SQLiteData {
        switch value {
        case let text as String: .text(text)
        case let id as UUID: .text(id.uppercasedText)
        case let number as Int: .integer(number)
        case let number as Int64: .integer(Int(number))
        case let flag as Bool: .integer(flag ? 1 : 0)
        case let instant as Date: instant.sqliteData ?? .null
        case let number as Double: .float(number)
        default: try encoder.encode(value)
        }
    }
}

extension UUID {
    /// The text of `uuidString`, written from the bytes directly rather than formatted.
    var uppercasedText: String {
        let digits: [UInt8] = Array("0123456789ABCDEF".utf8)
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                var at = 0
                for (i, byte) in bytes.enumerated() {
                    if i == 4 || i == 6 || i == 8 || i == 10 { out[at] = UInt8(ascii: "-"); at += 1 }
                    out[at] = digits[Int(byte >> 4)]
                    out[at + 1] = digits[Int(byte & 0x0F)]
                    at += 2
                }
                return at
            }
        }
    }
}

/// Bulk rows made ready to store, so that one task makes them while the connection stores the ones
/// before: on SQLite, statements with their values encoded; on PostgreSQL, rows for SQLKit.
enum PreparedRows: Sendable {
    case statements([SQLiteStatement])
    case rows([BulkInsert])

    init(_ tables: [BulkInsert], sqlite: Bool) throws {
        self = sqlite ? .statements(try tables.flatMap { try $0.sqliteStatements() }) : .rows(tables)
    }

    func store(on db: any Database) async throws {
        switch self {
        case .statements(let statements): for statement in statements { try await statement.run(on: db) }
        case .rows(let tables): for table in tables { try await table.flush(on: db) }
        }
    }
}

/// One statement for SQLite with its values already encoded.
struct SQLiteStatement: Sendable {
    let sql: String
    let binds: [SQLiteData]

    func run(on db: any Database) async throws {
        if let writer = db as? SQLiteWriterDatabase { return try writer.run(sql, binds) }
        guard let sqlite = db as? any SQLiteDatabase else { preconditionFailure("an SQLite statement run on another database") }
        _ = try await sqlite.query(sql, binds)
    }
}
