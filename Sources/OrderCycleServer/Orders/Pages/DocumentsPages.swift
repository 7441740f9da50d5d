import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The order's papers (DOMAIN §3.3 item 5): the invoice and the picking list / shipping note,
/// as printable pages. The order's own client opens both (another client's order is a 404, as
/// everywhere); its copy of the shipping note leaves out what only the warehouse works with
/// (what was reserved from stock, the picking ticks).
enum DocumentsPages {
    static let readers: Access = .only(.manager, .operator, .logistician, .worker, .admin, .client)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.invoice, access: readers, use: invoice)
        routes.endpoint(.GET, PageRoute.Orders.pickingList, access: readers, use: pickingList)
    }

    @Sendable static func invoice(req: Request) async throws -> Response {
        let lang = req.language
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db, now: req.clock.now())
        guard let inv = try await OrderQueries.invoice(of: dto.id, on: req.db) else {
            let content: HTML = "<h1>\(lang.t("Invoice", "Счёт"))</h1><p>\(lang.t("The order has not been invoiced yet.", "Счёт по заказу ещё не выставлен."))</p><p><a href=\"\(PageRoute.Orders.order(dto.id))\">\(dto.number)</a></p>"
            return Layout(title: lang.t("Invoice", "Счёт"), request: req).render(content, status: .notFound)
        }
        let (number, issued) = (inv.number, inv.issued_at)
        let rows = dto.lines.map { l -> HTML in
            "<tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)</td><td class=\"num\">\(l.quantity)</td><td class=\"num\">\(Money.format(l.unit_price_minor, dto.currency, lang: lang))</td><td class=\"num\">\(Money.format(l.unit_price_minor * Int64(l.quantity), dto.currency, lang: lang))</td></tr>"
        }.joined
        let content: HTML = """
        <h1 id="invoice-number">\(lang.t("Invoice", "Счёт")) \(number)</h1>
        <p>\(lang.t("Date", "Дата")): \(CompanyCalendar(timeZone: req.application.appConfig.timeZone).day(of: issued).description) · \(lang.t("Order", "Заказ")) \(dto.number) · \(lang.t("Buyer", "Покупатель")): <b>\(dto.client_name)</b></p>
        <div class="table-wrap"><table><thead><tr><th>#</th><th>SKU</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Qty", "Кол-во"))</th><th>\(lang.t("Price", "Цена"))</th><th>\(lang.t("Amount", "Сумма"))</th></tr></thead>
        <tbody>\(rows)</tbody><tfoot><tr><th colspan="5">\(lang.t("Total", "Итого"))</th><th class="num">\(Money.format(dto.total_minor, dto.currency, lang: lang))</th></tr></tfoot></table></div>
        <p class="no-print"><button type="button" class="button" data-print>\(lang.t("Print", "Печать"))</button> <a href="\(PageRoute.Orders.order(dto.id))">\(dto.number)</a></p>
        """
        return Layout(title: "\(lang.t("Invoice", "Счёт")) \(number)", request: req).render(content)
    }

    @Sendable static func pickingList(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db, now: req.clock.now())
        let warehouse = actor.role != .client
        let rows = dto.lines.map { l -> HTML in
            let stock: HTML = warehouse ? HTML("<td class=\"num\">\(l.reserved_quantity)</td><td>☐</td>") : ""
            return "<tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)</td><td class=\"num\">\(l.quantity)</td>\(stock)</tr>"
        }.joined
        let stockHeads: HTML = warehouse ? HTML("<th>\(lang.t("From stock", "Со склада"))</th><th>\(lang.t("Picked", "Собрано"))</th>") : ""
        let title = warehouse ? lang.t("Picking list and shipping note", "Комплектовочный лист и товарная накладная") : lang.t("Shipping note", "Товарная накладная")
        let content: HTML = """
        <h1 id="document-title">\(title)</h1>
        <p>\(lang.t("Order", "Заказ")) <b>\(dto.number)</b> · \(lang.t("Consignee", "Грузополучатель")): <b>\(dto.client_name)</b> · \(lang.t("Due", "Срок")): \(dto.promised_date ?? "—")</p>
        \(OrderNotes.paragraph(dto.notes, lang: lang))
        <div class="table-wrap"><table id="document-lines"><thead><tr><th>#</th><th>SKU</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Ordered", "Заказано"))</th>\(stockHeads)</tr></thead><tbody>\(rows)</tbody></table></div>
        <p>\(lang.t("Picked by", "Скомплектовал")): ____________ &nbsp; \(lang.t("Shipped by", "Отгрузил")): ____________ &nbsp; \(lang.t("Received by", "Получил")): ____________</p>
        <p class="no-print"><button type="button" class="button" data-print>\(lang.t("Print", "Печать"))</button> <a href="\(PageRoute.Orders.order(dto.id))">\(dto.number)</a></p>
        """
        return Layout(title: title, request: req).render(content)
    }
}

/// The order's notes (what the buyer or staff wrote when composing it: "call before delivery",
/// "gate 3"), shown on the order page and on the papers the warehouse and the driver work from.
enum OrderNotes {
    static func paragraph(_ notes: String?, lang: Language) -> HTML {
        guard let notes, !notes.isEmpty else { return "" }
        return "<p id=\"order-notes\">\(lang.t("Notes", "Примечания")): <span class=\"order-notes\">\(notes)</span></p>"
    }
}
