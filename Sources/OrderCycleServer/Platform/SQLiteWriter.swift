import FluentKit
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import OrderCycleSQLiteSettings
import SQLiteNIO
import VaporCSQLite

/// The one connection that SQLite's group commits write on. Every write transaction runs on it,
/// one group at a time under the write lock, so it keeps its statements prepared and runs each
/// one on the caller's thread: a statement of a write costs the engine's work, not a hop to a
/// thread pool and back per statement as the pooled connections do. (Reads stay on the pool,
/// where a long report cannot hold up the server's own threads; only the short indexed reads of
/// `SQLiteQuickReads` run on connections of this kind.)
final class SQLiteWriter: @unchecked Sendable {
    // Writes come one group at a time under the write lock (`GroupCommit`); this lock only keeps
    // a shutdown that closes the writer from pulling the handle from under a statement.
    private let lock = NIOLock()
    private var handle: OpaquePointer?
    private var statements: [String: Statement] = [:]
    let path: String

    /// The most prepared statements kept; a write path uses a few dozen.
    static let keptStatements = 512
    /// A statement with more values than this is prepared for its one run and not kept: a
    /// many-row insert's text differs with its row count, and keeping each would fill the
    /// cache with statements used once and push out the ones every write runs.
    static let keptValuesAtMost = 64

    /// A prepared statement and its column names, read once.
    private struct Statement {
        let handle: OpaquePointer
        let columns: SQLiteWriterRow.Columns
    }

    init(path: String) throws {
        self.path = path
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK, let handle else {
            if let handle { sqlite_nio_sqlite3_close(handle) }
            throw SQLiteWriterError(code: opened, message: "cannot open the database at \(path)")
        }
        self.handle = handle
        // The pool's connections wait for a lock as long as it takes; so does the writer.
        sqlite_nio_sqlite3_busy_handler(handle, { _, _ in 1 }, nil)
        try step("PRAGMA foreign_keys = ON", []) { _ in }
        // Its statements are kept prepared: planned once, not again for each value bound to them.
        guard ordercycle_sqlite_plan_once(UnsafeMutableRawPointer(handle)) == SQLITE_OK else {
            // Thrown with the handle in place: the deinit closes it.
            throw SQLiteWriterError(code: SQLITE_ERROR, message: "cannot set the planner of the database at \(path)")
        }
        // A group's requests each write inside a savepoint, whose journal then stays in memory.
        try step("PRAGMA temp_store = MEMORY", []) { _ in }
    }

    deinit { closeHandle() }

    /// How many prepared statements are kept now.
    var keptStatementCount: Int { lock.withLock { statements.count } }

    /// How many times SQLite planned the kept statements anew since they were prepared: a kept
    /// statement saves its parsing only while this stays at 0.
    var timesReprepared: Int {
        lock.withLock { statements.values.reduce(0) { $0 + Int(sqlite_nio_sqlite3_stmt_status($1.handle, SQLITE_STMTSTATUS_REPREPARE, 0)) } }
    }

    func close() {
        lock.withLock { closeHandle() }
    }

    private func closeHandle() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement.handle) }
        statements = [:]
        if let handle { sqlite_nio_sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Runs one statement with its values bound, handing each row to `onRow` as it is read.
    /// A write still running when the app shuts the writer down fails, and its transaction with it.
    func run(_ sql: String, _ binds: [SQLiteData], _ onRow: (SQLiteWriterRow) throws -> Void) throws {
        try lock.withLock { try step(sql, binds, onRow) }
    }

    private func step(_ sql: String, _ binds: [SQLiteData], _ onRow: (SQLiteWriterRow) throws -> Void) throws {
        let (statement, kept) = try prepared(sql, values: binds.count)
        let stmt = statement.handle
        defer {
            if kept {
                sqlite_nio_sqlite3_reset(stmt)
                sqlite_nio_sqlite3_clear_bindings(stmt)
            } else {
                sqlite_nio_sqlite3_finalize(stmt)
            }
        }
        for (i, value) in binds.enumerated() {
            try check(bind(value, at: Int32(i + 1), to: stmt))
        }
        while true {
            let stepped = sqlite_nio_sqlite3_step(stmt)
            if stepped == SQLITE_DONE { return }
            guard stepped == SQLITE_ROW else { throw failure(stepped) }
            var values: [SQLiteData] = []
            values.reserveCapacity(statement.columns.names.count)
            for i in 0..<Int32(statement.columns.names.count) { values.append(try value(at: i, of: stmt)) }
            try onRow(SQLiteWriterRow(columns: statement.columns, values: values))
        }
    }

    /// The statement for `sql`, and whether it is kept for the next run.
    private func prepared(_ sql: String, values: Int) throws -> (Statement, kept: Bool) {
        guard let handle else { throw SQLiteWriterError(code: SQLITE_MISUSE, message: "the writer is closed") }
        if let statement = statements[sql] { return (statement, true) }
        let keep = values <= Self.keptValuesAtMost
        var stmt: OpaquePointer?
        let prepared = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, keep ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0, &stmt, nil)
        guard prepared == SQLITE_OK, let stmt else { throw failure(prepared) }
        var names: [String] = []
        for i in 0..<sqlite_nio_sqlite3_column_count(stmt) {
            names.append(sqlite_nio_sqlite3_column_name(stmt, i).map { String(cString: $0) } ?? "")
        }
        let statement = Statement(handle: stmt, columns: .init(names: names))
        guard keep else { return (statement, false) }
        if statements.count >= Self.keptStatements {
            for kept in statements.values { sqlite_nio_sqlite3_finalize(kept.handle) }
            statements = [:]
        }
        statements[sql] = statement
        return (statement, true)
    }

    private func bind(_ value: SQLiteData, at i: Int32, to stmt: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let v): sqlite_nio_sqlite3_bind_int64(stmt, i, Int64(v))
        case .float(let v): sqlite_nio_sqlite3_bind_double(stmt, i, v)
        case .text(let v): sqlite_nio_sqlite3_bind_text64(stmt, i, v, UInt64(v.utf8.count), Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let v): v.withUnsafeReadableBytes { sqlite_nio_sqlite3_bind_blob64(stmt, i, $0.baseAddress, UInt64($0.count), Self.transient) }
        case .null: sqlite_nio_sqlite3_bind_null(stmt, i)
        }
    }

    private func value(at i: Int32, of stmt: OpaquePointer) throws -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(stmt, i) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(stmt, i)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(stmt, i))
        case SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(stmt, i) else { throw failure(SQLITE_ERROR) }
            return .text(String(cString: text))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(stmt, i))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            if let bytes = sqlite_nio_sqlite3_column_blob(stmt, i) { buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: count)) }
            return .blob(buffer)
        default: return .null
        }
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> SQLiteWriterError {
        let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "SQLite error \(code)"
        return SQLiteWriterError(code: code, message: message)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// An error SQLite answered on the writer, read as Fluent reads the pool's errors.
struct SQLiteWriterError: Error, CustomStringConvertible, DatabaseError {
    let code: Int32
    let message: String

    var description: String { message }
    private var primary: Int32 { code & 0xFF }
    var isSyntaxError: Bool { primary == SQLITE_ERROR }
    var isConnectionClosed: Bool { primary == SQLITE_MISUSE || primary == SQLITE_CANTOPEN }
    var isConstraintFailure: Bool { primary == SQLITE_CONSTRAINT }
}
