import Foundation
import Vapor

/// One JSON dialect for the whole API: ISO 8601 dates, keys as the DTOs name them, sorted.
enum APIJSON {
    static var encoder: APIJSONEncoder { APIJSONEncoder() }

    /// The dialect as Foundation writes it, which `APIJSONEncoder` writes byte for byte.
    static var foundationEncoder: JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static var decoder: JSONDecoder {
        let d = JSONDecoder()
        // ISO 8601 as `.iso8601` reads it, but only within the years 1…9999 (see `Moments`).
        d.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            guard let date = Moments.parse(try container.decode(String.self)) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "must be a moment such as 2026-03-01T09:00:00Z, in the years 1 to 9999")
            }
            return date
        }
        return d
    }

    static func install() {
        ContentConfiguration.global.use(encoder: encoder, for: .json)
        ContentConfiguration.global.use(decoder: StrictJSONDecoder(), for: .json)
    }
}
