/// The CSV grammar of `CSVReader`, fed bytes a piece at a time: a file of any size is read in
/// blocks and its records come out as each is complete, so an import's memory does not grow
/// with the file. Cells must be UTF-8; a record is a single empty cell (a blank line) is skipped.
public struct CSVParser: Sendable {
    /// A record as read: the line it begins on and its cells.
    public typealias Record = (line: Int, fields: [String])

    public enum Failure: Error, Equatable, Sendable {
        case unterminatedQuote(line: Int)
        case notUTF8(line: Int)
    }

    private let separator: UInt8
    private var field: [UInt8] = []
    private var record: [String] = []
    private var inQuotes = false
    /// A quote inside quotes, waiting for the next byte: a second quote is a quote, anything else ends the quotes.
    private var quotePending = false
    /// A CR ended a record; a LF right after it is the same line end.
    private var crPending = false
    private var started = false
    private var bomBytes = 0
    private var line = 1
    private var recordLine = 1
    private var quoteStartLine = 1
    private var badLine: Int?

    public init(separator: Character = ",") {
        self.separator = separator.utf8.first ?? UInt8(ascii: ",")
    }

    /// Reads `bytes`, handing each completed record to `emit`.
    public mutating func feed(_ bytes: some Sequence<UInt8>, _ emit: (Record) throws -> Void) throws {
        for byte in bytes {
            // A UTF-8 byte-order mark at the very start is dropped.
            if !started {
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                if byte == bom[bomBytes] {
                    bomBytes += 1
                    if bomBytes == 3 { started = true }
                    continue
                }
                started = true
                if bomBytes > 0 { field.append(contentsOf: bom[0..<bomBytes]) }
            }
            try consume(byte, emit)
        }
    }

    /// Ends the text: the last record, if it has no line end.
    public mutating func finish(_ emit: (Record) throws -> Void) throws {
        if !started, bomBytes > 0 { field.append(contentsOf: [0xEF, 0xBB, 0xBF][0..<bomBytes]) }
        if quotePending { quotePending = false; inQuotes = false }
        if inQuotes { throw Failure.unterminatedQuote(line: quoteStartLine) }
        if !field.isEmpty || !record.isEmpty {
            endField()
            try endRecord(emit)
        }
        if let badLine { throw Failure.notUTF8(line: badLine) }
    }

    private mutating func consume(_ c: UInt8, _ emit: (Record) throws -> Void) throws {
        if crPending {
            crPending = false
            if c == UInt8(ascii: "\n") { return }
        }
        if quotePending {
            quotePending = false
            if c == UInt8(ascii: "\"") { field.append(c); return }
            inQuotes = false
        }
        if inQuotes {
            if c == UInt8(ascii: "\"") { quotePending = true; return }
            if c == UInt8(ascii: "\n") { line += 1 }
            field.append(c)
            return
        }
        switch c {
        case UInt8(ascii: "\"") where field.isEmpty:
            inQuotes = true
            quoteStartLine = line
        case separator:
            endField()
        case UInt8(ascii: "\r"):
            // CRLF is one line end; a CR alone (old Mac files) is one too.
            endField()
            try endRecord(emit)
            crPending = true
        case UInt8(ascii: "\n"):
            endField()
            try endRecord(emit)
        default:
            field.append(c)
        }
    }

    private mutating func endField() {
        if let text = String(validating: field, as: UTF8.self) { record.append(text) } else {
            if badLine == nil { badLine = line }
            record.append("")
        }
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(_ emit: (Record) throws -> Void) throws {
        let done = (recordLine, record)
        record = []
        line += 1
        recordLine = line
        if badLine != nil { return }
        if done.1.count == 1 && done.1[0].isEmpty { return }
        try emit(done)
    }
}
