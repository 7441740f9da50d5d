import Foundation

/// A JSON value as `APIJSONEncoder` builds it, written out once at the end. Objects keep their
/// members in a list, not a dictionary: the dialect sorts keys anyway, and a dashboard writes
/// hundreds of thousands of small objects.
enum JSONTree {
    case null
    case bool(Bool)
    case integer(Int64)
    case unsigned(UInt64)
    /// A number already in its JSON form (a finite floating-point value or a decimal).
    case number(String)
    case text(String)
    case object(JSONTreeObject)
    case array(JSONTreeArray)
    /// A value still being encoded by the encoder of a `superEncoder` call.
    case pending(JSONTreeEncoder)
    /// Values already written out: a share of a long array, written where it was encoded.
    case written([UInt8])
}

/// An object's members, kept in the order of their keys' UTF-8 bytes as they are added (the
/// dialect sorts keys); a key added again replaces its value, as in a dictionary.
final class JSONTreeObject {
    @exclusivity(unchecked) private(set) var members: [(key: String, value: JSONTree)] = []

    func add(_ key: String, _ value: JSONTree) {
        var index = members.endIndex
        while index > members.startIndex, key.utf8.lexicographicallyPrecedes(members[index - 1].key.utf8) { index -= 1 }
        if index > members.startIndex, members[index - 1].key == key {
            members[index - 1].value = value
        } else {
            members.insert((key, value), at: index)
        }
    }
}

final class JSONTreeArray {
    @exclusivity(unchecked) var elements: [JSONTree] = []
}

extension JSONTree {
    /// The value's JSON text as `JSONEncoder` writes it with `.sortedKeys` and
    /// `.withoutEscapingSlashes`: members ordered by their keys' UTF-8 bytes (a key set twice keeps
    /// its last value), numbers in their shortest form without a trailing `.0`.
    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(4096, writtenCount))
        write(to: &out)
        return out
    }

    /// The bytes of the values already written out: most of a long answer, known before it is.
    var writtenCount: Int {
        switch self {
        case .written(let text): text.count
        case .array(let array): array.elements.reduce(0) { $0 + $1.writtenCount }
        case .object(let object): object.members.reduce(0) { $0 + $1.value.writtenCount }
        case .pending(let encoder): encoder.tree.writtenCount
        case .null, .bool, .integer, .unsigned, .number, .text: 0
        }
    }

    func write<Output: JSONOutput>(to out: inout Output) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let value): Self.writeDigits(value.magnitude, negative: value < 0, to: &out)
        case .unsigned(let value): Self.writeDigits(value, negative: false, to: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .text(let text): Self.writeString(text, to: &out)
        case .pending(let encoder): encoder.tree.write(to: &out)
        case .written(let text): out.append(contentsOf: text)
        case .array(let array):
            out.append(UInt8(ascii: "["))
            var first = true
            for element in array.elements {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            var first = true
            for member in object.members {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                Self.writeString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeDigits<Output: JSONOutput>(_ magnitude: UInt64, negative: Bool, to out: inout Output) {
        if negative { out.append(UInt8(ascii: "-")) }
        if magnitude < 10 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = magnitude
            while rest > 0 {
                buffer[31 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(32 - count)...])
        }
    }

    /// A string as `JSONEncoder` escapes it: quote, backslash and control characters; the rest,
    /// slashes and every non-ASCII character included, as they are.
    static func writeString<Output: JSONOutput>(_ text: String, to out: inout Output) {
        out.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[start..<index])
                start = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: "u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Where JSON text is written: a byte array, or the answer's buffer itself (no copy of a
/// six-megabyte answer).
protocol JSONOutput {
    mutating func append(_ byte: UInt8)
    mutating func append<Bytes: Collection<UInt8>>(contentsOf bytes: Bytes)
}

extension Array: JSONOutput where Element == UInt8 {}
