import Foundation
import Vapor

/// Finds a key written twice in one JSON object, at any depth. Readers disagree on such a
/// body: Foundation's decoder keeps the first value, the idempotency fingerprint the last, so a
/// different request could replay as "the same". The API refuses the body instead of choosing.
enum JSONDuplicateKeys {
    /// The path of the first repeated key, such as `lines[0].sku`; nil when every key is unique.
    static func first(in bytes: UnsafeRawBufferPointer) -> String? {
        var repeated: String?
        _ = JSONPathScan.scan(bytes) { event, stack in
            guard case let .key(key) = event, let last = stack.indices.last else { return true }
            // Keys compare as Swift strings, as the decoder compares them.
            if stack[last].keys.insert(key).inserted { return true }
            repeated = JSONPathFrame.path(stack)
            return false
        }
        return repeated
    }

    /// Throws a 400 problem naming the key when `body` repeats one.
    static func refuse(_ body: ByteBuffer) throws {
        guard let repeated = body.withUnsafeReadableBytes(first(in:)) else { return }
        throw Problem(.duplicateKey, detail: "The key \"\(repeated)\" appears twice in one object; send each key once",
                      errors: [.init(field: repeated, message: "appears more than once")])
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
