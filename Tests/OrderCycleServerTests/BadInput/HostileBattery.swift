import Foundation
import Vapor

/// The hostile-parameter battery: for every operation of the served API document, requests that
/// put one hostile value at a time into one place — a path parameter, a query parameter, a
/// header, or one field of an otherwise plausible JSON body built from the operation's schema.
/// Values sit at and past every limit a parser or a database driver has: NaN and infinities,
/// integers past 64 bits, years 0 and 10000, empty and huge strings, forged cursors.
struct HostileBattery {
    struct Operation: Sendable, CustomStringConvertible {
        var method: HTTPMethod
        var template: String
        var spec: [String: any Sendable]
        var description: String { "\(method) \(template)" }
    }

    struct Probe: Sendable {
        var method: HTTPMethod
        var path: String
        var headers: HTTPHeaders
        var body: String?
        var label: String
    }

    /// Ids of real rows, so that a plausible request reaches the code behind the lookups.
    var ids: [String: String]
    let document: [String: any Sendable]

    /// Every operation of the document but logging out, which would end the battery's session.
    var operations: [Operation] {
        let paths = document["paths"] as? [String: any Sendable] ?? [:]
        var out: [Operation] = []
        for (template, item) in paths.sorted(by: { $0.key < $1.key }) where template != "/api/v1/auth/logout" {
            guard let item = item as? [String: any Sendable] else { continue }
            for method in ["get", "post", "put", "patch", "delete"] {
                guard var spec = item[method] as? [String: any Sendable] else { continue }
                // Parameters declared on the path item apply to each of its operations.
                spec["parameters"] = ((item["parameters"] as? [any Sendable]) ?? []) + ((spec["parameters"] as? [any Sendable]) ?? [])
                out.append(Operation(method: HTTPMethod(rawValue: method.uppercased()), template: template, spec: spec))
            }
        }
        return out
    }

    // MARK: - The values

    /// Query, path and header values.
    static let texts: [String] = [
        "", " ", "0", "-1", "1e300", "-1e20", "nan", "NaN", "inf", "-inf", "Infinity",
        "99999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "0x10", "1.5",
        "0001", "0011", "10000", "0001-Q1", "0001-06", "0001-01-01..0001-01-31", "9999-12", "9999-Q4", "10000-01", "2026-00", "2026-13",
        "2026-02-30", "0000-01-01", "10000-01-01", "9999-12-31..10000-01-01", "2026-01-01..1900-01-01", "..", "2026-Q9",
        "0001-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
        "%00", "\u{0}", "' OR '1'='1", "../../etc/passwd", "☃️👩‍👩‍👧", String(repeating: "A", count: 20_000),
    ] + cursors

    /// The shorter list for pages, each of which reads several query values.
    static let pageTexts: [String] = [
        "", "-1", "1e300", "nan", "99999999999999999999", "0001", "0001-Q1", "10000", "9999-12-31..10000-01-01", "not-a-uuid",
        "\u{0}", "/\t/evil.example/", String(repeating: "A", count: 20_000),
    ] + cursors.prefix(2)

    /// Forged pagination cursors: the shapes the server issues, with keys no list sorts by.
    static let cursors: [String] = {
        let id = "3F2504E0-4F89-11D3-9A0C-0305E82C3301"
        let keys = ["1e300", "nan", "inf", "-inf", "-1e20", "99999999999999999999", "", "0001-01-01", "10000-01-01", "\u{0}",
                    String(repeating: "z", count: 5_000)]
        var out = keys.map { cursor(#"{"key":"\#($0)","id":"\#(id)"}"#) }
        out += [cursor(#"{"key":1,"id":"\#(id)"}"#), cursor(#"{"key":"1","id":"x"}"#), cursor("[]"), cursor("not json"), "!!!", "===="]
        return out
    }()

    static func cursor(_ json: String) -> String {
        Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// JSON values for one body field, written as JSON text (some are not representable in Swift).
    static let jsonValues: [String] = [
        "null", "true", "0", "-1", "1.5", "1e308", "-1e308", "1e999", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999999999", "2147483648", "\"\"", "\" \"", "\"nan\"", "\"1e300\"", "[]", "{}", "[null]",
        "\"0001-01-01T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0000-01-01\"", "\"10000-01-01\"",
        "\"9999-12-31\"", "\"2026-02-30\"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0000\"",
        "\"" + String(repeating: "B", count: 20_000) + "\"",
    ]

    /// Whole bodies that are not a JSON object of the schema.
    static let bodies: [String] = ["", "null", "[]", "{", "NaN", "{\"a\":NaN}", "{\"a\":Infinity}", String(repeating: "[", count: 5_000)]

    /// If-Match values (the API's versions are integers in quotes).
    static let versions: [String] = ["\"99999999999999999999\"", "\"-1\"", "\"nan\"", "W/\"1\"", "*", "\"\"", "\"1e300\""]

    // MARK: - The probes

    func probes(for operation: Operation, token: String) -> [Probe] {
        let parameters = (operation.spec["parameters"] as? [any Sendable] ?? []).compactMap { resolve($0) }
        var plausiblePath: [String: String] = [:]
        for p in parameters where p["in"] as? String == "path" {
            let name = p["name"] as? String ?? ""
            plausiblePath[name] = plausible(pathParameter: name, in: operation.template, schema: p["schema"])
        }
        func path(_ values: [String: String]) -> String {
            values.reduce(operation.template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        let plainPath = path(plausiblePath)
        let body = requestSchema(operation).map { plausibleJSON($0, name: nil) }
        var headers = HTTPHeaders([("Authorization", "Bearer \(token)"), ("If-Match", "\"1\"")])
        if body != nil { headers.add(name: .contentType, value: "application/json") }
        var out: [Probe] = []
        func probe(path: String = plainPath, headers: HTTPHeaders = headers, body: String? = body, _ label: String) {
            out.append(Probe(method: operation.method, path: path, headers: headers, body: body, label: "\(operation) \(label)"))
        }
        probe("plausible")
        for name in plausiblePath.keys.sorted() {
            for value in Self.texts where !value.isEmpty {
                probe(path: path(plausiblePath.merging([name: value.percentEncodedForPath]) { $1 }), "path \(name)=\(value.prefix(40))")
            }
        }
        for p in parameters where p["in"] as? String == "query" {
            let name = p["name"] as? String ?? ""
            for value in Self.texts {
                probe(path: plainPath + "?\(name)=\(value.percentEncodedForQuery)", "query \(name)=\(value.prefix(40))")
            }
        }
        for value in Self.versions {
            var h = headers
            h.replaceOrAdd(name: .ifMatch, value: value)
            probe(headers: h, "If-Match \(value)")
        }
        var key = headers
        key.replaceOrAdd(name: "Idempotency-Key", value: String(repeating: "k", count: 5_000))
        probe(headers: key, "Idempotency-Key of 5000 characters")
        guard let schema = requestSchema(operation) else { return out }
        for text in Self.bodies { probe(body: text, "body \(text.prefix(20))") }
        for (pointer, _) in fields(schema, at: []) {
            for value in Self.jsonValues {
                probe(body: plausibleJSON(schema, name: nil, replacing: pointer, with: value), "field \(pointer.joined(separator: "."))=\(value.prefix(40))")
            }
        }
        return out
    }

    // MARK: - Plausible values from the schema

    private func plausible(pathParameter name: String, in template: String, schema: (any Sendable)?) -> String {
        if let schema = resolve(schema), let values = schema["enum"] as? [any Sendable], let first = values.first { return "\(first)" }
        if name == "photo" { return ids["photo"] ?? UUID().uuidString }
        let segments = template.split(separator: "/").map(String.init)
        let owner = segments.firstIndex(of: "{\(name)}").map { segments[max(0, $0 - 1)] } ?? ""
        return ids[owner] ?? ids["default"] ?? UUID().uuidString
    }

    private func requestSchema(_ operation: Operation) -> [String: any Sendable]? {
        guard let body = resolve(operation.spec["requestBody"]), let content = body["content"] as? [String: any Sendable],
              let media = content["application/json"] as? [String: any Sendable] else { return nil }
        return resolve(media["schema"])
    }

    /// The JSON pointer of every field, nested objects and the first item of arrays included.
    private func fields(_ schema: [String: any Sendable], at pointer: [String]) -> [([String], [String: any Sendable])] {
        var out: [([String], [String: any Sendable])] = []
        for (name, raw) in (schema["properties"] as? [String: any Sendable] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let field = resolve(raw) else { continue }
            out.append((pointer + [name], field))
            if let items = resolve(field["items"]) { out += fields(items, at: pointer + [name, "0"]) }
            else if field["properties"] != nil { out += fields(field, at: pointer + [name]) }
        }
        return out
    }

    private func plausibleJSON(_ schema: [String: any Sendable], name: String?, replacing pointer: [String] = [], with value: String = "",
                               at here: [String] = []) -> String {
        if !pointer.isEmpty, here == pointer { return value }
        if let values = schema["enum"] as? [any Sendable], let first = values.first { return first is String ? "\"\(first)\"" : "\(first)" }
        let type = (schema["type"] as? String) ?? ((schema["type"] as? [any Sendable])?.first as? String) ?? (schema["properties"] != nil ? "object" : "string")
        switch type {
        case "object":
            let properties = (schema["properties"] as? [String: any Sendable] ?? [:]).sorted(by: { $0.key < $1.key })
            let members = properties.compactMap { key, raw -> String? in
                guard let field = resolve(raw) else { return nil }
                return "\"\(key)\":" + plausibleJSON(field, name: key, replacing: pointer, with: value, at: here + [key])
            }
            return "{" + members.joined(separator: ",") + "}"
        case "array":
            guard let items = resolve(schema["items"]) else { return "[]" }
            return "[" + plausibleJSON(items, name: name, replacing: pointer, with: value, at: here + ["0"]) + "]"
        case "integer", "number":
            let minimum = schema["minimum"] as? Int ?? 0
            return String(max(minimum, min(1, schema["maximum"] as? Int ?? 1)))
        case "boolean": return "false"
        default:
            switch schema["format"] as? String {
            case "uuid": return "\"\(plausibleID(name))\""
            case "date-time": return "\"2030-01-02T10:00:00Z\""
            case "date": return "\"2030-01-02\""
            default:
                if let pattern = schema["pattern"] as? String, pattern.contains("A-Z]{3}") { return "\"UAH\"" }
                if name == "email" { return "\"hostile-\(UUID().uuidString.prefix(8).lowercased())@test.example\"" }
                if name == "password" { return "\"long enough password\"" }
                if name == "phone" || name?.hasSuffix("_phone") == true || name == "caller" { return "\"+380441234567\"" }
                return "\"Hostile test \(UUID().uuidString.prefix(6))\""
            }
        }
    }

    private func plausibleID(_ name: String?) -> String {
        guard let name else { return ids["default"] ?? UUID().uuidString }
        let owner = name.replacingOccurrences(of: "_id", with: "").replacingOccurrences(of: "to_", with: "")
        return ids[owner + "s"] ?? ids[owner] ?? ids["default"] ?? UUID().uuidString
    }

    private func resolve(_ node: (any Sendable)?) -> [String: any Sendable]? {
        guard var dict = node as? [String: any Sendable] else { return nil }
        var hops = 0
        while let ref = dict["$ref"] as? String, hops < 10 {
            var target: any Sendable = document
            for part in ref.dropFirst(2).split(separator: "/") {
                guard let next = (target as? [String: any Sendable])?[String(part)] else { return nil }
                target = next
            }
            guard let resolved = target as? [String: any Sendable] else { return nil }
            dict = resolved
            hops += 1
        }
        return dict
    }
}

private extension String {
    var percentEncodedForPath: String { addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? self }
    var percentEncodedForQuery: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
