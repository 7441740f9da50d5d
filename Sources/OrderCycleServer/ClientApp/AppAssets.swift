import Foundation
import Vapor

/// The app's static files, shipped in `Resources/app` (the icons are drawn by
/// `scripts/make-app-icons`) and read once. The service worker is never cached by HTTP, so a new
/// release reaches phones at their next visit.
enum AppAssets {
    enum File: String, CaseIterable {
        case script = "app.js", style = "app.css", serviceWorker = "sw.js", iconSVG = "icon.svg", icon192 = "icon-192.png", icon512 = "icon-512.png"

        var type: HTTPMediaType {
            switch self {
            case .script, .serviceWorker: StaticText.javascript
            case .style: StaticText.css
            case .iconSVG: HTTPMediaType(type: "image", subType: "svg+xml")
            case .icon192, .icon512: .png
            }
        }
    }

    static let files: [File: Data] = Dictionary(uniqueKeysWithValues: File.allCases.compactMap { file -> (File, Data)? in
        let name = file.rawValue as NSString
        guard let url = Bundle.module.url(forResource: name.deletingPathExtension, withExtension: name.pathExtension, subdirectory: "Resources/app"),
              let data = try? Data(contentsOf: url) else { return nil }
        return (file, data)
    })

    static func response(_ file: File, cache: String = "public, max-age=300") -> Response {
        guard let data = files[file] else { return Response(status: .notFound) }
        var headers = HTTPHeaders()
        headers.contentType = file.type
        headers.add(name: .cacheControl, value: cache)
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// Served from /app/sw.js and allowed the scope `/app`, which covers the shell at `/app` itself.
    static func serviceWorker() -> Response {
        let response = response(.serviceWorker, cache: "no-cache")
        response.headers.replaceOrAdd(name: "Service-Worker-Allowed", value: PageRoute.ClientApp.shell())
        return response
    }
}
