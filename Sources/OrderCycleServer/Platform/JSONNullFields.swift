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
        var paths: [String] = []
        var replaced: [UInt8] = []
        var copied = 0
        let outcome = JSONPathScan.scan(bytes) { event, stack in
            guard case let .null(at: i) = event else { return true }
            paths.append(JSONPathFrame.path(stack))
            replaced.append(contentsOf: bytes[copied..<i])
            replaced.append(contentsOf: standIn)
            copied = i + 4
            return true
        }
        guard case .finished = outcome, !paths.isEmpty else { return nil }
        replaced.append(contentsOf: bytes[copied..<bytes.count])
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
