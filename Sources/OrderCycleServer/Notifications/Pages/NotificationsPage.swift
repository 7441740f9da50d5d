import Fluent
import OrderCycleCore
import Vapor

/// The reader's notifications, newest first, unread ones marked, with "mark all read" and the
/// choice of which kinds they are told of.
enum NotificationsPage {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Notifications.list, access: NotificationsAPI.readers, use: show)
        routes.endpoint(.POST, PageRoute.Notifications.read, access: NotificationsAPI.readers, use: read)
        routes.endpoint(.POST, PageRoute.Notifications.settings, access: NotificationsAPI.readers, use: choose)
    }

    struct Model {
        var items: [NotificationDTO]
        var unread: Int
        var next: String?
        var muted: Set<NotificationKind>
    }

    static func model(_ req: Request) async throws -> Model {
        let user = try NotificationsAPI.person(req)
        let page = try PageRequest(req, ordering: .moment)
        let (rows, next) = try await NotificationQueries.page(of: user, page, on: req.db)
        return Model(items: rows.map { $0.dto(req.language) }, unread: try await NotificationQueries.unread(of: user, on: req.db), next: next,
                     muted: try await NotificationQueries.mutes(of: user, on: req.db))
    }

    static func view(_ m: Model, req: Request, notice: String? = nil) -> HTML {
        let lang = req.language
        let csrf = CSRF.token(for: req)
        let formatter = DateShown(timeZone: req.application.appConfig.timeZone)
        let items = m.items.map { n -> HTML in
            """
            <li class="notification\(n.read ? "" : " unread")" data-kind="\(n.kind.rawValue)" data-read="\(n.read ? "true" : "false")">
              <a href="\(n.link)">\(n.text)</a> <span class="muted">\(formatter.string(n.at))</span>
            </li>
            """
        }.joined
        let client = req.principal?.role == .client
        let empty = client
            ? lang.t("Nothing yet. You will be told here when your order moves on, when someone answers on an order, a claim, a ticket or a request of yours.",
                     "Пока ничего нет. Здесь появится, когда ваш заказ сменит статус и когда вам ответят по заказу, претензии, обращению или заявке.")
            : lang.t("Nothing yet. You will be told here when an order of your clients moves, a claim or a comment comes in, or a task, ticket or request of yours changes.",
                     "Пока ничего нет. Здесь появится, когда заказ ваших клиентов сменит статус, придёт претензия или комментарий, изменится ваша задача, обращение или заявка.")
        let list: HTML = m.items.isEmpty
            ? HTML("<p class=\"muted\" id=\"no-notifications\">\(empty)</p>")
            : HTML("<ul class=\"notifications\" id=\"notifications\">\(items)</ul>")
        let more: HTML = m.next.map { "<p class=\"pager\"><a href=\"\(PageRoute.Notifications.list())?cursor=\($0)\">\(lang.t("Older", "Раньше")) →</a></p>" } ?? ""
        let markAll: HTML = m.unread == 0 ? "" : """
        <form method="post" action="\(PageRoute.Notifications.read())" class="inline">
          <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="all" value="true">
          <button type="submit" class="button secondary" id="mark-all-read">\(lang.t("Mark all read", "Отметить все прочитанными"))</button>
        </form>
        """
        let kinds = NotificationKind.offered(to: req.principal?.role ?? .client).map { kind -> HTML in
            let checked: HTML = m.muted.contains(kind) ? "" : " checked"
            return "<label class=\"check\"><input type=\"checkbox\" name=\"kinds[]\" value=\"\(kind.rawValue)\" id=\"kind-\(kind.rawValue)\"\(checked)> \(kind.name(lang))</label>"
        }.joined
        return """
        <h1>\(lang.t("Notifications", "Уведомления")) <span class="badge" id="unread-count">\(m.unread)</span></h1>
        \(notice.map { HTML("<div class=\"notice\" role=\"status\">\($0)</div>") } ?? "")
        <p>\(markAll)</p>
        \(list)
        \(more)
        <h2>\(lang.t("What to tell me about", "О чём сообщать"))</h2>
        <form method="post" action="\(PageRoute.Notifications.settings())" class="card" id="notification-settings">
          <input type="hidden" name="_csrf" value="\(csrf)">
          \(kinds)
          <p><button type="submit" class="button" id="settings-submit">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        """
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        return Layout(title: lang.t("Notifications", "Уведомления"), request: req).render(view(try await model(req), req: req))
    }

    struct ReadForm: Content { var all: String?; var id: UUID? }

    @Sendable static func read(req: Request) async throws -> Response {
        let form = try req.content.decode(ReadForm.self)
        let operation = try MarkNotificationsRead(ids: form.id.map { [$0] }, all: form.all == "true", lang: req.language)
        let actor = try req.actor
        _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Notifications.list(), redirectType: .normal)
    }

    struct SettingsForm: Content { var kinds: [String]? }

    @Sendable static func choose(req: Request) async throws -> Response {
        let form = try req.content.decode(SettingsForm.self)
        let operation = try ChooseNotificationKinds(wanted: form.kinds ?? [], lang: req.language)
        let actor = try req.actor
        _ = try await req.write { tx in try await operation.run(by: actor, on: tx) }
        let lang = req.language
        return Layout(title: lang.t("Notifications", "Уведомления"), request: req)
            .render(view(try await model(req), req: req, notice: lang.t("Saved.", "Сохранено.")))
    }
}
