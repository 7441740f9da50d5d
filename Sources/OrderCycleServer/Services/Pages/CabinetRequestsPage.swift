import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The client's requests in its cabinet (DOMAIN §2.4): its package and what is left of it this
/// month, its requests, and a form to file a new one — a special request at any time, even
/// outside working hours, a service of the catalog open to it, or, on one of its orders, a
/// claim, a warranty case, or goods picked from the order to return or exchange.
enum CabinetRequestsPage {
    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, values: [:], errors: [:])
    }

    static func page(_ req: Request, values: [String: String], errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        guard let clientID = actor.clientID else { throw Problem(.notFound) }
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let current = try await SubscriptionQueries.current(clientID, now: now, calendar: calendar, on: req.db)
        let segment = try await req.db.sql.raw("SELECT segment_id FROM clients WHERE id = \(bind: clientID)").first()?.decode(column: "segment_id", as: UUID.self)
        var services = try await segment.asyncMap { try await CatalogQueries.services(openTo: $0, on: req.db) } ?? []
        for item in current?.allowance ?? [] where !services.contains(where: { $0.id == item.service_id }) {
            if let s = try await CatalogQueries.service(item.service_id, on: req.db) { services.append(s) }
        }
        let list = try await RequestQueries.list(visibleTo: actor, filter: .init(), page: PageRequest(limit: 100), on: req.db)
        let rows = list.items.map { RequestsPages.row($0, lang: lang, shown: shown, withClient: false) }.joined
        let kinds = ServiceRequestKind.allCases.filter { $0 != .change }.map { (value: $0.rawValue, label: $0.name(lang)) }
        let orders = try await ClientGoodsQueries.orders(of: clientID, on: req.db)
        let goods = try await ClientGoodsQueries.returnable(of: clientID, on: req.db)
        let orderOptions = [(value: "", label: "—")] + orders.map { (value: $0.id.uuidString, label: "№ \($0.number) · \(OrderStatus(rawValue: $0.status)?.name(lang) ?? $0.status)") }
        let goodsOptions = [(value: "", label: "—")] + goods.map {
            (value: "\($0.orderID.uuidString)/\($0.productID.uuidString)", label: "№ \($0.number) · \($0.sku) \($0.name) × \($0.quantity)")
        }
        let serviceOptions = [(value: "", label: "—")] + services.map { (value: $0.id.uuidString, label: "\($0.name(lang)) · \(ServicesPageParts.money($0.price_minor, $0.currency, lang: lang))") }
        let content: HTML = """
        <h1>\(lang.t("My requests", "Мои заявки"))</h1>
        <p><a href="\(PageRoute.Cabinet.home())">\(lang.t("My account", "Мой кабинет"))</a> · <a id="statement-link" href="\(PageRoute.Services.cabinetStatement())">\(lang.t("Statement of the month", "Выписка за месяц"))</a></p>
        \(ClientServicesSection.package(current, lang: lang))
        <h2>\(lang.t("New request", "Новая заявка"))</h2>
        <form method="post" action="\(PageRoute.Services.cabinetRequests())" class="card" novalidate id="new-request">
          \(ServicesPageParts.hidden(CSRF.token(for: req)))
          \(FormField.select(name: "kind", label: lang.t("What you need", "Что нужно"), options: kinds, selected: values["kind"], error: errors["kind"]))
          \(FormField.select(name: "service_id", label: lang.t("Service (for a service request)", "Услуга (для заявки на услугу)"), options: serviceOptions, selected: values["service_id"], error: errors["service_id"]))
          \(FormField.select(name: "order_id", label: lang.t("Order (for a claim or a warranty case)", "Заказ (для претензии или гарантийного случая)"), options: orderOptions, selected: values["order_id"], error: errors["order_id"]))
          \(FormField.select(name: "goods", label: lang.t("Goods to return or exchange", "Товар для возврата или обмена"), options: goodsOptions, selected: values["goods"], error: errors["product_id"]))
          \(FormField.input(name: "quantity", type: "number", label: lang.t("How many to return or exchange", "Сколько вернуть или обменять"), value: values["quantity"], error: errors["quantity"]))
          \(FormField.input(name: "scheduled_at", type: "datetime-local", label: lang.t("When (any time, even outside working hours)", "Когда (в любое время, в том числе в нерабочее)"), value: values["scheduled_at"], error: errors["scheduled_at"]))
          <label for="description">\(lang.t("Describe what is needed", "Опишите, что нужно"))</label>
          <textarea id="description" name="description" rows="4">\(values["description"])</textarea>
          \(FormField.errorLine(name: "description", errors["description"]))
          <p><button type="submit" class="primary" id="request-submit">\(lang.t("Send", "Отправить"))</button></p>
        </form>
        <h2>\(lang.t("Your requests", "Ваши заявки"))</h2>
        \(RequestsPages.table(rows, lang: lang, withClient: false, id: "my-requests"))
        """
        return Layout(title: lang.t("My requests", "Мои заявки"), request: req).render(content, status: status)
    }

    @Sendable static func file(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let zone = req.application.appConfig.timeZone
        // Goods picked as "order/product" name the order too; a quantity only goes with them.
        let picked = (form["goods"] ?? "").split(separator: "/").compactMap { UUID(uuidString: String($0)) }
        let kind = ServiceRequestKind(rawValue: form["kind"] ?? "")
        let forGoods = kind == .return || kind == .exchange
        let quantity = (form["quantity"] ?? "").trimmingCharacters(in: .whitespaces)
        let input = ServiceRequestInput(kind: form["kind"], service_id: form["service_id"].flatMap(UUID.init(uuidString:)),
                                        order_id: forGoods && picked.count == 2 ? picked[0] : form["order_id"].flatMap(UUID.init(uuidString:)),
                                        product_id: forGoods && picked.count == 2 ? picked[1] : nil,
                                        quantity: forGoods ? (Int(quantity) ?? (quantity.isEmpty ? nil : 0)) : nil,
                                        scheduled_at: ServicesPageParts.moment(fromLocal: form["scheduled_at"], timeZone: zone), description: form["description"])
        do {
            let operation = try FileRequest(input, calendar: CompanyCalendar(timeZone: zone), lang: lang, now: now)
            _ = try await Idempotency.create(req) { tx in try CreatedResponse(try await operation.run(by: actor, now: now, on: tx)) }
            return req.redirect(to: PageRoute.Services.cabinetRequests(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await page(req, values: form, errors: problem.fieldMessages, status: .unprocessableEntity)
        }
    }
}

/// The cabinet home's part: the package and what is left this month, and the way to the requests.
enum CabinetServicesSection {
    static func html(_ req: Request) async throws -> HTML {
        let actor = try req.actor
        guard actor.role == .client, let clientID = actor.clientID else { return "" }
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let current = try await SubscriptionQueries.current(clientID, now: req.clock.now(), calendar: calendar, on: req.db)
        return """
        <h2>\(lang.t("Your package", "Ваш пакет"))</h2>
        \(ClientServicesSection.package(current, lang: lang))
        <p><a class="button" href="\(PageRoute.Services.cabinetRequests())" id="my-requests-link">\(lang.t("My requests", "Мои заявки"))</a></p>
        """
    }
}
