import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// All orders, newest first unless sorted by another column, searched by number, client,
/// external reference, status and creation dates; a client's user sees its own. A search the
/// list cannot run keeps the form as typed and says beside each field what is wrong.
enum OrderListPage {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.list, access: OrderPage.viewers, use: list)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        req.dropEmptyQueryValues()
        let typed = { (name: String) in req.query[String.self, at: name] ?? "" }
        var errors: [String: String] = [:]
        var filter = OrderListFilter()
        var page = Page<OrderSummaryDTO>(items: [], next_cursor: nil)
        do {
            filter = try OrderListFilter(req.query, timeZone: req.application.appConfig.timeZone, lang: lang)
            let request = try PageRequest(req, ordering: filter.sort.ordering)
            page = try await OrderQueries.list(visibleTo: try req.actor, filter: filter, page: request, on: req.db)
        } catch let problem as Problem where problem.errors?.isEmpty == false {
            for e in problem.errors ?? [] where errors[e.field] == nil { errors[e.field] = e.message }
        }
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let rows = page.items.map { o -> HTML in
            """
            <tr><td><a href="\(PageRoute.Orders.order(o.id))">\(o.number)</a></td><td>\(o.client_name)</td><td>\(o.external_ref ?? "")</td><td><span class="badge">\(o.status.name(lang))</span></td>
            <td>\(o.priority.name(lang))</td><td>\(o.promised_date ?? "—")</td><td>\(calendar.day(of: o.created_at).description)</td><td class="num">\(Money.format(o.total_minor, o.currency, lang: lang))</td></tr>
            """
        }.joined
        let statuses = [(value: "", label: lang.t("All statuses", "Все статусы"))] + OrderStatus.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let searched = errors.isEmpty ? filter.query() : []
        let more: HTML = page.next_cursor.map {
            "<p class=\"pager\"><a id=\"next-page\" href=\"\(link(searched + [("cursor", $0)]))\">\(lang.t("More orders", "Ещё заказы")) →</a></p>"
        } ?? ""
        let canCreate = [.client, .manager, .operator, .logistician, .admin].contains(try req.actor.role)
        func header(_ sort: OrderListFilter.Sort, _ title: String, num: Bool = false) -> HTML {
            let current = errors.isEmpty && filter.sort == sort
            let next: OrderListFilter.Direction = current && filter.direction == .asc ? .desc : current ? .asc : (sort == .created || sort == .total ? .desc : .asc)
            let aria: HTML = current ? " aria-sort=\"\(filter.direction == .asc ? "ascending" : "descending")\"" : ""
            let arrow = current ? (filter.direction == .asc ? " ↑" : " ↓") : ""
            let href = link(filter.query(sort: sort, direction: next))
            return "<th\(num ? HTML(" class=\"num\"") : "")\(aria)><a href=\"\(href)\" id=\"sort-\(sort.rawValue)\">\(title)\(arrow)</a></th>"
        }
        let empty: HTML = rows.text.isEmpty
            ? "<p class=\"empty\" id=\"no-orders\">\(searched.count > 2 || !errors.isEmpty ? lang.t("No order matches this search.", "Ни один заказ не подходит под условия поиска.") : lang.t("No orders yet. An order appears here once a client sends it or staff take one in.", "Заказов пока нет. Заказ появится здесь, когда клиент его отправит или сотрудник примет."))</p>"
            : ""
        let content: HTML = """
        <h1>\(lang.t("Orders", "Заказы"))</h1>
        <form method="get" action="\(PageRoute.Orders.list())" class="no-print order-search" id="order-search">
          <div class="filter-row">
            <div>\(FormField.input(name: "number", type: "search", label: lang.t("Number", "Номер"), value: typed("number"), error: errors["number"]))</div>
            <div>\(FormField.input(name: "client", type: "search", label: lang.t("Client", "Клиент"), value: typed("client"), error: errors["client"]))</div>
            <div>\(FormField.input(name: "external_ref", type: "search", label: lang.t("Client's reference", "Номер у клиента"), value: typed("external_ref"), error: errors["external_ref"]))</div>
            <div>\(FormField.select(name: "status", label: lang.t("Status", "Статус"), options: statuses, selected: typed("status"), error: errors["status"]))</div>
            <div>\(FormField.input(name: "created_from", type: "date", label: lang.t("Created from", "Создан с"), value: typed("created_from"), error: errors["created_from"]))</div>
            <div>\(FormField.input(name: "created_to", type: "date", label: lang.t("Created to", "Создан по"), value: typed("created_to"), error: errors["created_to"]))</div>
          </div>
          \(errors["sort"].map { FormField.errorLine(name: "sort", $0) } ?? "")\(errors["direction"].map { FormField.errorLine(name: "direction", $0) } ?? "")
          <input type="hidden" name="sort" value="\(filter.sort.rawValue)"><input type="hidden" name="direction" value="\(filter.direction.rawValue)">
          <p class="actions">
            <button type="submit" class="button secondary" id="search-orders">\(lang.t("Search", "Найти"))</button>
            <a href="\(PageRoute.Orders.list())">\(lang.t("Clear", "Сбросить"))</a>
            \(canCreate ? HTML("<a class=\"button\" id=\"new-order\" href=\"\(PageRoute.Orders.new())\">\(lang.t("New order", "Новый заказ"))</a>") : "")
          </p>
        </form>
        <div class="table-wrap"><table id="orders">
          <thead><tr>\(header(.number, lang.t("Number", "Номер")))\(header(.client, lang.t("Client", "Клиент")))<th>\(lang.t("Client's reference", "Номер у клиента"))</th>\(header(.status, lang.t("Status", "Статус")))\(header(.priority, lang.t("Priority", "Приоритет")))\(header(.promised, lang.t("Promised", "Срок")))\(header(.created, lang.t("Created", "Создан")))\(header(.total, lang.t("Total", "Сумма"), num: true))</tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(empty)
        \(more)
        """
        return Layout(title: lang.t("Orders", "Заказы"), request: req).render(content)
    }

    /// The orders page with `items` as its query string.
    static func link(_ items: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        let query = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return PageRoute.Orders.list() + (query.isEmpty ? "" : "?" + query)
    }
}
