import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// An import of rows from a CSV file through a column mapping (clients, branches). The mapping
/// is checked against the file's header, then every row by the API's own rules, before anything
/// is written; the rows are then written in one transaction, all or none.
/// `TableImportCommand` runs one from the command line.
protocol TableImport {
    associatedtype Plan: Sendable
    /// What a row makes, in the plural, for the command's messages ("clients").
    static var rowsMake: String { get }
    init(mapping: ImportMapping, table: CSVReader, app: Application)
    /// Problems of the mapping itself against the file's header, before any row is read.
    func mappingProblems() -> [String]
    /// Reads and checks every row; writes nothing.
    func plan(on db: any Database) async throws -> Plan
    static func summary(of plan: Plan) -> TableImportSummary
    /// Writes every planned row, in the caller's transaction.
    static func write(_ plan: Plan, actor: Principal, now: Date, on tx: any Database) async throws -> Int
    /// What the app must forget once the rows are committed (caches of what was imported).
    static func afterCommit(_ app: Application)
}

extension TableImport {
    static func afterCommit(_ app: Application) {}
}

/// What a plan holds, for the command's report.
struct TableImportSummary {
    var rowsRead: Int
    var repeatedRows: Int
    var valid: Int
    var problems: [TableImportRowProblem]
}

/// Why one row cannot be imported: its line in the file, its key and each field's error.
struct TableImportRowProblem: Sendable, CustomStringConvertible {
    var line: Int
    var key: String
    var errors: [ImportError]
    var description: String { "line \(line) (\(key)): " + errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ") }
}
