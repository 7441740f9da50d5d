import Foundation
import Vapor
import Yams

/// The API's one description. Each area writes its part in `Resources/openapi/<area>.yaml`
/// (paths and components); they are merged once at start into the single document served at
/// `/api/v1/openapi.yaml`. Tests validate every response they receive against it, so the
/// document and the server cannot drift apart unnoticed.
enum OpenAPIDocument {
    private static func mergedParts() -> [String: Any] {
        guard let folder = Bundle.module.url(forResource: "openapi", withExtension: nil, subdirectory: "Resources"),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return ["openapi": "3.1.0"] }
        var document: [String: Any] = [:]
        for file in files.filter({ $0.pathExtension == "yaml" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            guard let text = try? String(contentsOf: file, encoding: .utf8),
                  let part = (try? Yams.load(yaml: text)) as? [String: Any] else { continue }
            document = merge(document, part)
        }
        return document
    }

    static let yaml: String = (try? Yams.dump(object: mergedParts(), width: -1, sortKeys: true)) ?? "openapi: 3.1.0\n"

    /// Objects merge key by key; anything else from a later part replaces the earlier value.
    private static func merge(_ a: [String: Any], _ b: [String: Any]) -> [String: Any] {
        var out = a
        for (key, value) in b {
            if let left = out[key] as? [String: Any], let right = value as? [String: Any] {
                out[key] = merge(left, right)
            } else {
                out[key] = value
            }
        }
        return out
    }

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Platform.openAPI, access: .open) { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .init(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
            return Response(status: .ok, headers: headers, body: .init(string: yaml))
        }
    }
}
