import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The latest orders of one client, for its card: what it ordered, where each order stands.
enum ClientOrdersSection {
    static func html(clientID: UUID, lang: Language, on db: any Database, limit: Int = 10) async throws -> HTML {
        let rows = try await OrderQueries.latest(ofClient: clientID, limit: limit, on: db)
        let body = rows.map { o -> HTML in
            "<tr><td><a href=\"\(PageRoute.Orders.order(o.id))\">\(o.number)</a></td><td><span class=\"badge\">\(o.status.name(lang))</span></td><td>\(o.promised_date ?? "—")</td><td class=\"num\">\(Money.format(o.total_minor, o.currency, lang: lang))</td></tr>"
        }.joined
        return """
        <h2>\(lang.t("Orders", "Заказы"))</h2>
        <p class="no-print"><a href="\(PageRoute.Orders.new())?client_id=\(clientID)">\(lang.t("New order for this client", "Новый заказ для клиента"))</a> · <a href="\(PageRoute.Orders.list())?client_id=\(clientID)">\(lang.t("All its orders", "Все заказы клиента"))</a></p>
        <div class="table-wrap"><table id="client-orders"><thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Promised", "Срок"))</th><th class="num">\(lang.t("Total", "Сумма"))</th></tr></thead><tbody>\(body)</tbody></table></div>
        \(rows.isEmpty ? EmptyState.html(id: "client-orders-empty", lang.t("No orders from this client yet.", "Заказов от этого клиента пока нет."), how: lang.t("Its orders appear here once it sends one from the cabinet or staff take one in with the link above.", "Его заказы появятся здесь, когда он отправит заказ из кабинета или сотрудник примет заказ по ссылке выше.")) : "")
        """
    }
}
