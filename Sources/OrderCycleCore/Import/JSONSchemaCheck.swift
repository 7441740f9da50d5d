import Foundation

/// Checks a JSON value against a JSON Schema written in the subset the import mappings use:
/// `type` (one name or a list), `properties`, `required`, `additionalProperties` (false or a
/// schema), `enum`, `minLength`/`maxLength`, `minimum`/`maximum`, `items`, `minItems`.
/// Annotations (`title`, `description`, `$schema`, `$id`) are ignored. Every error is found,
/// each naming the path of the value it is about, so that a mapping is fixed in one go.
public struct JSONSchemaCheck {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The value's path, dotted (`client.kind`, `promised_lead_days.values.Same Day`); empty for the whole document.
        public var path: String
        public var message: String
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    /// The schema as `JSONSerialization` reads it.
    let schema: [String: Any]

    public init(schema data: Data) throws {
        guard let schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(path: "", message: "the schema is not a JSON object")
        }
        self.schema = schema
    }

    /// Every way `value` (as `JSONSerialization` reads it) breaks the schema.
    public func failures(_ value: Any) -> [Failure] {
        var out: [Failure] = []
        check(value, against: schema, at: [], into: &out)
        return out
    }

    private func check(_ value: Any, against schema: [String: Any], at path: [String], into out: inout [Failure]) {
        func fail(_ message: String) { out.append(Failure(path: path.joined(separator: "."), message: message)) }
        if let options = schema["enum"] as? [Any] {
            guard options.contains(where: { Self.same($0, value) }) else {
                fail("\(Self.show(value)) is not one of \(options.map(Self.show).joined(separator: ", "))"); return
            }
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String].compactMap { $0 }
            guard types.contains(where: { Self.isType(value, $0) }) else {
                fail("must be \(types.map(Self.article).joined(separator: " or ")), not \(Self.show(value))"); return
            }
        }
        if let text = value as? String {
            let count = text.count
            if let min = schema["minLength"] as? Int, count < min { fail(min == 1 ? "must not be empty" : "must have at least \(min) characters") }
            if let max = schema["maxLength"] as? Int, count > max { fail("must have at most \(max) characters") }
        }
        if let number = value as? NSNumber, !Self.isBool(number) {
            if let min = schema["minimum"] as? NSNumber, number.doubleValue < min.doubleValue { fail("must be at least \(min)") }
            if let max = schema["maximum"] as? NSNumber, number.doubleValue > max.doubleValue { fail("must be at most \(max)") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in (schema["required"] as? [String] ?? []) where object[key] == nil {
                out.append(Failure(path: (path + [key]).joined(separator: "."), message: "is required"))
            }
            for key in object.keys.sorted() {
                let child = object[key]!
                if let sub = properties[key] as? [String: Any] {
                    check(child, against: sub, at: path + [key], into: &out)
                } else if let extra = schema["additionalProperties"] {
                    if let sub = extra as? [String: Any] {
                        check(child, against: sub, at: path + [key], into: &out)
                    } else if let allowed = extra as? Bool, !allowed {
                        let known = properties.keys.sorted().joined(separator: ", ")
                        out.append(Failure(path: (path + [key]).joined(separator: "."), message: "is not a key of this mapping (known keys: \(known))"))
                    }
                }
            }
        }
        if let array = value as? [Any] {
            if let min = schema["minItems"] as? Int, array.count < min { fail("must have at least \(min) items") }
            if let items = schema["items"] as? [String: Any] {
                for (i, item) in array.enumerated() { check(item, against: items, at: path + ["\(i)"], into: &out) }
            }
        }
    }

    /// JSON's true and false read as numbers whose type is a C char, on Linux as on macOS.
    private static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

    private static func isType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean": return (value as? NSNumber).map(isBool) ?? false
        case "number": return (value as? NSNumber).map { !isBool($0) } ?? false
        case "integer":
            guard let n = value as? NSNumber, !isBool(n) else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        default: return false
        }
    }

    private static func same(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return isBool(a) == isBool(b) && a == b }
        return a is NSNull && b is NSNull
    }

    private static func article(_ type: String) -> String {
        switch type {
        case "object": "an object"
        case "array": "a list"
        case "integer": "a whole number"
        case "null": "null"
        default: "a \(type)"
        }
    }

    static func show(_ value: Any) -> String {
        switch value {
        case let s as String: return "\"\(s)\""
        case let n as NSNumber: return isBool(n) ? (n.boolValue ? "true" : "false") : n.stringValue
        case is NSNull: return "null"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "\(value)"
        }
    }
}
