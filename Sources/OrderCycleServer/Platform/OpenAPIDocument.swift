import Foundation
import Vapor

/// The API's one description, served as written. Tests validate every response they receive
/// against it, so the document and the server cannot drift apart unnoticed.
enum OpenAPIDocument {
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "openapi: 3.1.0\n" }
        return text
    }()

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, "api/v1/openapi.yaml", access: .open) { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .init(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
            return Response(status: .ok, headers: headers, body: .init(string: yaml))
        }
    }
}
