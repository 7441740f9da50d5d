import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The search box of every staff page: one text finds clients (name, tax id, any phone,
/// e-mail) and orders (number, the buyer's reference, or the clients found), each list
/// linking to the full search of its own page.
enum SearchPage {
    static let searchers: Access = .only(.admin, .manager, .operator, .logistician, .worker, .analyst)
    static let shown = 20

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Home.search, access: searchers, use: show)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let raw = req.query[String.self, at: "q"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var v = FieldValidator(lang: lang)
        let text = raw.isEmpty ? nil : v.text("q", raw, required: false, max: 200)
        let region = req.application.appConfig.phoneRegion
        let seesClients = ClientsAccess.read.allows(req.principal)
        var clients: [ClientSummaryDTO] = [], orders: [OrderSummaryDTO] = []
        if let text {
            if seesClients { clients = try await ClientSearch(text: text).fetch(after: nil, limit: shown, regionCode: region, on: req.db) }
            orders = try await OrderQueries.matching(text, visibleTo: actor, regionCode: region, limit: shown, on: req.db)
        }
        let clientRows = clients.map { c -> HTML in
            "<tr><td>\(c.code)</td><td><a href=\"\(PageRoute.Clients.card(c.id))\">\(c.name)</a></td><td>\(c.manager_name ?? "—")</td></tr>"
        }.joined
        let orderRows = orders.map { o -> HTML in
            """
            <tr><td><a href="\(PageRoute.Orders.order(o.id))">\(o.number)</a></td><td>\(o.client_name)</td><td>\(o.external_ref ?? "")</td>
            <td><span class="badge">\(o.status.name(lang))</span></td><td class="num">\(Money.format(o.total_minor, o.currency, lang: lang))</td></tr>
            """
        }.joined
        let clientsSection: HTML = !seesClients || text == nil ? "" : """
            <h2>\(lang.t("Clients", "Клиенты"))</h2>
            \(clients.isEmpty ? HTML("<p class=\"empty\" id=\"no-clients\">\(lang.t("No client matches.", "Клиентов не найдено."))</p>") : """
            <div class="table-wrap"><table id="found-clients"><thead><tr><th>\(lang.t("Code", "Код"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Manager", "Менеджер"))</th></tr></thead>
            <tbody>\(clientRows)</tbody></table></div>
            """)
            """
        let ordersSection: HTML = text == nil ? "" : """
            <h2>\(lang.t("Orders", "Заказы"))</h2>
            \(orders.isEmpty ? HTML("<p class=\"empty\" id=\"no-orders\">\(lang.t("No order matches.", "Заказов не найдено."))</p>") : """
            <div class="table-wrap"><table id="found-orders"><thead><tr><th>\(lang.t("Number", "Номер"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Client's reference", "Номер у клиента"))</th><th>\(lang.t("Status", "Статус"))</th><th class="num">\(lang.t("Total", "Сумма"))</th></tr></thead>
            <tbody>\(orderRows)</tbody></table></div>
            """)
            \(orders.count == shown ? HTML("<p class=\"muted\">\(lang.t("The \(shown) newest are shown; the orders list searches further.", "Показаны \(shown) самых новых; в списке заказов можно искать дальше."))</p>") : "")
            """
        let content: HTML = """
        <h1>\(lang.t("Search", "Поиск"))</h1>
        <form method="get" action="\(PageRoute.Home.search())" role="search" class="card">
          \(FormField.input(name: "q", type: "search", label: lang.t("Client, order number or phone", "Клиент, номер заказа или телефон"), value: raw, error: v.errors.first?.message))
          <p><button type="submit" class="primary" id="search-submit">\(lang.t("Find", "Найти"))</button></p>
        </form>
        \(text == nil && v.errors.isEmpty ? HTML("<p class=\"muted\">\(lang.t("Type a client's name, tax id, phone or e-mail, an order number or the client's own reference.", "Введите название клиента, ИНН, телефон или e-mail, номер заказа или номер заказа у клиента."))</p>") : "")
        \(clientsSection)
        \(ordersSection)
        """
        return Layout(title: lang.t("Search", "Поиск"), request: req).render(content)
    }

    /// The box in the page header.
    static func box(_ lang: Language) -> HTML {
        """
        <form method="get" action="\(PageRoute.Home.search())" role="search" class="global-search">
          <input type="search" name="q" id="global-search" placeholder="\(lang.t("Client, order, phone", "Клиент, заказ, телефон"))" aria-label="\(lang.t("Search clients and orders", "Поиск клиентов и заказов"))">
        </form>
        """
    }
}
