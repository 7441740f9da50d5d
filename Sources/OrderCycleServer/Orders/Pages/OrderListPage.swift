import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// All orders, newest first, with a status filter; a client's user sees its own.
enum OrderListPage {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.list, access: OrderPage.viewers, use: list)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        req.dropEmptyQueryValues()
        let request = try PageRequest(req, ordering: .moment)
        let page = try await OrderQueries.list(visibleTo: try req.actor, filter: try OrderListFilter(req.query), page: request, on: req.db)
        let status = req.query[String.self, at: "status"] ?? ""
        let client = req.query[String.self, at: "client_id"].flatMap(UUID.init(uuidString:))
        let rows = page.items.map { o -> HTML in
            """
            <tr><td><a href="\(PageRoute.Orders.order(o.id))">\(o.number)</a></td><td>\(o.client_name)</td><td><span class="badge">\(o.status.name(lang))</span></td>
            <td>\(o.priority.name(lang))</td><td>\(o.promised_date ?? "—")</td><td class="num">\(Money.format(o.total_minor, o.currency))</td></tr>
            """
        }.joined
        let options = [(value: "", label: lang.t("All statuses", "Все статусы"))] + OrderStatus.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let filter = options.map { o -> HTML in "<option value=\"\(o.value)\"\(o.value == status ? HTML(" selected") : "")>\(o.label)</option>" }.joined
        let more: HTML = page.next_cursor.map {
            "<p class=\"pager\"><a href=\"\(PageRoute.Orders.list())?cursor=\($0)\(status.isEmpty ? "" : "&status=\(status)")\(client.map { "&client_id=\($0)" } ?? "")\">\(lang.t("Older orders", "Более ранние")) →</a></p>"
        } ?? ""
        let canCreate = [.client, .manager, .operator, .logistician, .admin].contains(try req.actor.role)
        let content: HTML = """
        <h1>\(lang.t("Orders", "Заказы"))</h1>
        <form method="get" action="\(PageRoute.Orders.list())" class="no-print">
          <select name="status" aria-label="\(lang.t("Status", "Статус"))">\(filter)</select>
          <button type="submit" class="button secondary">\(lang.t("Filter", "Фильтр"))</button>
          \(canCreate ? HTML("<a class=\"button\" id=\"new-order\" href=\"\(PageRoute.Orders.new())\">\(lang.t("New order", "Новый заказ"))</a>") : "")
        </form>
        <div class="table-wrap"><table id="orders">
          <thead><tr><th>\(lang.t("Number", "Номер"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Priority", "Приоритет"))</th><th>\(lang.t("Promised", "Срок"))</th><th>\(lang.t("Total", "Сумма"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(more)
        """
        return Layout(title: lang.t("Orders", "Заказы"), request: req).render(content)
    }
}
