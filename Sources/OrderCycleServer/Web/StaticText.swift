import Vapor

/// A text the server ships with itself — a page's script, a vendored library, a style sheet —
/// answered with its type and how long a browser may keep it. A release changes the pages' own
/// texts, so they are kept for minutes; the vendored libraries, which change rarely, for a day.
enum StaticText {
    static let javascript = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
    static let css = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])

    static func response(_ text: String, type: HTTPMediaType = javascript, maxAge: Int = 300) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.add(name: .cacheControl, value: "public, max-age=\(maxAge)")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
