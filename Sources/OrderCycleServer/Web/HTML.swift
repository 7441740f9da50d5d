import Vapor

/// A fragment of HTML whose interpolated values are escaped unless they are `HTML` themselves,
/// so user data can only reach a page as text — in element content and in attribute values alike.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    public init(unsafeRaw text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }
    public init(stringInterpolation: Interpolation) { self.text = stringInterpolation.text }

    public var description: String { text }

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""
        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        public mutating func appendInterpolation(_ html: HTML) { text += html.text }
        public mutating func appendInterpolation(_ html: [HTML]) { for h in html { text += h.text } }
        public mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }
        public mutating func appendInterpolation(_ value: String?) { text += HTML.escape(value ?? "") }
        public mutating func appendInterpolation<N: BinaryInteger>(_ value: N) { text += String(value) }
        public mutating func appendInterpolation(_ value: Double) { text += HTML.escape(String(value)) }
        public mutating func appendInterpolation(_ value: UUID) { text += value.uuidString }
        public mutating func appendInterpolation(_ value: UUID?) { text += value?.uuidString ?? "" }
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
        HTML(unsafeRaw: parts.map(\.text).joined(separator: separator.text))
    }
}

extension HTML: AsyncResponseEncodable {
    public func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

extension Array where Element == HTML {
    var joined: HTML { HTML.join(self) }
}
