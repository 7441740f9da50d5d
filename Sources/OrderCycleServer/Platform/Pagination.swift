import Foundation
import Vapor

/// Keyset pagination: the cursor carries the last row's sort key and id, so page 10,000 costs
/// the same as page 1 (an index seek, never OFFSET).
struct Cursor: Codable, Sendable, Equatable {
    var key: String
    var id: UUID

    var encoded: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    init(key: String, id: UUID) { self.key = key; self.id = id }

    init?(encoded: String) {
        var b64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let cursor = try? JSONDecoder().decode(Cursor.self, from: data) else { return nil }
        self = cursor
    }
}

struct PageRequest: Sendable {
    var limit: Int
    var after: Cursor?

    static let defaultLimit = 50
    static let maxLimit = 200

    init(limit: Int = PageRequest.defaultLimit, after: Cursor? = nil) { self.limit = limit; self.after = after }

    /// Reads `limit` and `cursor` from the query string, refusing bad values with a named field.
    init(_ req: Request) throws {
        var errors: [Problem.FieldError] = []
        var limit = Self.defaultLimit
        if let raw = req.query[String.self, at: "limit"] {
            if let value = Int(raw), (1...Self.maxLimit).contains(value) { limit = value } else {
                errors.append(.init(field: "limit", message: "must be a whole number from 1 to \(Self.maxLimit)"))
            }
        }
        var after: Cursor?
        if let raw = req.query[String.self, at: "cursor"], !raw.isEmpty {
            if let cursor = Cursor(encoded: raw) { after = cursor } else {
                errors.append(.init(field: "cursor", message: "is not a cursor this server issued"))
            }
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        self.init(limit: limit, after: after)
    }
}

struct Page<Item: Content>: Content {
    var items: [Item]
    var next_cursor: String?
}
