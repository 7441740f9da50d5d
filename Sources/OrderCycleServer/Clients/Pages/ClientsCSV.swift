import Fluent
import OrderCycleCore
import Vapor

/// The clients list as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Cyrillic),
/// with the list's filters; read in keyset slices, never with OFFSET.
enum ClientsCSV {
    static let header = ["code", "name", "kind", "party", "tax_id", "segment", "manager", "active", "last_contact_at"]

    @Sendable static func export(req: Request) async throws -> Response {
        req.dropEmptyQueryValues()
        var search = try ClientSearch(req)
        let activeChoice = req.query[String.self, at: "active"] ?? "true"
        if activeChoice == "all" { search.active = nil } else if req.query[String.self, at: "active"] == nil { search.active = true }
        let region = req.application.appConfig.phoneRegion
        let formatter = ISO8601DateFormatter()
        var out = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        var after: Cursor?
        while true {
            let rows = try await search.fetch(after: after, limit: 1000, regionCode: region, on: req.db)
            for c in rows {
                let fields = [c.code, c.name, c.kind.rawValue, c.party.rawValue, c.tax_id ?? "", c.segment_code, c.manager_name ?? "",
                              c.active ? "true" : "false", c.last_contact_at.map(formatter.string(from:)) ?? ""]
                out += fields.map(field).joined(separator: ",") + "\r\n"
            }
            guard rows.count == 1000, let last = rows.last else { break }
            after = Cursor(key: Client.fold(last.name), id: last.id)
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.add(name: .contentDisposition, value: "attachment; filename=\"clients.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: out))
    }

    /// Quotes a field when it holds a separator, a quote or a line break; a leading = + - @ is
    /// prefixed with ' so that a spreadsheet never runs a client's name as a formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
