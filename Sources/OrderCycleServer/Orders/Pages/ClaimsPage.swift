import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Claims for staff to work: open ones first; each can be taken into work, resolved or rejected
/// with a resolution. A client's user sees its own claims.
enum ClaimsPage {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.claims, access: OrderPage.viewers, use: page)
        routes.endpoint(.POST, PageRoute.Orders.claimWork, access: .only(.manager, .operator, .admin), use: work)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let page = try PageRequest(req, ordering: .moment)
        let list = try await FeedbackQueries.claims(visibleTo: actor, status: try ClaimListFilter(req.query).status, page: page, on: req.db)
        let numbers = Dictionary(try await Order.query(on: req.db).filter(\.$id ~~ list.items.map(\.order_id)).all().map { (try $0.requireID(), $0.number) },
                                 uniquingKeysWith: { a, _ in a })
        // A claim is worked as a post-sale request; those filed or worked since open it there.
        let requests = try await ClaimQueries.withRequests(list.items.map(\.id), on: req.db)
        let csrf = CSRF.token(for: req)
        let canWork = [.manager, .operator, .admin].contains(actor.role)
        let rows = list.items.map { c -> HTML in
            var action: HTML = ""
            if canWork, c.status.isOpen {
                let options = c.status.allowedNext.map { (value: $0.rawValue, label: $0.name(lang)) }
                let opts = options.map { o -> HTML in "<option value=\"\(o.value)\">\(o.label)</option>" }.joined
                action = """
                <form method="post" action="\(PageRoute.Orders.claimWork(c.id))" class="inline">
                  <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(c.version)">
                  <select name="status" aria-label="\(lang.t("New status", "Новый статус"))">\(opts)</select>
                  <input type="text" name="resolution" class="compact" placeholder="\(lang.t("Resolution", "Решение"))">
                  <button type="submit" class="link-button">\(lang.t("Save", "Сохранить"))</button>
                </form>
                """
            }
            return """
            <tr><td><a href="\(PageRoute.Orders.order(c.order_id))">\(numbers[c.order_id] ?? "—")</a></td><td>\(c.reason.name(lang))</td><td>\(c.description)</td>
            <td><span class="badge\(c.status.isOpen ? HTML(" warn") : HTML(" ok"))">\(c.status.name(lang))</span> \(c.resolution ?? "")\(requests.contains(c.id) ? HTML(" <a class=\"claim-request\" href=\"\(PageRoute.Services.request(c.id))\">\(lang.t("request", "заявка"))</a>") : "")</td><td>\(action)</td></tr>
            """
        }.joined
        let more: HTML = list.next_cursor.map { "<p class=\"pager\"><a href=\"\(PageRoute.Orders.claims())?cursor=\($0)\">\(lang.t("Older", "Раньше")) →</a></p>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Claims", "Претензии"))</h1>
        <p class="no-print"><a href="\(PageRoute.Orders.claims())?status=open">\(lang.t("Open", "Открытые"))</a> · <a href="\(PageRoute.Orders.claims())?status=in_progress">\(lang.t("In progress", "В работе"))</a> · <a href="\(PageRoute.Orders.claims())">\(lang.t("All", "Все"))</a></p>
        <div class="table-wrap"><table id="claims-list"><thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Reason", "Причина"))</th><th>\(lang.t("Description", "Описание"))</th><th>\(lang.t("Status", "Статус"))</th><th></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(list.items.isEmpty ? EmptyState.html(id: "claims-empty", lang.t("No claims here.", "Претензий здесь нет."), how: lang.t("A claim appears when a client reports a problem with a delivered order — a shortage, damage, a wrong item — on the order's page, in the cabinet or through the API.", "Претензия появляется, когда клиент сообщает о проблеме с доставленным заказом — недостаче, повреждении, пересорте — на странице заказа, в кабинете или через API.")) : "")
        \(more)
        """
        return Layout(title: lang.t("Claims", "Претензии"), request: req).render(content)
    }

    struct Form: Content { var status: String; var resolution: String?; var version: Int? }

    @Sendable static func work(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(Form.self)
        let actor = try req.actor
        let operation = try WorkClaim(claimID: id, status: form.status, resolution: form.resolution, expectedVersion: form.version, lang: req.language)
        _ = try await req.write { tx in try await operation.run(by: actor, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Orders.claims(), redirectType: .normal)
    }
}
