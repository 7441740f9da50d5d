import OrderCycleCore
import Vapor

/// The one page shell: header with the role's menu, language switch, and the content.
struct Layout {
    var title: String
    var request: Request

    func render(_ content: HTML, status: HTTPResponseStatus = .ok) -> Response {
        let lang = request.language
        let principal = request.principal
        let csrf = CSRF.token(for: request)
        let here = request.url.path
        let nav: HTML = principal.map { p in
            NavigationItem.visible(to: p.role).map { item -> HTML in
                let current = item.path == here ? HTML(" aria-current=\"page\"") : ""
                return "<a href=\"\(item.path)\"\(current)>\(lang.t(item.en, item.ru))</a>"
            }.joined
        } ?? ""
        let account: HTML = principal.map { p in
            """
            <span class="who">\(p.label) · \(p.role.name(lang))</span>
            <form method="post" action="\(PageRoute.Accounts.logout())" class="inline">
              <input type="hidden" name="_csrf" value="\(csrf)">
              <button type="submit" class="link">\(lang.t("Log out", "Выйти"))</button>
            </form>
            """
        } ?? ""
        let other: Language = lang == .ru ? .en : .ru
        let page: HTML = """
        <!doctype html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · OrderCycle</title>
        <link rel="stylesheet" href="\(PageRoute.Observability.stylesheet())">
        \(PageScript.tag)
        \(LiveScript.tag(for: request))
        </head>
        <body>
        <header class="top">
          <a class="brand" href="\(PageRoute.Home.home())">OrderCycle</a>
          \(nav.text.isEmpty ? "" : MenuToggle.html(lang))
          <nav id="main-menu" aria-label="\(lang.t("Main menu", "Главное меню"))">\(nav)</nav>
          \(SearchPage.searchers.allows(principal) ? SearchPage.box(lang) : "")
          <div class="account">
            \(NotificationBell.html(request))
            \(account)
            <form method="post" action="\(PageRoute.Accounts.language())" class="inline">
              <input type="hidden" name="_csrf" value="\(csrf)">
              <input type="hidden" name="language" value="\(other.rawValue)">
              <input type="hidden" name="next" value="\(request.url.string)">
              <button type="submit" class="link" id="switch-language">\(other == .ru ? "Русский" : "English")</button>
            </form>
          </div>
        </header>
        <main>
        \(TableCards.label(content))
        </main>
        </body>
        </html>
        """
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.add(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: page.text))
    }
}
