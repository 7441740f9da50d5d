import Foundation
import OrderCycleCore
import Vapor

/// The web app manifest that makes `/app` installable: its name in the visitor's language, the
/// start URL and scope, a standalone window in portrait, and the icons (any and maskable).
enum AppManifest {
    struct Icon: Content {
        var src: String
        var sizes: String
        var type: String
        var purpose: String
    }

    struct Manifest: Content {
        var name: String
        var short_name: String
        var description: String
        var lang: String
        var id: String
        var start_url: String
        var scope: String
        var display: String
        var orientation: String
        var background_color: String
        var theme_color: String
        var icons: [Icon]
    }

    static func manifest(_ lang: Language) -> Manifest {
        Manifest(
            name: lang.t("OrderCycle: my orders and vehicles", "OrderCycle: мои заказы и машины"), short_name: "OrderCycle",
            description: lang.t("Your orders and their stages, a vehicle for your cargo, the nearest branch, your requests and the hotline.",
                                "Ваши заказы и их этапы, машина для груза, ближайшее отделение, ваши заявки и горячая линия."),
            lang: lang.rawValue, id: PageRoute.ClientApp.shell(), start_url: PageRoute.ClientApp.shell(), scope: PageRoute.ClientApp.shell(),
            display: "standalone", orientation: "portrait", background_color: "#f6f8fa", theme_color: AppShell.themeColor,
            icons: [
                Icon(src: PageRoute.ClientApp.icon192(), sizes: "192x192", type: "image/png", purpose: "any"),
                Icon(src: PageRoute.ClientApp.icon512(), sizes: "512x512", type: "image/png", purpose: "any"),
                Icon(src: PageRoute.ClientApp.icon512(), sizes: "512x512", type: "image/png", purpose: "maskable"),
                Icon(src: PageRoute.ClientApp.iconSVG(), sizes: "any", type: "image/svg+xml", purpose: "any"),
            ])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let data = try JSONEncoder().encode(manifest(req.language))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "manifest+json", parameters: ["charset": "utf-8"])
        headers.add(name: .cacheControl, value: "public, max-age=300")
        headers.add(name: .vary, value: "Cookie, Accept-Language")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
