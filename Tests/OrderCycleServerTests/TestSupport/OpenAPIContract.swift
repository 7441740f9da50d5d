import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import Yams
@testable import OrderCycleServer

/// The served OpenAPI document as a contract: every API response a test receives is checked
/// against it (path, method, status, media type, body schema), so the document cannot drift
/// from the server. A subset of JSON Schema is enough for the document's own constructs.
struct OpenAPIContract: Sendable {
    let document: [String: any Sendable]

    /// The document exactly as the server serves it.
    static let shared: OpenAPIContract = {
        let loaded = (try? Yams.load(yaml: OpenAPIDocument.yaml)) as? [String: Any] ?? [:]
        return OpenAPIContract(document: sendable(loaded) as? [String: any Sendable] ?? [:])
    }()

    private static func sendable(_ value: Any) -> any Sendable {
        switch value {
        case let d as [String: Any]: return d.mapValues { sendable($0) }
        case let a as [Any]: return a.map { sendable($0) }
        case let s as String: return s
        case let b as Bool: return b
        case let i as Int: return i
        case let d as Double: return d
        default: return "\(value)"
        }
    }

    /// Returns the violations of one response; empty when it matches the document.
    func violations(method: HTTPMethod, path: String, status: UInt, contentType: String?, body: Data) -> [String] {
        let bare = path.split(separator: "?").first.map(String.init) ?? path
        guard let paths = document["paths"] as? [String: any Sendable],
              // A literal segment wins over a parameter, as in the router: /tasks/control before /tasks/{id}.
              let (template, item) = paths.filter({ matches(template: $0.key, path: bare) })
                .min(by: { $0.key.filter { $0 == "{" }.count < $1.key.filter { $0 == "{" }.count }).map({ ($0.key, $0.value) }),
              let pathItem = item as? [String: any Sendable]
        else { return ["\(method) \(bare): path not in the document"] }
        guard let operation = pathItem[method.rawValue.lowercased()] as? [String: any Sendable] else {
            return ["\(method) \(template): method not in the document"]
        }
        let responses = operation["responses"] as? [String: any Sendable] ?? [:]
        guard var response = (responses[String(status)] ?? responses["default"]) as? [String: any Sendable] else {
            return ["\(method) \(template): status \(status) not in the document"]
        }
        if let ref = response["$ref"] as? String, let resolved = resolve(ref) { response = resolved }
        guard let content = response["content"] as? [String: any Sendable] else {
            return body.isEmpty ? [] : ["\(method) \(template) \(status): body present but the document declares none"]
        }
        let mediaType = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let media = content[mediaType] as? [String: any Sendable] else {
            return ["\(method) \(template) \(status): media type \(mediaType) not in the document (\(content.keys.sorted()))"]
        }
        guard mediaType.hasSuffix("json"), let schema = media["schema"] as? [String: any Sendable] else { return [] }
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return ["\(method) \(template) \(status): body is not JSON"]
        }
        var errors: [String] = []
        validate(json, schema, at: "$", errors: &errors)
        return errors.map { "\(method) \(template) \(status): \($0)" }
    }

    private func matches(template: String, path: String) -> Bool {
        let t = template.split(separator: "/"), p = path.split(separator: "/")
        guard t.count == p.count else { return false }
        return zip(t, p).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    private func resolve(_ ref: String) -> [String: any Sendable]? {
        var node: any Sendable = document
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let dict = node as? [String: any Sendable], let next = dict[String(part)] else { return nil }
            node = next
        }
        return node as? [String: any Sendable]
    }

    private func validate(_ value: JSONValue, _ rawSchema: [String: any Sendable], at path: String, errors: inout [String]) {
        var schema = rawSchema
        if let ref = schema["$ref"] as? String {
            guard let resolved = resolve(ref) else { errors.append("\(path): unresolvable \(ref)"); return }
            schema = resolved
        }
        if let options = schema["oneOf"] as? [any Sendable] ?? schema["anyOf"] as? [any Sendable] {
            let ok = options.contains { option in
                var sub: [String] = []
                validate(value, option as? [String: any Sendable] ?? [:], at: path, errors: &sub)
                return sub.isEmpty
            }
            if !ok { errors.append("\(path): matches none of the alternatives") }
            return
        }
        let types: [String] = (schema["type"] as? String).map { [$0] } ?? (schema["type"] as? [any Sendable])?.compactMap { $0 as? String } ?? []
        if !types.isEmpty, !types.contains(where: { conforms(value, $0) }) {
            errors.append("\(path): expected \(types.joined(separator: "|")), got \(value)")
            return
        }
        if let allowed = schema["enum"] as? [any Sendable] {
            let text = value.scalarText
            if !allowed.contains(where: { "\($0)" == text }) { errors.append("\(path): \(text) not in enum") }
        }
        if let format = schema["format"] as? String, case .string(let s) = value {
            if format == "uuid", UUID(uuidString: s) == nil { errors.append("\(path): not a uuid") }
            if format == "date-time", ISO8601DateFormatter().date(from: s) == nil { errors.append("\(path): not a date-time") }
            if format == "date", s.count != 10 { errors.append("\(path): not a date") }
        }
        if case .object(let object) = value {
            let properties = schema["properties"] as? [String: any Sendable] ?? [:]
            for key in (schema["required"] as? [any Sendable])?.compactMap({ $0 as? String }) ?? [] where object[key] == nil {
                errors.append("\(path): missing required \(key)")
            }
            for (key, child) in object {
                if let sub = properties[key] as? [String: any Sendable] {
                    validate(child, sub, at: "\(path).\(key)", errors: &errors)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    errors.append("\(path): unexpected property \(key)")
                } else if let sub = schema["additionalProperties"] as? [String: any Sendable] {
                    validate(child, sub, at: "\(path).\(key)", errors: &errors)
                }
            }
        }
        if case .array(let array) = value, let items = schema["items"] as? [String: any Sendable] {
            for (i, element) in array.enumerated() { validate(element, items, at: "\(path)[\(i)]", errors: &errors) }
        }
    }

    private func conforms(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.object, "object"), (.array, "array"), (.string, "string"), (.bool, "boolean"), (.null, "null"), (.number, "number"): true
        case (.number(let n), "integer"): n.rounded() == n
        default: false
        }
    }
}

/// A JSON value as read from a response body, kept exact about booleans versus numbers.
enum JSONValue: Decodable, CustomStringConvertible {
    case object([String: JSONValue]), array([JSONValue]), string(String), number(Double), bool(Bool), null

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var scalarText: String {
        switch self {
        case .string(let s): s
        case .number(let n): n.rounded() == n ? String(Int(n)) : String(n)
        case .bool(let b): String(b)
        default: description
        }
    }

    var description: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string(let s): "string \"\(s.prefix(40))\""
        case .number(let n): "number \(n)"
        case .bool(let b): "boolean \(b)"
        case .null: "null"
        }
    }
}

extension Application {
    /// Sends a request through the real responder chain and checks the response against the
    /// OpenAPI document when it is an API response.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], json: (any Encodable & Sendable)? = nil,
             raw: String? = nil, bytes: [UInt8]? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestingHTTPResponse {
        var headers = headers
        var body = ByteBuffer()
        if let json {
            body.writeBytes(try APIJSONForTests.encoder.encode(AnyEncodable(json)))
            headers.replaceOrAdd(name: .contentType, value: "application/json")
        } else if let bytes {
            body.writeBytes(bytes)
        } else if let raw {
            body.writeString(raw)
            if headers.first(name: .contentType) == nil { headers.replaceOrAdd(name: .contentType, value: "application/json") }
        }
        let response = try await testing().sendRequest(method, path, headers: headers, body: body)
        let violations = OpenAPIContract.shared.violations(
            method: method, path: path, status: response.status.code, contentType: response.headers.first(name: .contentType),
            body: Data(buffer: response.body))
        #expect(violations.isEmpty, "OpenAPI contract: \(violations.joined(separator: "; "))", sourceLocation: sourceLocation)
        return response
    }
}

struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

enum APIJSONForTests {
    static var encoder: JSONEncoder { let e = JSONEncoder(); e.dateEncodingStrategy = .iso8601; return e }
    static var decoder: JSONDecoder { let d = JSONDecoder(); d.dateDecodingStrategy = .iso8601; return d }
}

extension TestingHTTPResponse {
    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try APIJSONForTests.decoder.decode(T.self, from: Data(buffer: body))
    }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:] }
    var text: String { String(buffer: body) }
}
