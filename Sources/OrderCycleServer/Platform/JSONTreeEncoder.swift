import Foundation
import NIOCore

/// The `Encoder` behind `APIJSONEncoder`: each value becomes a `JSONTree`. Values Foundation's
/// encoder treats specially are treated the same way, told apart by their type, not by casts to
/// protocols: dates as ISO 8601 text, URLs as their absolute string, decimals as numbers, data as
/// Base64.
final class JSONTreeEncoder: Encoder {
    /// Unowned: a parent keeps its last child as its spare, and a strong reference back would keep
    /// both, and the whole answer's tree, alive forever. A parent outlives its children's encoding.
    private unowned let parent: JSONTreeEncoder?
    @exclusivity(unchecked) private var key: (any CodingKey)?
    let userInfo: [CodingUserInfoKey: Any]
    /// What was encoded; nil while nothing was.
    @exclusivity(unchecked) private(set) var value: JSONTree?
    /// A child encoder no longer held by anyone, for the next value: most values are small.
    @exclusivity(unchecked) private var spare: JSONTreeEncoder?

    init(parent: JSONTreeEncoder? = nil, key: (any CodingKey)? = nil, userInfo: [CodingUserInfoKey: Any]) {
        self.parent = parent
        self.key = key
        self.userInfo = userInfo
    }

    /// Written out: a value that encoded nothing is an empty object, as Foundation makes it.
    var tree: JSONTree { value ?? .object(JSONTreeObject()) }

    var codingPath: [any CodingKey] {
        var path = parent?.codingPath ?? []
        if let key { path.append(key) }
        return path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = value {
            return KeyedEncodingContainer(JSONTreeKeyed<Key>(encoder: self, object: object, path: []))
        }
        let object = JSONTreeObject()
        value = .object(object)
        return KeyedEncodingContainer(JSONTreeKeyed<Key>(encoder: self, object: object, path: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array) = value { return JSONTreeUnkeyed(encoder: self, array: array, path: []) }
        let array = JSONTreeArray()
        value = .array(array)
        return JSONTreeUnkeyed(encoder: self, array: array, path: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONTreeSingle(encoder: self) }

    fileprivate func set(_ tree: JSONTree) { value = tree }

    /// One value as a tree: the types Foundation writes in a form of their own first, then
    /// whatever the value encodes itself as.
    func box<T: Encodable>(_ value: T, at key: (any CodingKey)?, path: [any CodingKey]) throws -> JSONTree {
        try boxIfEncoded(value, at: key, path: path) ?? .object(JSONTreeObject())
    }

    /// As `box`, nil when the value encoded nothing at all.
    func boxIfEncoded<T: Encodable>(_ value: T, at key: (any CodingKey)?, path: [any CodingKey]) throws -> JSONTree? {
        if T.self == String.self { return .text(value as! String) }
        if T.self == Double.self { return try Self.number(value as! Double, at: codingPath + path + [key].compactMap { $0 }) }
        if T.self == Int.self { return .integer(Int64(value as! Int)) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Date.self { return .text((value as! Date).formatted(.iso8601)) }
        if T.self == URL.self { return .text((value as! URL).absoluteString) }
        if T.self == Decimal.self { return .number((value as! Decimal).description) }
        if T.self == Data.self { return .text((value as! Data).base64EncodedString()) }
        var child: JSONTreeEncoder
        if let spare {
            self.spare = nil
            child = spare
            child.key = Self.joined(path, key)
        } else {
            child = JSONTreeEncoder(parent: self, key: Self.joined(path, key), userInfo: userInfo)
        }
        try value.encode(to: child)
        let encoded = child.value
        if isKnownUniquelyReferenced(&child) {
            child.value = nil
            spare = child
        }
        return encoded
    }

    /// An array encoded a share per core, each share written out to text where it was encoded:
    /// the bytes of encoding it element by element, in a fraction of the time. A short array is
    /// not worth the threads.
    func encodeConcurrently<T: Encodable & Sendable>(_ elements: [T]) throws {
        let shares = min(System.coreCount, elements.count / 64)
        guard shares > 1 else { return try elements.encode(to: self) }
        let size = (elements.count + shares - 1) / shares
        let written = JSONTreeShares(count: shares)
        let parent = JSONTreeParent(encoder: self)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            let encoder = JSONTreeEncoder(parent: parent.encoder, userInfo: parent.encoder.userInfo)
            let indices = (share * size)..<min(elements.count, (share + 1) * size)
            written.set(share, Result {
                var out: [UInt8] = []
                for index in indices {
                    if !out.isEmpty { out.append(UInt8(ascii: ",")) }
                    try encoder.box(elements[index], at: JSONTreeIndexKey(index), path: []).write(to: &out)
                    // Elements of one array are much alike: room for the rest at the first one's size.
                    if index == indices.lowerBound { out.reserveCapacity((out.count + 1) * indices.count * 9 / 8) }
                }
                return out
            })
        }
        // Each share is its elements with commas between them: the array's elements as written.
        let array = JSONTreeArray()
        array.elements = try written.results().filter { !$0.isEmpty }.map(JSONTree.written)
        value = .array(array)
    }

    /// A container's own keys below its encoder, as one key of the child's path.
    private static func joined(_ path: [any CodingKey], _ key: (any CodingKey)?) -> (any CodingKey)? {
        guard !path.isEmpty else { return key }
        return JSONTreePathKey(keys: path + [key].compactMap { $0 })
    }

    /// A finite number in its shortest form, `1` rather than `1.0`; NaN and the infinities have
    /// no JSON form and are refused, as Foundation refuses them.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, at path: @autoclosure () -> [any CodingKey]) throws -> JSONTree {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path(), debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        // A whole Double below 10^15 is written as its digits, as `description` less its ".0"
        // would write it, without making the text; shares of 0 and 1 are most of a dashboard's.
        if F.self == Double.self, value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            return .integer(Int64(value))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// Several keys standing for one step of a coding path: a nested container's keys.
private struct JSONTreePathKey: CodingKey {
    var keys: [any CodingKey]
    var stringValue: String { keys.map(\.stringValue).joined(separator: ".") }
    var intValue: Int? { nil }
    init(keys: [any CodingKey]) { self.keys = keys }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The key `superEncoder()` writes under, as Foundation names it.
private struct JSONTreeSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The encoder of an array encoded concurrently, as its shares' encoders' parent: while they run it
/// is only read (its coding path and user info), and nothing else touches it.
private struct JSONTreeParent: @unchecked Sendable {
    let encoder: JSONTreeEncoder
}

/// What each share of `encodeConcurrently` wrote, or why it failed; each share sets its own slot.
private final class JSONTreeShares: @unchecked Sendable {
    private var slots: [Result<[UInt8], any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ share: Int, _ result: Result<[UInt8], any Error>) { lock.withLock { slots[share] = result } }

    /// The shares in order; the first share's failure if any failed, as one by one would throw it.
    func results() throws -> [[UInt8]] { try lock.withLock { slots }.map { try $0!.get() } }
}

private struct JSONTreeIndexKey: CodingKey {
    var index: Int
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}

private struct JSONTreeKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let object: JSONTreeObject
    /// Keys of the containers this one is nested in, below its encoder.
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { encoder.codingPath + path }

    private func put(_ value: JSONTree, _ key: Key) { object.add(key.stringValue, value) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try JSONTreeEncoder.number(value, at: codingPath + [key]), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try JSONTreeEncoder.number(value, at: codingPath + [key]), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.unsigned(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try encoder.box(value, at: key, path: path), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTreeObject()
        put(.object(nested), key)
        return KeyedEncodingContainer(JSONTreeKeyed<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTreeArray()
        put(.array(nested), key)
        return JSONTreeUnkeyed(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONTreeSuperKey()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = JSONTreeEncoder(parent: encoder, key: JSONTreePathKey(keys: path + [key]), userInfo: encoder.userInfo)
        object.add(key.stringValue, .pending(child))
        return child
    }
}

private struct JSONTreeUnkeyed: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let array: JSONTreeArray
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { encoder.codingPath + path }
    var count: Int { array.elements.count }

    private func put(_ value: JSONTree) { array.elements.append(value) }
    private var nextKey: JSONTreeIndexKey { JSONTreeIndexKey(array.elements.count) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.text(value)) }
    mutating func encode(_ value: Double) throws { put(try JSONTreeEncoder.number(value, at: codingPath + [nextKey])) }
    mutating func encode(_ value: Float) throws { put(try JSONTreeEncoder.number(value, at: codingPath + [nextKey])) }
    mutating func encode(_ value: Int) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(try encoder.box(value, at: nextKey, path: path)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let nested = JSONTreeObject()
        put(.object(nested))
        return KeyedEncodingContainer(JSONTreeKeyed<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let nested = JSONTreeArray()
        put(.array(nested))
        return JSONTreeUnkeyed(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONTreeEncoder(parent: encoder, key: JSONTreePathKey(keys: path + [nextKey]), userInfo: encoder.userInfo)
        put(.pending(child))
        return child
    }
}

private struct JSONTreeSingle: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(.text(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(try JSONTreeEncoder.number(value, at: codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.set(try JSONTreeEncoder.number(value, at: codingPath)) }
    mutating func encode(_ value: Int) throws { encoder.set(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { encoder.set(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { encoder.set(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { encoder.set(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { encoder.set(.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.set(.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try encoder.box(value, at: nil, path: [])) }
}
