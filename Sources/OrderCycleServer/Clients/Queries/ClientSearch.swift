import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The clients list: filters, one search box and keyset pagination on (folded name, id).
///
/// The search text matches, in one query, a name prefix (case and accents ignored), a tax id,
/// any phone in any written form (read to E.164 and found through the phone index) and an
/// e-mail — so an operator types whatever the caller said.
struct ClientSearch: Sendable {
    var kind: ClientKind?
    var segmentID: UUID?
    var managerID: UUID?
    var active: Bool?
    var text: String?

    /// Reads the filters from the query string by the lists' one rule (`ListFilters`: left out
    /// is "any", empty is a 400, unreadable a 422 naming every bad one); `active` also takes
    /// `1`, `0` and `all`, and the search text `q` may be empty.
    init(_ req: Request) throws {
        var query = ListFilters(req)
        kind = query.choice("kind", ClientKind.self)
        segmentID = query.id("segment_id")
        managerID = query.id("manager_id")
        switch query.text("active") {
        case nil, "all": active = nil
        case "true", "1": active = true
        case "false", "0": active = false
        default: query.fail("active", "must be true or false", "должно быть true или false")
        }
        if let q = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespacesAndNewlines), !q.isEmpty {
            if q.count > 200 { query.fail("q", "must be at most 200 characters", "не длиннее 200 символов") } else { text = q }
        }
        try query.check()
    }

    init(kind: ClientKind? = nil, segmentID: UUID? = nil, managerID: UUID? = nil, active: Bool? = nil, text: String? = nil) {
        self.kind = kind; self.segmentID = segmentID; self.managerID = managerID; self.active = active; self.text = text
    }

    func page(_ page: PageRequest, regionCode: String, on db: any Database) async throws -> Page<ClientSummaryDTO> {
        let rows = try await fetch(after: page.after, limit: page.limit + 1, regionCode: regionCode, on: db)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(key: Client.fold($0.name), id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    func fetch(after: Cursor?, limit: Int, regionCode: String, on db: any Database) async throws -> [ClientSummaryDTO] {
        var conditions: [SQLQueryString] = []
        if let kind { conditions.append("c.kind = \(bind: kind.rawValue)") }
        if let segmentID { conditions.append("c.segment_id = \(bind: segmentID)") }
        if let managerID { conditions.append("c.manager_id = \(bind: managerID)") }
        if let active { conditions.append("c.active = \(bind: active)") }
        if let text { conditions.append(Self.matching(text, regionCode: regionCode)) }
        if let after {
            conditions.append("(c.search_name > \(bind: after.key) OR (c.search_name = \(bind: after.key) AND c.id > \(bind: after.id)))")
        }
        let whereClause: SQLQueryString = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let query: SQLQueryString = """
            SELECT c.id, c.code, c.kind, c.party, c.name, c.tax_id, c.segment_id, s.code AS segment_code, c.manager_id,
                   u.display_name AS manager_name, c.active, c.last_contact_at, c.version
            FROM clients c JOIN segments s ON s.id = c.segment_id LEFT JOIN users u ON u.id = c.manager_id
            """ + whereClause + " ORDER BY c.search_name, c.id LIMIT \(literal: limit)"
        return try await db.sql.raw(query).all(decoding: SummaryRow.self).map(\.dto)
    }

    /// The search condition for one text: name prefix, tax id, phone, e-mail.
    static func matching(_ text: String, regionCode: String) -> SQLQueryString {
        let folded = Client.fold(text)
        let escaped = folded.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        var parts: [SQLQueryString] = [
            "c.search_name LIKE \(bind: escaped + "%") ESCAPE '\\'",
            "c.tax_id = \(bind: text)",
        ]
        let digits = text.filter(\.isNumber).count
        if digits >= 5, let region = try? PhoneRegion(isoCode: regionCode), let phone = try? PhoneNumber(parsing: text, defaultRegion: region) {
            parts.append("c.id IN (SELECT client_id FROM client_phones WHERE e164 = \(bind: phone.e164))")
        }
        if text.contains("@") {
            parts.append("c.id IN (SELECT client_id FROM client_emails WHERE email = \(bind: text.lowercased()))")
        }
        return "(" + parts.joined(separator: " OR ") + ")"
    }

    /// One client of the list as stored; a kind or party this build does not know reads as a
    /// customer company.
    private struct SummaryRow: Decodable {
        var id: UUID
        var code: String
        var kind: String
        var party: String
        var name: String
        var tax_id: String?
        var segment_id: UUID
        var segment_code: String
        var manager_id: UUID?
        var manager_name: String?
        var active: Bool
        var last_contact_at: Date?
        var version: Int

        var dto: ClientSummaryDTO {
            ClientSummaryDTO(id: id, code: code, kind: ClientKind(rawValue: kind) ?? .customer, party: PartyType(rawValue: party) ?? .company,
                             name: name, tax_id: tax_id, segment_id: segment_id, segment_code: segment_code, manager_id: manager_id,
                             manager_name: manager_name, active: active, last_contact_at: last_contact_at, version: version)
        }
    }
}
