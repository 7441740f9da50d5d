import Foundation

/// A CSV file read record by record, a block at a time (the grammar of `CSVReader`): a history of
/// millions of rows is read in the memory of one block and one record.
public struct CSVFile: Sendable {
    public let header: [String]
    private let handle: FileHandle
    private var parser: CSVParser
    private var queue: [CSVParser.Record] = []
    private var next = 0
    private var ended = false

    public static let blockSize = 1 << 20

    /// Opens `url` and reads its header; throws `CSVReader.Failure.empty` for a file without
    /// one and `CSVParser.Failure` for text that is not CSV or not UTF-8.
    public init(url: URL, separator: Character = ",") throws {
        handle = try FileHandle(forReadingFrom: url)
        parser = CSVParser(separator: separator)
        var header: [String]?
        while header == nil {
            guard let record = try Self.read(handle, &parser, &queue, &next, &ended) else { throw CSVReader.Failure.empty }
            header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        self.header = header!
    }

    /// The index of a named column, or nil.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The next record with the line it begins on, or nil at the end of the file.
    public mutating func nextRecord() throws -> CSVParser.Record? {
        try Self.read(handle, &parser, &queue, &next, &ended)
    }

    /// The next `count` records, fewer only at the end of the file. One task may read these
    /// while another works through the records read before.
    public mutating func nextRecords(upTo count: Int) throws -> [CSVParser.Record] {
        var records: [CSVParser.Record] = []
        records.reserveCapacity(count)
        while records.count < count, let record = try nextRecord() { records.append(record) }
        return records
    }

    private static func read(_ handle: FileHandle, _ parser: inout CSVParser, _ queue: inout [CSVParser.Record], _ next: inout Int,
                             _ ended: inout Bool) throws -> CSVParser.Record? {
        while next == queue.count {
            guard !ended else { return nil }
            queue.removeAll(keepingCapacity: true)
            next = 0
            if let block = try handle.read(upToCount: blockSize), !block.isEmpty {
                // Read through the block's bytes in place: Data's own iterator costs more than the parsing.
                try block.withUnsafeBytes { bytes in try parser.feed(bytes) { queue.append($0) } }
            } else {
                ended = true
                try parser.finish { queue.append($0) }
            }
        }
        defer { next += 1 }
        return queue[next]
    }
}
