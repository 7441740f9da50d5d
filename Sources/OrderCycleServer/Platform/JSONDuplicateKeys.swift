import Foundation
import Vapor

/// Finds a key written twice in one JSON object, at any depth. Readers disagree on such a
/// body: Foundation's decoder keeps the first value, the idempotency fingerprint the last, so a
/// different request could replay as "the same". The API refuses the body instead of choosing.
///
/// One pass over the bytes, without building the document: strings are skipped with their
/// escapes, objects and arrays tracked on a stack. It does not validate; a malformed body is
/// left to the decoder, which says what is wrong with it.
enum JSONDuplicateKeys {
    /// The decoder refuses deeper documents anyway; the scan stops there.
    static let maximumDepth = 512

    /// The path of the first repeated key, such as `lines[0].sku`; nil when every key is unique.
    static func first(in bytes: UnsafeRawBufferPointer) -> String? {
        var stack: [Frame] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"):
                guard stack.count < maximumDepth else { return nil }
                stack.append(Frame(isObject: true))
            case UInt8(ascii: "["):
                guard stack.count < maximumDepth else { return nil }
                stack.append(Frame(isObject: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isObject { stack[last].expectsKey = true } else { stack[last].index += 1 }
                }
            case UInt8(ascii: "\""):
                let start = i + 1
                var escaped = false
                i = start
                while i < count, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\") { escaped = true; i += 1 }
                    i += 1
                }
                guard i < count else { return nil }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectsKey {
                    let key = decodeKey(UnsafeRawBufferPointer(rebasing: bytes[start..<i]), escaped: escaped)
                    stack[last].expectsKey = false
                    stack[last].key = key
                    // Keys compare as Swift strings, as the decoder compares them.
                    if !stack[last].keys.insert(key).inserted { return path(stack) }
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// Throws a 400 problem naming the key when `body` repeats one.
    static func refuse(_ body: ByteBuffer) throws {
        guard let repeated = body.withUnsafeReadableBytes(first(in:)) else { return }
        throw Problem(.duplicateKey, detail: "The key \"\(repeated)\" appears twice in one object; send each key once",
                      errors: [.init(field: repeated, message: "appears more than once")])
    }

    private struct Frame {
        var isObject: Bool
        var expectsKey = true
        var keys: Set<String> = []
        var key = ""
        var index = 0

        init(isObject: Bool) { self.isObject = isObject }
    }

    private static func decodeKey(_ raw: UnsafeRawBufferPointer, escaped: Bool) -> String {
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        // Rare: let Foundation resolve \u escapes and surrogate pairs exactly as the decoder does.
        let quoted = Data([UInt8(ascii: "\"")] + Array(raw) + [UInt8(ascii: "\"")])
        return (try? JSONDecoder().decode(String.self, from: quoted)) ?? String(decoding: raw, as: UTF8.self)
    }

    private static func path(_ stack: [Frame]) -> String {
        var text = ""
        for frame in stack {
            if frame.isObject {
                text += text.isEmpty ? frame.key : ".\(frame.key)"
            } else {
                text += "[\(frame.index)]"
            }
        }
        return text
    }
}

/// The API's JSON reader: refuses repeated keys and NUL, decodes with `APIJSON.decoder`, then
/// refuses a `null` in any field the request type reads.
struct StrictJSONDecoder: ContentDecoder {
    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
                              userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        try JSONDuplicateKeys.refuse(body)
        try JSONNul.refuse(body)
        let decoder = APIJSON.decoder
        let value = try decoder.decode(D.self, from: body, headers: headers, userInfo: userInfo)
        try JSONNullFields.refuse(D.self, in: body, decoder: decoder)
        return value
    }
}
