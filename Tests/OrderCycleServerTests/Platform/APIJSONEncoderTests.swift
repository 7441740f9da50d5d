import Foundation
import Testing
import Vapor
@testable import OrderCycleServer

/// The API's JSON writer against Foundation's encoder in the same dialect: the same bytes for
/// every kind of value, and the same refusals.
@Suite struct APIJSONEncoderTests {
    private func same<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = String(decoding: try APIJSON.foundationEncoder.encode(value), as: UTF8.self)
        let written = String(decoding: try APIJSON.encoder.encode(value), as: UTF8.self)
        #expect(written == expected, sourceLocation: sourceLocation)
        // An answer's body is written straight into its buffer.
        var body = ByteBuffer()
        var headers = HTTPHeaders()
        try APIJSON.encoder.encode(value, to: &body, headers: &headers)
        #expect(String(buffer: body) == expected, sourceLocation: sourceLocation)
        #expect(headers.contentType == .json, sourceLocation: sourceLocation)
    }

    private struct Everything: Encodable {
        var text = "quote \" backslash \\ slash / tab \t line \n return \r bell \u{7} nul \u{0} unit \u{1F} del \u{7F} é ж 🚚 \u{2028}"
        var doubles: [Double] = [0, 1, 0.1, -3, 123456789012345, -999999999999999, 4503599627370496, 1e-7, 2.5e-5, 1e15, 1e16, 1.5e16, 1e21, 123456789012345680000, -0.0, 5e-324,
                                 3.944315545243619, .greatestFiniteMagnitude, -.leastNormalMagnitude]
        var floats: [Float] = [0, 1, 0.1, 9_999_999, 16_777_216, 3.4e38, -2.5e-3]
        var integers: [Int64] = [0, 7, -7, 10, -10, 1234567890, .max, .min]
        var small: Int8 = .min
        var wide: UInt64 = .max
        var unsigned: [UInt8] = [0, 9, 255]
        var flag = true
        var absent: String? = nil
        var present: Int? = 3
        var moment = Date(timeIntervalSince1970: 1_764_547_200.75)
        var moments = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1e10)]
        var link = URL(string: "https://example.com/a/b?c=d&e=f")!
        var amount = Decimal(string: "1234.50")!
        var bytes = Data([0, 1, 2, 250, 255])
        var id = UUID(uuidString: "6A5B0C1D-2E3F-4A5B-8C6D-7E8F9A0B1C2D")!
        var byName: [String: Int] = ["b": 1, "a_b": 2, "aB": 3, "a": 4, "A": 5, "ä": 6, "a1": 7, "a10": 8, "a2": 9]
        var byNumber: [Int: String] = [10: "ten", 2: "two", -1: "minus one"]
        var nested: [[String: [Double?]]] = [["x": [1.5, nil, 2]], [:], ["y": []]]
        var nothing = Nothing()
        var manual = Manual()
    }

    /// Encodes nothing at all: Foundation writes an empty object.
    private struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    /// Every kind of container by hand: nested, a key written twice, a super encoder.
    private struct Manual: Encodable {
        enum Key: String, CodingKey { case z, a, inner, list, `super`, parent }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: .z)
            try container.encode("first", forKey: .a)
            try container.encode("second", forKey: .a)
            try container.encodeNil(forKey: .parent)
            var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
            try inner.encode(true, forKey: .z)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1.25)
            try list.encodeNil()
            var deeper = list.nestedContainer(keyedBy: Key.self)
            try deeper.encode("deep", forKey: .a)
            var super1 = container.superEncoder().singleValueContainer()
            try super1.encode("from super")
        }
    }

    @Test func writesEveryKindOfValueAsFoundationDoes() throws {
        try same(Everything())
        try same([Everything(), Everything()])
        try same("a top-level string / with a slash")
        try same(42)
        try same(0.5)
        try same([String: String]())
        try same([Int]())
        try same(Optional<Int>.none)
    }

    @Test func randomValuesComeOutAsFoundationWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 { try same(Sample.random(depth: 0, using: &generator)) }
    }

    @Test func refusesWhatFoundationRefuses() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try APIJSON.foundationEncoder.encode([value]) }
            #expect(throws: EncodingError.self) { try APIJSON.encoder.encode([value]) }
        }
        #expect(throws: EncodingError.self) { try APIJSON.foundationEncoder.encode(Nothing()) }
        #expect(throws: EncodingError.self) { try APIJSON.encoder.encode(Nothing()) }
    }

    private struct Concurrent: Encodable {
        @EncodedConcurrently var long: [Sample]
        @EncodedConcurrently var short: [Sample]
    }

    @Test func longArraysEncodedConcurrentlyComeOutAsOneByOne() throws {
        var generator = SystemRandomNumberGenerator()
        for count in [1_000, 129, 64, 0] {
            let value = Concurrent(long: (0..<count).map { _ in Sample.random(depth: 1, using: &generator) },
                                   short: (0..<3).map { _ in Sample.random(depth: 1, using: &generator) })
            try same(value)
        }
    }

    @Test func aRefusalInAConcurrentShareNamesItsElement() throws {
        var long = (0..<1_000).map { Sample.whole($0) }
        long[700] = .list([.number(.nan)])
        long[900] = .number(.infinity)
        let value = Concurrent(long: long, short: [])
        func path(_ encoder: () throws -> Void) -> [String] {
            do { try encoder() } catch let EncodingError.invalidValue(_, context) { return context.codingPath.map(\.stringValue) } catch {}
            return []
        }
        let expected = path { _ = try APIJSON.foundationEncoder.encode(value) }
        #expect(expected == ["long", "Index 700", "Index 0"])
        #expect(path { _ = try APIJSON.encoder.encode(value) } == expected)
    }

    @Test func anArrayEncodedConcurrentlyDecodesAsAPlainArray() throws {
        struct Numbers: Codable { @EncodedConcurrently var values: [Int] }
        let numbers = try JSONDecoder().decode(Numbers.self, from: Data(#"{"values":[3,1,2]}"#.utf8))
        #expect(numbers.values == [3, 1, 2])
        #expect(String(decoding: try APIJSON.encoder.encode(numbers), as: UTF8.self) == #"{"values":[3,1,2]}"#)
    }

    /// Remembers, weakly, every encoder it is encoded by; shares of an array encoded
    /// concurrently report at once.
    private final class Witness: @unchecked Sendable {
        private let lock = NSLock()
        private var encoders: [() -> AnyObject?] = []
        func saw(_ encoder: any Encoder) {
            let object = encoder as AnyObject
            lock.withLock { encoders.append { [weak object] in object } }
        }
        var alive: Int { lock.withLock { encoders.filter { $0() != nil }.count } }
        var seen: Int { lock.withLock { encoders.count } }
    }

    private struct Watched: Encodable, Sendable {
        let witness: Witness
        let inner: [Watched]
        func encode(to encoder: any Encoder) throws {
            witness.saw(encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(inner, forKey: .inner)
            try container.encode(Optional(1), forKey: .one)
            try container.encode(["a": 1.5], forKey: .map)
        }
        enum Key: CodingKey { case inner, one, map }
    }

    private struct WatchedList: Encodable, Sendable {
        @EncodedConcurrently var items: [Watched]
    }

    @Test func encodersAndTheirTreesAreReleasedOnceWritten() throws {
        let witness = Witness()
        let leaf = Watched(witness: witness, inner: [])
        let value = Watched(witness: witness, inner: [Watched(witness: witness, inner: [leaf, leaf]), leaf])
        _ = try APIJSON.encoder.encode(value)
        var body = ByteBuffer()
        var headers = HTTPHeaders()
        try APIJSON.encoder.encode(WatchedList(items: Array(repeating: value, count: 300)), to: &body, headers: &headers)
        #expect(witness.seen > 1_000)
        #expect(witness.alive == 0)
    }

    /// A value of any JSON shape, built at random.
    private indirect enum Sample: Encodable, Sendable {
        case null, flag(Bool), whole(Int), number(Double), text(String), list([Sample]), object([String: Sample])

        static func random(depth: Int, using generator: inout SystemRandomNumberGenerator) -> Sample {
            let kinds = depth > 3 ? 5 : 7
            switch Int.random(in: 0..<kinds, using: &generator) {
            case 0: return .null
            case 1: return .flag(Bool.random(using: &generator))
            case 2: return .whole(Int.random(in: Int.min...Int.max, using: &generator))
            case 3:
                let number = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
                return .number(number.isFinite ? number : Double.random(in: -1e6...1e6, using: &generator))
            case 4: return .text(text(using: &generator))
            case 5: return .list((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth + 1, using: &generator) })
            default:
                var members: [String: Sample] = [:]
                for _ in 0..<Int.random(in: 0...5, using: &generator) { members[text(using: &generator)] = random(depth: depth + 1, using: &generator) }
                return .object(members)
            }
        }

        static func text(using generator: inout SystemRandomNumberGenerator) -> String {
            let alphabet = Array("aZ_09 /\\\"\u{0}\u{1}\n\t\u{1F}\u{7F}éЖ🚚\u{2028}")
            return String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }

        func encode(to encoder: any Encoder) throws {
            var single = encoder.singleValueContainer()
            switch self {
            case .null: try single.encodeNil()
            case .flag(let value): try single.encode(value)
            case .whole(let value): try single.encode(value)
            case .number(let value): try single.encode(value)
            case .text(let value): try single.encode(value)
            case .list(let value): try single.encode(value)
            case .object(let value): try single.encode(value)
            }
        }
    }
}
