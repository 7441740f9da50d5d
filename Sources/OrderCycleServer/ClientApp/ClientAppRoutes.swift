import Vapor

/// The client's installable phone app (`PageRoute.ClientApp`): the shell for a logged-in client,
/// and its manifest, service worker, script, style and icons, open to all (the browser fetches
/// them before and without a session, and they hold nothing private).
enum ClientAppRoutes {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.ClientApp.shell, access: AppShell.users, use: AppShell.show)
        routes.endpoint(.GET, PageRoute.ClientApp.manifest, access: .open, use: AppManifest.show)
        routes.endpoint(.GET, PageRoute.ClientApp.serviceWorker, access: .open) { _ in AppAssets.serviceWorker() }
        routes.endpoint(.GET, PageRoute.ClientApp.script, access: .open) { _ in AppAssets.response(.script) }
        routes.endpoint(.GET, PageRoute.ClientApp.style, access: .open) { _ in AppAssets.response(.style) }
        routes.endpoint(.GET, PageRoute.ClientApp.iconSVG, access: .open) { _ in AppAssets.response(.iconSVG) }
        routes.endpoint(.GET, PageRoute.ClientApp.icon192, access: .open) { _ in AppAssets.response(.icon192) }
        routes.endpoint(.GET, PageRoute.ClientApp.icon512, access: .open) { _ in AppAssets.response(.icon512) }
    }
}
