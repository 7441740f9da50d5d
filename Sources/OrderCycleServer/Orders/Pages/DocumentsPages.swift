import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The order's papers (DOMAIN §3.3 item 5): the invoice and the picking list / shipping note,
/// as printable pages (the print stylesheet leaves out the menu and the buttons, so the
/// browser's "Save as PDF" gives the paper). The order's own client opens both (another client's order is a 404, as
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
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: try req.actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: calendar, on: req.db, now: req.clock.now())
        guard let inv = try await OrderQueries.invoice(of: dto.id, on: req.db) else {
            let content: HTML = "<h1>\(lang.t("Invoice", "Счёт"))</h1><p>\(lang.t("The order has not been invoiced yet.", "Счёт по заказу ещё не выставлен."))</p><p><a href=\"\(PageRoute.Orders.order(dto.id))\">\(dto.number)</a></p>"
            return Layout(title: lang.t("Invoice", "Счёт"), request: req).render(content, status: .notFound)
        }
        let seller = try await seller(of: inv, on: req.db)
        let buyer = try await Client.find(dto.client_id, on: req.db)
        let buyerAddress = try await OrderQueries.address(of: dto.client_id, preferring: ["legal", "billing", "office"], on: req.db)
        let rate = VATRate(basisPoints: inv.vat_rate_bp ?? seller?.vat_rate_basis_points ?? 0) ?? .zero
        let totals = InvoiceTotals(lines: dto.lines.map { (unitPriceMinor: $0.unit_price_minor, quantity: $0.quantity) }, rate: rate)
        let money = { (minor: Int64) in Money.format(minor, dto.currency, lang: lang) }
        let percent = rate.percent(decimalSeparator: lang == .ru ? "," : ".") + "\u{00A0}%"
        let rows = zip(dto.lines, totals.lines).map { l, t -> HTML in
            """
            <tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)</td><td class="num">\(l.quantity)</td><td class="num">\(money(l.unit_price_minor))</td>
            <td class="num">\(money(t.net))</td><td class="num">\(percent)</td><td class="num">\(money(t.vat))</td><td class="num">\(money(t.gross))</td></tr>
            """
        }.joined
        let sellerBlock: HTML = seller.map { s in
            """
            <div class="card party" id="seller"><h2>\(lang.t("Seller", "Продавец"))</h2><p><b>\(s.name)</b><br>\(s.address)<br>
            \(lang.t("Tax id", "ИНН")): \(s.tax_id)<br>\(lang.t("Bank", "Банк")): \(s.bank)</p></div>
            """
        } ?? HTML("<div class=\"card party\" id=\"seller\"><h2>\(lang.t("Seller", "Продавец"))</h2><p>\(lang.t("The company's details are not set (an administrator sets them under Company).", "Реквизиты компании не заданы (их задаёт администратор в разделе «Компания»)."))</p></div>")
        let buyerTax: HTML = buyer?.taxID.map { HTML("<br>\(lang.t("Tax id", "ИНН")): \($0)") } ?? ""
        let terms = inv.payment_terms.flatMap { $0.isEmpty ? nil : $0 } ?? seller?.payment_terms ?? ""
        let content: HTML = """
        <article class="document invoice">
        <h1 id="invoice-number">\(lang.t("Invoice", "Счёт")) \(inv.number)</h1>
        <p>\(lang.t("Date", "Дата")): \(calendar.day(of: inv.issued_at).description) · \(lang.t("Order", "Заказ")) \(dto.number)</p>
        <div class="parties">
        \(sellerBlock)
        <div class="card party" id="buyer"><h2>\(lang.t("Buyer", "Покупатель"))</h2><p><b>\(dto.client_name)</b><br>\(buyerAddress ?? "—")\(buyerTax)</p></div>
        </div>
        <div class="table-wrap"><table id="invoice-lines"><thead><tr><th>#</th><th>\(lang.t("SKU", "Артикул"))</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Qty", "Кол-во"))</th>
        <th>\(lang.t("Price excl. VAT", "Цена без НДС"))</th><th>\(lang.t("Amount excl. VAT", "Сумма без НДС"))</th><th>\(lang.t("VAT rate", "Ставка НДС"))</th><th>\(lang.t("VAT", "НДС"))</th><th>\(lang.t("Amount incl. VAT", "Сумма с НДС"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <dl class="card figures invoice-totals" id="invoice-totals">
          <dt>\(lang.t("Total excl. VAT", "Итого без НДС"))</dt><dd id="total-net">\(money(totals.net))</dd>
          <dt>\(lang.t("VAT", "НДС")) \(percent)</dt><dd id="total-vat">\(money(totals.vat))</dd>
          <dt>\(lang.t("Total to pay", "Всего к оплате"))</dt><dd id="total-gross"><b>\(money(totals.gross))</b></dd>
        </dl>
        \(terms.isEmpty ? "" : HTML("<p id=\"payment-terms\">\(lang.t("Payment terms", "Условия оплаты")): \(terms)</p>"))
        </article>
        <p class="no-print"><button type="button" class="button" data-print id="print-document">\(lang.t("Print or save as PDF", "Печать или PDF"))</button> <a href="\(PageRoute.Orders.order(dto.id))">\(dto.number)</a></p>
        """
        return Layout(title: "\(lang.t("Invoice", "Счёт")) \(inv.number)", request: req).render(content)
    }

    /// The seller an invoice names: what it took when issued, or, on an invoice issued before
    /// the company's details were kept, the details as they stand; nil while none are set.
    static func seller(of invoice: OrderQueries.InvoiceHeading, on db: any Database) async throws -> CompanyDTO? {
        if let name = invoice.seller_name, !name.isEmpty {
            return CompanyDTO(name: name, address: invoice.seller_address ?? "", tax_id: invoice.seller_tax_id ?? "", bank: invoice.seller_bank ?? "",
                              vat_rate_basis_points: invoice.vat_rate_bp ?? 0, payment_terms: invoice.payment_terms ?? "", configured: true, version: 0)
        }
        let current = try await CompanyQueries.current(on: db)
        return current.configured ? current : nil
    }

    @Sendable static func pickingList(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db, now: req.clock.now())
        let warehouse = actor.role != .client
        let delivery = try await OrderQueries.address(of: dto.client_id, preferring: ["delivery", "shipping", "warehouse"], on: req.db)
        let rows = dto.lines.map { l -> HTML in
            let stock: HTML = warehouse ? HTML("<td class=\"num\">\(l.reserved_quantity)</td><td>☐</td>") : ""
            return "<tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)</td><td class=\"num\">\(l.quantity)</td>\(stock)</tr>"
        }.joined
        let stockHeads: HTML = warehouse ? HTML("<th>\(lang.t("From stock", "Со склада"))</th><th>\(lang.t("Picked", "Собрано"))</th>") : ""
        let title = warehouse ? lang.t("Picking list and shipping note", "Комплектовочный лист и товарная накладная") : lang.t("Shipping note", "Товарная накладная")
        let content: HTML = """
        <h1 id="document-title">\(title)</h1>
        <p>\(lang.t("Order", "Заказ")) <b>\(dto.number)</b> · \(lang.t("Consignee", "Грузополучатель")): <b>\(dto.client_name)</b> · \(lang.t("Due", "Срок")): \(dto.promised_date ?? "—")</p>
        <p id="delivery-address">\(lang.t("Delivery address", "Адрес доставки")): <b>\(delivery ?? lang.t("not given — agree it with the client", "не указан — согласуйте с клиентом"))</b>\(dto.delivery_method.map { HTML(" · \(lang.t("Delivery method", "Способ доставки")): \($0)") } ?? "")</p>
        \(OrderNotes.paragraph(dto.notes, lang: lang))
        <div class="table-wrap"><table id="document-lines"><thead><tr><th>#</th><th>SKU</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Ordered", "Заказано"))</th>\(stockHeads)</tr></thead><tbody>\(rows)</tbody></table></div>
        <p>\(lang.t("Picked by", "Скомплектовал")): ____________ &nbsp; \(lang.t("Shipped by", "Отгрузил")): ____________ &nbsp; \(lang.t("Received by", "Получил")): ____________</p>
        <p class="no-print"><button type="button" class="button" data-print id="print-document">\(lang.t("Print or save as PDF", "Печать или PDF"))</button> <a href="\(PageRoute.Orders.order(dto.id))">\(dto.number)</a></p>
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
