import Foundation

/// How the columns of one kind of CSV file become records (clients, branches) — a file, not code
/// per source (documented in docs/importing.md, examples under `import/mappings/`).
///
/// ```json
/// { "key": "Customer ID",
///   "fields": { "code": { "column": "Customer ID" }, "kind": { "value": "customer" },
///               "segment": { "column": "Segment", "map": { "Consumer": "retail" } },
///               "contact.phones": { "column": "Phone", "split": ";" } } }
/// ```
struct ImportMapping: Codable, Sendable {
    /// The column that identifies a record; rows repeating a key describe the same record and
    /// only the first of them is read (order files repeat their customer on every line).
    var key: String
    var description: String?
    var fields: [String: FieldSource]

    struct FieldSource: Codable, Sendable {
        /// The column to read, or
        var column: String?
        /// a constant for every row.
        var value: String?
        /// Translates the cell (exact text); a cell the map does not name is an error unless `default` is given.
        var map: [String: String]?
        var `default`: String?
        /// Splits the cell into several values (phones, e-mails).
        var split: String?
    }

    static func load(path: String) throws -> ImportMapping {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(ImportMapping.self, from: data)
    }

    /// Problems of the mapping itself against a file's header, before any row is read: the key
    /// column and every mapped column must be in the file, every field must be one the record
    /// has (`targets`), and the `required` ones must be given.
    func problems(header: [String], targets: Set<String>, required: [String], record: String) -> [String] {
        var out: [String] = []
        let columns = Set(header)
        if !columns.contains(key) { out.append("the key column \"\(key)\" is not in the file") }
        for (target, source) in fields.sorted(by: { $0.key < $1.key }) {
            if !targets.contains(target) { out.append("\"\(target)\" is not a field \(record) has (fields: \(targets.sorted().joined(separator: ", ")))") }
            if (source.column == nil) == (source.value == nil) { out.append("\"\(target)\" needs either a column or a value") }
            if let column = source.column, !columns.contains(column) { out.append("\"\(target)\": the column \"\(column)\" is not in the file") }
        }
        for target in required where fields[target] == nil { out.append("the mapping must give \"\(target)\"") }
        return out
    }

    /// The value of `target` in one row: nil when the cell is empty; an error text for an unmapped cell.
    func value(_ target: String, in row: [String: String]) -> Result<String?, ImportError> {
        guard let source = fields[target] else { return .success(nil) }
        let raw = (source.value ?? source.column.flatMap { row[$0] } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if raw.isEmpty { return .success(source.default) }
        guard let map = source.map else { return .success(raw) }
        if let mapped = map[raw] { return .success(mapped) }
        if let fallback = source.default { return .success(fallback) }
        return .failure(ImportError(field: target, message: "\"\(raw)\" is not in the mapping's list for \(source.column ?? target) (\(map.keys.sorted().joined(separator: ", ")))"))
    }

    func values(_ target: String, in row: [String: String]) -> Result<[String], ImportError> {
        value(target, in: row).map { text in
            guard let text else { return [] }
            guard let separator = fields[target]?.split, !separator.isEmpty else { return [text] }
            return text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }
}

struct ImportError: Error, Sendable, Equatable {
    var field: String
    var message: String
}
