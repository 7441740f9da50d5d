import Foundation
import OrderCycleCore
import Vapor

/// The app's one page (`/app`): a header, the screen the script fills from the API, and the tab
/// bar. It carries what the script needs and cannot ask the API for: the session's CSRF token
/// (writes with the session cookie carry it), the texts in the client's language, and where the
/// hotline chat lives. The service worker keeps the last copy, so the app opens offline.
enum AppShell {
    /// The app is the client's; staff have their own pages.
    static let users: Access = .only(.client)
    static let themeColor = "#0b5cad"
    struct Model {
        var lang: Language
        var csrf: String
        var chat: String
        var support: String
        var label: String
    }

    static func model(_ req: Request) throws -> Model {
        return Model(lang: req.language, csrf: CSRF.token(for: req), chat: PageRoute.Chat.cabinet(), support: PageRoute.Support.cabinet(),
                     label: try req.actor.label)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let page = view(try model(req))
        var headers = HTTPHeaders()
        headers.contentType = .html
        // The service worker stores its own copy; browsers and proxies keep none.
        headers.add(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: page.text))
    }

    static func view(_ m: Model) -> HTML {
        let lang = m.lang
        let strings = String(decoding: (try? JSONSerialization.data(withJSONObject: AppStrings.all(lang), options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
        // Icons drawn inline (24-unit paths in the text colour): no icon font, nothing the phone may lack.
        let tabs: [(String, String, String)] = [
            ("#orders", "M4 3h16v18H4zM7 7h10M7 11h10M7 15h6", lang.t("Orders", "Заказы")),
            ("#vehicle", "M2 6h12v9H2zM14 9h4l4 4v2h-8zM6 19a2 2 0 1 0 0-4a2 2 0 0 0 0 4M18 19a2 2 0 1 0 0-4a2 2 0 0 0 0 4", lang.t("Vehicle", "Машина")),
            ("#branches", "M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zM12 12a3 3 0 1 1 0-6a3 3 0 0 1 0 6", lang.t("Branches", "Отделения")),
            ("#requests", "M5 3h10l4 4v14H5zM8 12h8M8 16h8M8 8h5", lang.t("Requests", "Заявки")),
            ("#chat", "M4 4h16v12H9l-5 4zM8 9h8M8 12h5", lang.t("Hotline", "Связь")),
        ]
        let nav = tabs.map { href, path, label -> HTML in
            """
            <a href="\(href)" id="tab-\(String(href.dropFirst()))"><svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">\
            <path d="\(path)" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/></svg><span>\(label)</span></a>
            """
        }.joined
        return """
        <!doctype html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
        <title>OrderCycle</title>
        <meta name="theme-color" content="\(themeColor)">
        <meta name="description" content="\(lang.t("Your orders, vehicles, branches and the hotline", "Ваши заказы, машины, отделения и горячая линия"))">
        <link rel="manifest" href="\(PageRoute.ClientApp.manifest())">
        <link rel="icon" href="\(PageRoute.ClientApp.iconSVG())" type="image/svg+xml">
        <link rel="apple-touch-icon" href="\(PageRoute.ClientApp.icon192())">
        <link rel="stylesheet" href="\(PageRoute.ClientApp.style())">
        \(PageScript.tag)
        <script src="\(PageRoute.ClientApp.script())" defer></script>
        </head>
        <body data-csrf="\(m.csrf)" data-strings="\(strings)" data-chat="\(m.chat)" data-support="\(m.support)">
        <header class="app-bar">
          <a class="brand" href="\(PageRoute.ClientApp.shell())">OrderCycle</a>
          <a class="cabinet" href="\(PageRoute.Cabinet.home())" title="\(m.label)">\(lang.t("Account", "Кабинет"))</a>
        </header>
        <p id="net" class="net" role="status" aria-live="polite"></p>
        <main id="view" tabindex="-1"><p class="muted">\(lang.t("Loading…", "Загрузка…"))</p></main>
        <nav class="tabs" aria-label="\(lang.t("Sections", "Разделы"))">\(nav)</nav>
        </body>
        </html>
        """
    }
}
