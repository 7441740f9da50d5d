import Foundation
import OrderCycleCore
import Vapor

/// Keyset pagination: the cursor carries the last row's sort key and id, so page 10,000 costs
/// the same as page 1 (an index seek, never OFFSET).
///
/// A cursor comes back from the client, so it is read as untrusted input: `PageRequest` checks
/// its key against the kind of key the list sorts by (`Ordering`), and a list reads the key only
/// through the typed accessors, which answer `nil` for anything this server could not have issued.
struct Cursor: Codable, Sendable, Equatable {
    var key: String
    var id: UUID

    /// What a list sorts by, and so what its cursor's key must be.
    enum Ordering: Sendable {
        /// Text compared as text (a folded name, an e-mail, a SKU).
        case text
        /// A moment, written as seconds since 1970.
        case moment
        /// A calendar day, written `YYYY-MM-DD`.
        case day
        /// A finite number (a card's rank in its board column).
        case number
    }

    /// The longest text key: longer than any sort key a list stores.
    static let maxTextKey = 1_000

    init(moment: Date, id: UUID) { self.init(key: String(moment.timeIntervalSince1970), id: id) }

    /// The key as a moment; `nil` when it is not a finite number of seconds within `Moments`.
    var moment: Date? {
        guard let seconds = Double(key), seconds.isFinite, Moments.seconds.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Whether the key is one a list sorted by `ordering` could have issued.
    func fits(_ ordering: Ordering) -> Bool {
        switch ordering {
        case .moment: moment != nil
        case .day: CalendarDay(iso: key) != nil
        case .number: key.utf8.count <= 40 && Double(key).map(\.isFinite) == true
        case .text: key.utf8.count <= Self.maxTextKey && !key.hasControlCharacters
        }
    }

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

    /// Reads `limit` and `cursor` from the query string, refusing bad values with a named field;
    /// a cursor must carry a key of the list's `ordering`.
    init(_ req: Request, ordering: Cursor.Ordering) throws {
        var errors: [Problem.FieldError] = []
        var limit = Self.defaultLimit
        if let raw = req.query[String.self, at: "limit"] {
            if let value = Int(raw), (1...Self.maxLimit).contains(value) { limit = value } else {
                errors.append(.init(field: "limit", message: "must be a whole number from 1 to \(Self.maxLimit)"))
            }
        }
        var after: Cursor?
        if let raw = req.query[String.self, at: "cursor"], !raw.isEmpty {
            if raw.utf8.count <= 4 * Cursor.maxTextKey, let cursor = Cursor(encoded: raw), cursor.fits(ordering) { after = cursor } else {
                errors.append(.init(field: "cursor", message: "is not a cursor this server issued for this list"))
            }
        }
        // A cursor is the server's own token, so one it could not have issued makes the request
        // malformed (400), not a value to correct (422).
        if errors.contains(where: { $0.field == "cursor" }) {
            throw Problem(.malformed, detail: errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "), errors: errors)
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        self.init(limit: limit, after: after)
    }
}

struct Page<Item: Content>: Content {
    var items: [Item]
    var next_cursor: String?
}
