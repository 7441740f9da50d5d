import Foundation
import OrderCycleCore
import Vapor

/// The drill-down pages: the orders, requests, stock items and products behind a figure,
/// a keyset page at a time.
enum QualityRecordPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Quality.orders, access: QualityAPI.readers, use: orders)
        routes.endpoint(.GET, PageRoute.Quality.requests, access: QualityAPI.readers, use: requests)
        routes.endpoint(.GET, PageRoute.Quality.serviceRequests, access: QualityAPI.readers, use: serviceRequests)
        routes.endpoint(.GET, PageRoute.Quality.stock, access: QualityAPI.readers, use: stock)
        routes.endpoint(.GET, PageRoute.Quality.products, access: QualityAPI.readers, use: products)
    }

    static func yesNo(_ value: Bool?, lang: Language) -> String {
        value.map { $0 ? lang.t("yes", "да") : lang.t("no", "нет") } ?? "—"
    }

    static func pager(_ path: String, query: String, next: String?, lang: Language) -> HTML {
        guard let next else { return "" }
        return "<p class=\"pager no-print\"><a id=\"next-page\" href=\"\(path)?\(query)&cursor=\(next)\">\(lang.t("Next page", "Следующая страница")) →</a></p>"
    }

    static func back(_ parameters: QualityParameters, lang: Language) -> HTML {
        "<p class=\"no-print\"><a href=\"\(PageRoute.Quality.dashboard())?\(parameters.query)\">← \(lang.t("Service quality", "Качество обслуживания")) · \(parameters.period.label)</a></p>"
    }

    @Sendable static func orders(req: Request) async throws -> Response {
        let lang = req.language
        let parameters = try QualityParameters(req)
        let target = try QualityDrill.target(req)
        let page = try await QualityRecords.orders(on: req.db, parameters: parameters, indicator: target.indicator, cycle: target.cycle,
                                                   misses: target.misses, page: try PageRequest(req, ordering: .day))
        let what = target.cycle ? lang.t("Completed orders (cycle time)", "Завершённые заказы (длительность цикла)")
            : target.indicator.map { "\($0.symbol) · \($0.name(lang))" } ?? lang.t("All orders", "Все заказы")
        var query = parameters.query
        if target.cycle { query += "&indicator=cycle" } else if let indicator = target.indicator { query += "&indicator=\(indicator.rawValue)" }
        let filterLink: HTML = target.indicator.map { indicator in
            target.misses
                ? "<p class=\"no-print\"><a href=\"\(PageRoute.Quality.orders())?\(query)\">\(lang.t("All orders counted", "Все учтённые заказы"))</a></p>"
                : "<p class=\"no-print\"><a id=\"misses\" href=\"\(PageRoute.Quality.orders())?\(query)&misses=true\">\(lang.t("Only those counting against \(indicator.symbol)", "Только ухудшающие \(indicator.symbol)"))</a></p>"
        } ?? ""
        if target.misses { query += "&misses=true" }
        let rows = page.items.map { o -> HTML in
            """
            <tr><td><a href="\(PageRoute.Orders.order(o.id))">\(o.number)</a></td><td>\(o.client_name)</td><td>\(OrderStatus(rawValue: o.status)?.name(lang) ?? o.status)</td><td>\(o.received_day)</td><td>\(o.promised_day ?? "—")</td>\
            <td>\(o.reached_day ?? "—")</td><td>\(yesNo(o.unsatisfied_from_stock, lang: lang))</td><td>\(yesNo(o.on_time, lang: lang))</td>\
            <td>\(yesNo(o.in_full, lang: lang))</td><td>\(o.expected_days.map(String.init) ?? "—") / \(o.actual_days.map(String.init) ?? "—")</td>\
            <td>\(o.claim_count)</td><td>\(QualityFormat.duration(o.cycle_seconds.map(Double.init), lang: lang))</td></tr>
            """
        }.joined
        let content: HTML = """
        \(back(parameters, lang: lang))
        <h1>\(what)</h1>
        <p class="muted">\(parameters.period.first.description) — \(parameters.period.last.description)\(target.misses ? " · " + lang.t("only those counting against the indicator", "только ухудшающие показатель") : "")</p>
        \(filterLink)
        <div class="table-wrap"><table class="records">
          <thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Status", "Статус"))</th>\
        <th>\(lang.t("Received", "Получен"))</th><th>\(lang.t("Promised", "Обещан"))</th><th>\(lang.t("Reached", "Выполнен"))</th>\
        <th>\(lang.t("Not from stock", "Не из запаса"))</th><th>\(lang.t("On time", "В срок"))</th><th>\(lang.t("In full", "Полностью"))</th>\
        <th>\(lang.t("Days expected / actual", "Дней ожид. / факт."))</th><th>\(lang.t("Claims", "Претензии"))</th><th>\(lang.t("Cycle", "Цикл"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(page.items.isEmpty ? HTML("<p class=\"muted\">\(lang.t("No orders.", "Заказов нет."))</p>") : "")
        \(pager(PageRoute.Quality.orders(), query: query, next: page.next_cursor, lang: lang))
        """
        return Layout(title: what, request: req).render(content)
    }

    @Sendable static func requests(req: Request) async throws -> Response {
        let lang = req.language
        let parameters = try QualityParameters(req)
        let claims = try QualityDrill.requestKind(req)
        let page = try await QualityRecords.requests(on: req.db, parameters: parameters, claims: claims, page: try PageRequest(req, ordering: .moment))
        let query = parameters.query + "&kind=" + (claims ? "claim" : "change_request")
        let rows = page.items.map { r -> HTML in
            let outcome = r.satisfied.map { $0 ? lang.t("satisfied", "удовлетворена") : lang.t("not satisfied", "не удовлетворена") } ?? lang.t("open (not counted)", "открыта (не учитывается)")
            return "<tr><td><a href=\"\(PageRoute.Orders.order(r.order_id))\">\(r.order_number)</a></td><td>\(requestStatus(r.status, lang: lang))</td><td>\(outcome)</td><td>\(AuditView.moment(r.created_at, timeZone: parameters.calendar.timeZone))</td><td>\(r.description)</td></tr>"
        }.joined
        let title = "F · " + QualityIndicator.flexibility.name(lang)
        let content: HTML = """
        \(back(parameters, lang: lang))
        <h1>\(title)</h1>
        <p class="muted">\(lang.t("Until the service requests capability exists, order change requests and claims are the requests.", "Пока нет модуля сервисных заявок, заявками считаются запросы на изменение заказа и претензии."))</p>
        <p class="no-print"><a href="\(PageRoute.Quality.requests())?\(parameters.query)&kind=change_request">\(lang.t("Change requests", "Запросы на изменение"))</a> ·
        <a href="\(PageRoute.Quality.requests())?\(parameters.query)&kind=claim">\(lang.t("Claims", "Претензии"))</a></p>
        <div class="table-wrap"><table class="records">
          <thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Status", "Статус"))</th><th>F</th><th>\(lang.t("Made", "Создана"))</th><th>\(lang.t("Description", "Описание"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(pager(PageRoute.Quality.requests(), query: query, next: page.next_cursor, lang: lang))
        """
        return Layout(title: title, request: req).render(content)
    }

    /// The service requests behind η (done in the period) or F (decided in it).
    @Sendable static func serviceRequests(req: Request) async throws -> Response {
        let lang = req.language
        let parameters = try QualityParameters(req)
        let indicator = try QualityDrill.serviceIndicator(req)
        let page = try await QualityServiceRequests.records(on: req.db, parameters: parameters, indicator: indicator, page: try PageRequest(req, ordering: .moment))
        let query = parameters.query + "&indicator=" + indicator.rawValue
        let shown = DateShown(timeZone: parameters.calendar.timeZone)
        let rows = page.items.map { r -> HTML in
            let outcome = r.satisfied.map { $0 ? lang.t("satisfied", "удовлетворена") : lang.t("not satisfied", "не удовлетворена") } ?? "—"
            let status = ServiceRequestStatus(rawValue: r.status)?.name(lang) ?? r.status
            return "<tr data-service-request=\"\(r.id.uuidString)\"><td><a href=\"\(PageRoute.Services.request(r.id))\">\(r.client_name)</a></td><td>\(r.service_code ?? r.kind)</td><td>\(status)</td><td>\(outcome)</td><td>\(shown.string(r.at))</td></tr>"
        }.joined
        let title = "\(indicator.symbol) · \(indicator.name(lang))"
        let what = indicator == .flexibility
            ? lang.t("The service requests refused or closed in the period: F is those closed satisfied over all of them.",
                     "Сервисные заявки, отклонённые или закрытые за период: F — доля закрытых с удовлетворением среди них.")
            : lang.t("The service requests done in the period: each client's distinct services given, against the services the catalog and its package offer it.",
                     "Сервисные заявки, выполненные за период: различные оказанные клиенту услуги против услуг, которые ему предлагают каталог и пакет.")
        let other = HTML.join(QualityServiceRequests.indicators.sorted { $0.rawValue < $1.rawValue }.filter { $0 != indicator }.map {
            "<a href=\"\(PageRoute.Quality.serviceRequests())?\(parameters.query)&indicator=\($0.rawValue)\">\($0.symbol)</a>"
        }, separator: " · ")
        let content: HTML = """
        \(back(parameters, lang: lang))
        <h1>\(title)</h1>
        <p class="muted">\(parameters.period.first.description) — \(parameters.period.last.description) · \(what)</p>
        <p class="no-print">\(other)</p>
        <div class="table-wrap"><table class="records" id="service-request-records">
          <thead><tr><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Service", "Услуга"))</th><th>\(lang.t("Status", "Статус"))</th><th>F</th><th>\(indicator == .flexibility ? lang.t("Decided", "Решена") : lang.t("Done", "Выполнена"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(page.items.isEmpty ? HTML("<p class=\"muted\">\(lang.t("No requests.", "Заявок нет."))</p>") : "")
        \(pager(PageRoute.Quality.serviceRequests(), query: query, next: page.next_cursor, lang: lang))
        """
        return Layout(title: title, request: req).render(content)
    }

    @Sendable static func stock(req: Request) async throws -> Response {
        let lang = req.language
        let category = req.query[String.self, at: "category"] ?? ""
        let page = try await QualityRecords.stock(on: req.db, category: category.isEmpty ? nil : category, page: try PageRequest(req, ordering: .text))
        let rows = page.items.map { s -> HTML in
            "<tr><td>\(s.sku)</td><td>\(s.name)</td><td>\(s.category)</td><td>\(s.on_hand)</td><td>\(s.required)</td><td>\(QualityFormat.share(s.saturation, lang: lang))</td></tr>"
        }.joined
        let title = "N · " + QualityIndicator.demandSaturation.name(lang)
        let content: HTML = """
        <p class="no-print"><a href="\(PageRoute.Quality.dashboard())">← \(lang.t("Service quality", "Качество обслуживания"))</a></p>
        <h1>\(title)</h1>
        <p class="muted">\(lang.t("Today's stock of every item with a required stock; each term is capped at 100 %.", "Текущие запасы всех позиций с заданным требуемым запасом; каждое слагаемое не больше 100 %."))</p>
        <div class="table-wrap"><table class="records">
          <thead><tr><th>SKU</th><th>\(lang.t("Product", "Продукция"))</th><th>\(lang.t("Category", "Категория"))</th><th>\(lang.t("On hand", "В наличии"))</th><th>\(lang.t("Required", "Требуется"))</th><th>\(lang.t("Saturation", "Насыщение"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(pager(PageRoute.Quality.stock(), query: "category=\(category.formEncodedQuality)", next: page.next_cursor, lang: lang))
        """
        return Layout(title: title, request: req).render(content)
    }

    @Sendable static func products(req: Request) async throws -> Response {
        let lang = req.language
        let parameters = try QualityParameters(req)
        let page = try await QualityRecords.products(on: req.db, parameters: parameters, page: try PageRequest(req, ordering: .text))
        let rows = page.items.map { p -> HTML in
            let range: HTML = p.in_range ? "<span class=\"badge ok\">\(lang.t("in range", "в ассортименте"))</span>" : "<span class=\"badge bad\">\(lang.t("not supplied", "не поставляется"))</span>"
            return "<tr><td>\(p.sku)</td><td>\(p.name)</td><td>\(p.category)</td><td>\(range)</td><td>\(p.orders)</td></tr>"
        }.joined
        let title = "C · " + QualityIndicator.orderCoverage.name(lang)
        let content: HTML = """
        \(back(parameters, lang: lang))
        <h1>\(title)</h1>
        <p class="muted">\(lang.t("The kinds of product ordered in the period (H) and whether the range holds them (K).", "Виды продукции, заказанные за период (H), и есть ли они в ассортименте (K)."))</p>
        <div class="table-wrap"><table class="records">
          <thead><tr><th>SKU</th><th>\(lang.t("Product", "Продукция"))</th><th>\(lang.t("Category", "Категория"))</th><th>K</th><th>\(lang.t("Orders", "Заказов"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(pager(PageRoute.Quality.products(), query: parameters.query, next: page.next_cursor, lang: lang))
        """
        return Layout(title: title, request: req).render(content)
    }

    /// A claim's or change request's stored status in the reader's language.
    static func requestStatus(_ raw: String, lang: Language) -> String {
        if let claim = ClaimStatus(rawValue: raw) { return claim.name(lang) }
        return switch raw {
        case "open": lang.t("open", "открыт")
        case "satisfied": lang.t("satisfied", "удовлетворён")
        case "refused": lang.t("refused", "отклонён")
        default: raw
        }
    }
}
