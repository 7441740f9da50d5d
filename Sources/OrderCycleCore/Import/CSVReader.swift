import Foundation

/// Reads CSV text as RFC 4180 describes it: quoted fields may hold commas, quotes ("") and line
/// breaks; a UTF-8 byte-order mark is dropped; CRLF and LF both end a record. Cells are kept
/// exactly as written (no trimming), so no-break spaces and accents survive an import.
public struct CSVReader: Sendable {
    public let header: [String]
    public let rows: [[String]]

    public enum Failure: Error, Equatable, Sendable {
        case empty
        case unterminatedQuote(line: Int)
    }

    public init(text: String, separator: Character = ",") throws(Failure) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var quoteStartLine = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        let sep = separator.unicodeScalars.first!
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var first = true
        while let c = next() {
            if first { first = false; if c == "\u{FEFF}" { continue } }
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteStartLine = line
            case sep:
                record.append(field); field = ""
            case "\r":
                continue
            case "\n":
                record.append(field); field = ""
                records.append(record); record = []
                line += 1
            default:
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteStartLine) }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        records.removeAll { $0.count == 1 && $0[0].isEmpty }
        guard let header = records.first else { throw .empty }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = Array(records.dropFirst())
    }

    /// The index of a named column, or nil.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
