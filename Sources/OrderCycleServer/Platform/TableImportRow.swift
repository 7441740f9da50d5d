import Foundation
import OrderCycleCore

/// One row of a table import, read through the mapping. What is wrong with the row is gathered
/// while its fields are read, so a row's problems are reported together and not one per run.
struct TableImportRow {
    /// The row's line in the file, counting the header as line 1.
    let line: Int
    /// The row's value in the mapping's key column, trimmed.
    let key: String
    var errors: [ImportError]
    private let cells: [String: String]
    private let mapping: ImportMapping

    fileprivate init(line: Int, key: String, errors: [ImportError], cells: [String: String], mapping: ImportMapping) {
        self.line = line
        self.key = key
        self.errors = errors
        self.cells = cells
        self.mapping = mapping
    }

    /// A field's text; nil when the cell is empty or the mapping has no value for it (kept as an error).
    mutating func one(_ target: String) -> String? {
        switch mapping.value(target, in: cells) {
        case .success(let value): return value
        case .failure(let error): errors.append(error); return nil
        }
    }

    /// A field's values, the cell split by the mapping's separator; none when the mapping does not name it.
    mutating func many(_ target: String) -> [String] {
        switch mapping.values(target, in: cells) {
        case .success(let values): return values
        case .failure(let error): errors.append(error); return []
        }
    }

    /// A field as a number; a decimal comma is read as a point.
    mutating func number(_ target: String) -> Double? {
        guard let text = one(target) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            errors.append(ImportError(field: target, message: "\"\(text)\" is not a number"))
            return nil
        }
        return value
    }

    /// The row's problem for the report, or nil when nothing is wrong with it.
    var problem: TableImportRowProblem? {
        errors.isEmpty ? nil : TableImportRowProblem(line: line, key: key, errors: errors)
    }
}

extension ImportMapping {
    /// The file's rows, the first of each key only: later rows with a key already read describe
    /// the same record (an orders file repeats its customer on every line) and are counted as
    /// `repeated`. A row without a key, or of another width than the header, starts with that error.
    /// `identifies` names what the key identifies, for the error ("the client").
    func rows(of table: CSVReader, identifies: String) -> (rows: [TableImportRow], repeated: Int) {
        var seen = Set<String>()
        var rows: [TableImportRow] = []
        var repeated = 0
        for record in table.records {
            let cells = table.named(record.fields)
            let key = cells[self.key]?.trimmingCharacters(in: .whitespaces) ?? ""
            var errors: [ImportError] = []
            if record.fields.count != table.header.count {
                errors.append(ImportError(field: "row", message: "has \(record.fields.count) fields, the header has \(table.header.count)"))
            }
            if key.isEmpty { errors.append(ImportError(field: self.key, message: "is empty (it identifies \(identifies))")) }
            if !key.isEmpty, !seen.insert(key).inserted { repeated += 1; continue }
            rows.append(TableImportRow(line: record.line, key: key, errors: errors, cells: cells, mapping: self))
        }
        return (rows, repeated)
    }
}
