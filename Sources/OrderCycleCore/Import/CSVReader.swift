import Foundation

/// Reads CSV text as RFC 4180 describes it: quoted fields may hold commas, quotes ("") and line
/// breaks; a UTF-8 byte-order mark is dropped; CRLF, LF and a lone CR each end a record. Cells are
/// kept exactly as written (no trimming), so no-break spaces and accents survive an import. Each
/// row keeps the line it begins on, so that an import's errors point to the line a person opens
/// in an editor. The one CSV reader of every import (orders, clients).
public struct CSVReader: Sendable {
    public let header: [String]
    public let rows: [[String]]
    /// The line (from 1) on which each of `rows` begins.
    public let lines: [Int]

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case unterminatedQuote(line: Int)

        public var description: String {
            switch self {
            case .empty: "the file is empty"
            case .unterminatedQuote(let line): "line \(line): a quoted field is not closed"
            }
        }
    }

    public init(text: String, separator: Character = ",") throws(Failure) {
        var parser = CSVParser(separator: separator)
        var records: [CSVParser.Record] = []
        do {
            try parser.feed(text.utf8) { records.append($0) }
            try parser.finish { records.append($0) }
        } catch let failure as CSVParser.Failure {
            switch failure {
            case .unterminatedQuote(let line): throw .unterminatedQuote(line: line)
            case .notUTF8: throw .empty  // a Swift string is always UTF-8
            }
        } catch { throw .empty }
        guard let header = records.first else { throw .empty }
        self.header = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = records.dropFirst().map(\.fields)
        self.lines = records.dropFirst().map(\.line)
    }

    /// The index of a named column, or nil.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Each row with the line it begins on.
    public var records: [(line: Int, fields: [String])] { zip(lines, rows).map { (line: $0, fields: $1) } }

    /// A record's fields by column name (a short record leaves the missing columns out).
    public func named(_ fields: [String]) -> [String: String] {
        var row: [String: String] = [:]
        for (i, name) in header.enumerated() where i < fields.count { row[name] = fields[i] }
        return row
    }
}
