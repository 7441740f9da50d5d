import Foundation

/// A CSV file read by RFC 4180: quoted fields may hold separators, quotes ("") and line breaks;
/// CRLF or LF line ends; a UTF-8 byte-order mark is skipped. Each record keeps its line number
/// so that errors point to the line a person opens in an editor.
struct CSVTable: Sendable {
    var header: [String]
    var records: [(line: Int, fields: [String])]

    struct Malformed: Error, CustomStringConvertible {
        var line: Int
        var description: String { "line \(line): a quoted field is not closed" }
    }

    init(text: String, separator: Character = ",") throws {
        var records: [(Int, [String])] = []
        var field = "", fields: [String] = []
        var quoted = false, afterQuote = false
        var line = 1, recordLine = 1
        var chars = text.makeIterator()
        if text.first == "\u{FEFF}" { _ = chars.next() }
        func endRecord() {
            fields.append(field); field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true }
                else { if c == "\n" || c == "\r\n" { line += 1 }; field.append(c) }
                continue
            }
            switch c {
            case "\"" where afterQuote: field.append("\""); quoted = true; afterQuote = false
            case "\"" where field.isEmpty: quoted = true
            case separator: fields.append(field); field = ""; afterQuote = false
            case "\n", "\r\n", "\r": endRecord(); line += 1; recordLine = line; afterQuote = false
            default: field.append(c); afterQuote = false
            }
        }
        if quoted { throw Malformed(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { self.header = []; self.records = []; return }
        self.header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
        self.records = Array(records.dropFirst())
    }
}
