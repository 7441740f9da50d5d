import Foundation
import Vapor

/// No field of the API takes JSON `null`: the document types every field without it, and a
/// field left out keeps its value (on PATCH) or takes its default (on create). A `null` would
/// read as "clear" to a caller and as "absent" to the decoder, so it is refused with a 422 that
/// names the field, for every body in one place (`StrictJSONDecoder`), instead of meaning one
/// thing per field.
///
/// Only the fields a request type reads are judged: a `null` under a key the API does not read
/// is ignored like the key itself, as the document's open objects allow. To tell the two apart
/// without a second decoder, the body is decoded once more with every `null` replaced by a value
/// no field accepts (`[[[]]]`); a type mismatch at or below a `null`'s path means a field read it.
enum JSONNullFields {
    /// The value that stands in for `null` in the second decoding: an array of arrays, which no
    /// text, number, flag, object or list of them decodes from.
    private static let standIn = Array("[[[]]]".utf8)

    /// Where the nulls are (`lines[0].note`), and the body with each one replaced by the
    /// stand-in; nil when the body has none below the top level (a top-level `null` is the
    /// decoder's to refuse as "not an object").
    static func nulls(in bytes: UnsafeRawBufferPointer) -> (paths: [String], replaced: [UInt8])? {
        var stack: [JSONPathFrame] = []
        var paths: [String] = []
        var replaced: [UInt8] = []
        var copied = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"):
                guard stack.count < JSONDuplicateKeys.maximumDepth else { return nil }
                stack.append(JSONPathFrame(isObject: true))
            case UInt8(ascii: "["):
                guard stack.count < JSONDuplicateKeys.maximumDepth else { return nil }
                stack.append(JSONPathFrame(isObject: false))
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
                    stack[last].key = JSONPathFrame.decodeKey(UnsafeRawBufferPointer(rebasing: bytes[start..<i]), escaped: escaped)
                    stack[last].expectsKey = false
                }
            case UInt8(ascii: "n"):
                if !stack.isEmpty, i + 4 <= count, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") {
                    paths.append(JSONPathFrame.path(stack))
                    replaced.append(contentsOf: bytes[copied..<i])
                    replaced.append(contentsOf: standIn)
                    copied = i + 4
                    i += 3
                }
            default:
                break
            }
            i += 1
        }
        guard !paths.isEmpty else { return nil }
        replaced.append(contentsOf: bytes[copied..<count])
        return (paths, replaced)
    }

    /// Throws a 422 problem naming the first field of `D` that `body` sets to `null`.
    static func refuse<D: Decodable>(_ type: D.Type, in body: ByteBuffer, decoder: JSONDecoder) throws {
        guard let found = body.withUnsafeReadableBytes(nulls(in:)) else { return }
        let field: String
        do {
            _ = try decoder.decode(D.self, from: Data(found.replaced))
            return
        } catch let error as DecodingError {
            guard let path = ProblemMiddleware.fieldPath(of: error),
                  let null = found.paths.first(where: { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") }) else { return }
            field = null
        } catch {
            return
        }
        throw Problem.field(field, "must not be null: leave the field out to keep its value or take its default")
    }
}

/// One open object or array while a JSON body is scanned: the key or index a value sits under.
struct JSONPathFrame {
    var isObject: Bool
    var expectsKey = true
    var key = ""
    var index = 0

    init(isObject: Bool) { self.isObject = isObject }

    /// A key as the decoder reads it (escapes resolved).
    static func decodeKey(_ raw: UnsafeRawBufferPointer, escaped: Bool) -> String {
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        let quoted = Data([UInt8(ascii: "\"")] + Array(raw) + [UInt8(ascii: "\"")])
        return (try? JSONDecoder().decode(String.self, from: quoted)) ?? String(decoding: raw, as: UTF8.self)
    }

    /// The path of the innermost value, written as problems name fields: `lines[0].sku`.
    static func path(_ stack: [JSONPathFrame]) -> String {
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
