import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The catalogue for staff: products by name with their stock, searched by the start of a name
/// or an SKU, a page at a time; each product's card shows what is on hand, reserved and
/// available, its ledger, and forms to receive goods or record a counted adjustment — the same
/// `RecordStockMovement` the API runs.
enum ProductsPages {
    static let viewers: Access = .only(.admin, .manager, .operator, .logistician, .worker, .analyst)
    static let movers: Access = .only(.admin, .logistician, .worker)
    static let ledgerRows = 100

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Stock.products, access: viewers, use: list)
        routes.endpoint(.GET, PageRoute.Stock.product, access: viewers, use: card)
        routes.endpoint(.POST, PageRoute.Stock.movements, access: movers, use: move)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        let q = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let page = try PageRequest(req, ordering: .text)
        let rows = try await ProductQueries.list(search: q.isEmpty ? nil : q, page: page, on: req.db)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(key: Client.fold($0.name), id: $0.id).encoded } : nil
        let body: HTML
        if items.isEmpty {
            body = q.isEmpty
                ? EmptyState.html(id: "products-empty", lang.t("Products will be listed here.", "Здесь будут товары."),
                                  how: lang.t("They are added through the API (POST /api/v1/products) or by the demo data.",
                                              "Они добавляются через API (POST /api/v1/products) или демонстрационными данными."))
                : EmptyState.html(id: "products-empty", lang.t("No product matches the search.", "По запросу товаров нет."),
                                  how: lang.t("Search by the start of the name or by the SKU.", "Ищите по началу названия или по артикулу."))
        } else {
            let trs = items.map { p -> HTML in
                """
                <tr><td>\(p.sku)</td><td><a href="\(PageRoute.Stock.product(p.id))">\(p.name)</a>\(p.made_to_order ? HTML(" <span class=\"badge\">\(lang.t("made to order", "под заказ"))</span>") : "")</td>
                <td class="num">\(p.on_hand)</td><td class="num">\(p.reserved)</td><td class="num">\(p.available)</td><td class="num">\(Money.format(p.price_minor, p.currency, lang: lang))</td></tr>
                """
            }.joined
            body = """
            <div class="table-wrap"><table id="products"><thead><tr><th>\(lang.t("SKU", "Артикул"))</th><th>\(lang.t("Product", "Товар"))</th>
            <th>\(lang.t("On hand", "На складе"))</th><th>\(lang.t("Reserved", "В резерве"))</th><th>\(lang.t("Available", "Доступно"))</th><th>\(lang.t("Price", "Цена"))</th></tr></thead>
            <tbody>\(trs)</tbody></table></div>
            """
        }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let more: HTML = next.map {
            "<p class=\"pager\"><a id=\"next-page\" href=\"\(PageRoute.Stock.products())?q=\(q.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")&cursor=\($0)\">\(lang.t("Next page", "Следующая страница")) →</a></p>"
        } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Products", "Товары"))</h1>
        <form method="get" action="\(PageRoute.Stock.products())" class="card filters" role="search">
          <label for="q">\(lang.t("Name or SKU", "Название или артикул"))</label>
          <input type="search" id="q" name="q" value="\(q)">
          <button type="submit" id="products-search">\(lang.t("Find", "Найти"))</button>
        </form>
        \(body)
        \(more)
        """
        return Layout(title: lang.t("Products", "Товары"), request: req).render(content)
    }

    @Sendable static func card(req: Request) async throws -> Response {
        try await card(req, values: [:], errors: [:])
    }

    static func card(_ req: Request, values: [String: String], errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let id = try idParameter(req)
        guard let p = try await ProductQueries.find(id, on: req.db) else { throw Problem(.notFound) }
        let ledger = try await ProductQueries.ledger(of: id, limit: ledgerRows, on: req.db)
        let moments = PageMoments(req)
        let rows = ledger.map { m -> HTML in
            let kind = StockMovementKind(rawValue: m.kind).map { name($0, lang) } ?? m.kind
            let order: HTML = m.orderId.map { oid in HTML("<a href=\"\(PageRoute.Orders.order(oid))\">\(m.orderNumber ?? oid.uuidString)</a>") } ?? ""
            return "<tr><td>\(moments.show(m.at))</td><td>\(kind)</td><td class=\"num\">\(m.quantity)</td><td>\(order)</td><td>\(m.byName ?? "—")</td><td>\(m.note ?? "")</td></tr>"
        }.joined
        let ledgerHTML: HTML = ledger.isEmpty
            ? EmptyState.html(id: "ledger-empty", lang.t("The ledger lists every receipt, reservation, shipment and adjustment.", "В журнале будет каждое поступление, резерв, отгрузка и корректировка."),
                              how: lang.t("The first comes with a receipt below or an order placed.", "Первая запись появится с поступлением ниже или размещённым заказом."))
            : """
            <div class="table-wrap"><table id="ledger"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Movement", "Движение"))</th><th>\(lang.t("Quantity", "Количество"))</th>
            <th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("By", "Кто"))</th><th>\(lang.t("Note", "Примечание"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let actor = try req.actor
        let canMove = [Role.admin, .logistician, .worker].contains(actor.role)
        let csrf = CSRF.token(for: req)
        let form: HTML = canMove ? """
            <h2>\(lang.t("Receive or adjust", "Поступление или корректировка"))</h2>
            \(errors["_"].map { HTML("<div class=\"notice bad\" role=\"alert\" id=\"movement-error\">\($0)</div>") } ?? "")
            <form method="post" action="\(PageRoute.Stock.movements(id))" class="card" novalidate>
              <input type="hidden" name="_csrf" value="\(csrf)">
              \(FormField.select(name: "kind", label: lang.t("Movement", "Движение"),
                                 options: [(value: "receipt", label: name(.receipt, lang)), (value: "adjustment", label: name(.adjustment, lang) + lang.t(" (after a count; − to write off)", " (по пересчёту; − списание)"))],
                                 selected: values["kind"], error: errors["kind"]))
              \(FormField.input(name: "quantity", type: "number", label: lang.t("Quantity", "Количество"), value: values["quantity"], error: errors["quantity"]))
              \(FormField.input(name: "note", label: lang.t("Note (delivery note, count…)", "Примечание (накладная, пересчёт…)"), value: values["note"], error: errors["note"]))
              <p><button type="submit" class="primary" id="movement-submit">\(lang.t("Record", "Записать"))</button></p>
            </form>
            """ : ""
        let content: HTML = """
        <p class="no-print"><a href="\(PageRoute.Stock.products())">← \(lang.t("Products", "Товары"))</a></p>
        <h1 id="product-name">\(p.name)</h1>
        <p>\(lang.t("SKU", "Артикул")) <b>\(p.sku)</b> · \(p.category) · \(p.unit) · \(Money.format(p.price_minor, p.currency, lang: lang))\(p.made_to_order ? HTML(" · <span class=\"badge\">\(lang.t("made to order", "под заказ"))</span>") : "")</p>
        <dl class="card figures" id="stock">
          <dt>\(lang.t("On hand", "На складе"))</dt><dd id="on-hand">\(p.on_hand)</dd>
          <dt>\(lang.t("Reserved", "В резерве"))</dt><dd id="reserved">\(p.reserved)</dd>
          <dt>\(lang.t("Available", "Доступно"))</dt><dd id="available">\(p.available)</dd>
          <dt>\(lang.t("Required stock", "Нормативный запас"))</dt><dd>\(p.required_norm)</dd>
        </dl>
        \(form)
        <h2>\(lang.t("Ledger", "Журнал движений"))</h2>
        \(ledgerHTML)
        """
        return Layout(title: p.name, request: req).render(content, status: status)
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        let id = try idParameter(req)
        let lang = req.language
        let actor = try req.actor
        let quantityText = values["quantity"]?.trimmingCharacters(in: .whitespaces) ?? ""
        do {
            // A quantity that is not a whole number is refused beside the field, as typed.
            guard quantityText.isEmpty || Int(quantityText) != nil else {
                throw Problem.field("quantity", lang.t("must be a whole number", "должно быть целым числом"))
            }
            let operation = try RecordStockMovement(productID: id, kind: values["kind"], quantity: Int(quantityText), note: values["note"], lang: lang)
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Stock.product(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await card(req, values: values, errors: problem.fieldMessages, status: HTTPResponseStatus(statusCode: problem.status))
        }
    }

    static func name(_ kind: StockMovementKind, _ lang: Language) -> String {
        switch kind {
        case .receipt: lang.t("Receipt", "Поступление")
        case .reservation: lang.t("Reservation", "Резерв")
        case .release: lang.t("Release", "Снятие резерва")
        case .shipment: lang.t("Shipment", "Отгрузка")
        case .adjustment: lang.t("Adjustment", "Корректировка")
        }
    }
}
