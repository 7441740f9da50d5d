import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Composing an order in a set form (DOMAIN §3.2): staff take one in for a client, a buyer
/// composes its own in the cabinet. Lines are SKU and quantity; errors show beside the fields.
/// The product picker finds products by any part of the name or the start of the SKU, in any
/// case and script, and puts the chosen one on the first free line: a submit of the same form,
/// so it works without a script and keeps everything typed.
enum NewOrderPage {
    static let composers: Access = .only(.client, .manager, .operator, .logistician, .admin)
    static let lineSlots = 8

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.new, access: composers, use: form)
        routes.endpoint(.POST, PageRoute.Orders.list, access: composers, use: create)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        try await render(req, values: [:], errors: [:])
    }

    static let pickerMatches = 20

    static func render(_ req: Request, values: [String: String], errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let pickerHTML = try await picker(req, query: values["product_q"], error: errors["product_q"], lang: lang)
        let actor = try req.actor
        var clientField: HTML = ""
        if actor.role != .client {
            let clients = try await Client.query(on: req.db).filter(\.$active == true).sort(\.$searchName).limit(500).all()
            let options = [(value: "", label: "—")] + clients.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
            clientField = FormField.select(name: "client_id", label: lang.t("Client", "Клиент"), options: options, selected: values["client_id"] ?? req.query[String.self, at: "client_id"], error: errors["client_id"])
        }
        let lines = (0..<lineSlots).map { i -> HTML in
            let e = errors["lines[\(i)].product_id"] ?? errors["lines[\(i)].quantity"]
            return """
            <tr><td><input type="text" name="sku\(i)" id="sku\(i)" value="\(values["sku\(i)"])" placeholder="\(lang.t("SKU", "Артикул"))" aria-label="\(lang.t("SKU", "Артикул")) \(i + 1)"></td>
            <td><input type="number" name="qty\(i)" id="qty\(i)" value="\(values["qty\(i)"])" min="1" aria-label="\(lang.t("Quantity", "Количество")) \(i + 1)"></td>
            <td>\(FormField.errorLine(name: "line\(i)", e))</td></tr>
            """
        }.joined
        let statusField: HTML = actor.role == .client ? "" : FormField.select(
            name: "status", label: lang.t("Taken as", "Оформить как"),
            options: [(value: "received", label: lang.t("Received now (e.g. by phone)", "Получен сейчас (например, по телефону)")), (value: "draft", label: lang.t("Draft", "Черновик"))],
            selected: values["status"], error: errors["status"])
        let channelField: HTML = actor.role == .client ? "" : FormField.select(
            name: "channel", label: lang.t("Channel", "Канал"), options: OrderChannel.allCases.map { (value: $0.rawValue, label: $0.name(lang)) },
            selected: values["channel"] ?? OrderChannel.phone.rawValue, error: errors["channel"])
        // A buyer's form has no priority or promised date, so their refusal shows at the top.
        let notice = errors["lines"] ?? (actor.role == .client ? errors["priority"] ?? errors["promised_date"] : nil)
        let content: HTML = """
        <h1>\(lang.t("New order", "Новый заказ"))</h1>
        \(notice.map { HTML("<div class=\"notice bad\" role=\"alert\">\($0)</div>") } ?? "")
        <form method="post" action="\(PageRoute.Orders.list())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(clientField)
          \(channelField)
          \(actor.role == .client ? "" : FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }, selected: values["priority"] ?? "normal", error: errors["priority"]))
          \(FormField.input(name: "requested_date", type: "date", label: lang.t("Requested delivery date", "Желаемая дата доставки"), value: values["requested_date"], error: errors["requested_date"]))
          \(actor.role == .client ? "" : FormField.input(name: "promised_date", type: "date", label: lang.t("Promised delivery date", "Обещанная дата доставки"), value: values["promised_date"], error: errors["promised_date"]))
          \(FormField.input(name: "delivery_method", label: lang.t("Delivery method", "Способ доставки"), value: values["delivery_method"], error: errors["delivery_method"]))
          \(statusField)
          <h2>\(lang.t("Lines", "Позиции"))</h2>
          \(pickerHTML)
          <table><thead><tr><th>\(lang.t("SKU", "Артикул"))</th><th>\(lang.t("Quantity", "Количество"))</th><th></th></tr></thead><tbody>\(lines)</tbody></table>
          \(FormField.input(name: "notes", label: lang.t("Notes", "Примечания"), value: values["notes"], error: errors["notes"]))
          <p><button type="submit" class="primary" id="order-submit">\(lang.t("Create order", "Создать заказ"))</button></p>
        </form>
        """
        return Layout(title: lang.t("New order", "Новый заказ"), request: req).render(content, status: status)
    }

    /// The picker's search field and what it found, each with a button that adds it to a line.
    static func picker(_ req: Request, query: String?, error: String?, lang: Language) async throws -> HTML {
        let q = query?.trimmingCharacters(in: .whitespaces) ?? ""
        var found: HTML = ""
        if !q.isEmpty {
            let matches = try await ProductQueries.pick(search: q, limit: pickerMatches, on: req.db)
            let items = matches.map { p -> HTML in
                """
                <li><button type="submit" name="_add" value="\(p.sku)" class="button secondary" data-sku="\(p.sku)">\(lang.t("Add", "Добавить"))</button> \
                <b>\(p.name)</b> · \(p.sku) · \(Money.format(p.price_minor, p.currency, lang: lang))</li>
                """
            }.joined
            found = matches.isEmpty
                ? HTML("<p id=\"product-matches-none\">\(lang.t("No product has that in its name or SKU.", "Нет товаров с таким названием или артикулом."))</p>")
                : "<ul id=\"product-matches\" class=\"picker\">\(items)</ul>"
        }
        return """
        <fieldset id="product-picker"><legend>\(lang.t("Find a product", "Найти товар"))</legend>
          \(FormField.input(name: "product_q", type: "search", label: lang.t("Part of the name or the SKU", "Часть названия или артикул"), value: query, error: error))
          <button type="submit" name="_find" value="1" id="product-find" class="button secondary">\(lang.t("Find", "Найти"))</button>
          \(found)
        </fieldset>
        """
    }

    /// The picker's submit: the chosen product on the first free line (quantity 1 unless typed),
    /// or only the search's results; nothing is created.
    static func pick(_ req: Request, values: [String: String]) async throws -> Response {
        var values = values
        var errors: [String: String] = [:]
        if let sku = values["_add"], !sku.isEmpty {
            if let slot = (0..<lineSlots).first(where: { (values["sku\($0)"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) {
                values["sku\(slot)"] = sku
                if (values["qty\(slot)"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty { values["qty\(slot)"] = "1" }
            } else {
                errors["product_q"] = req.language.t("Every line is taken: clear one first.", "Все строки заняты: сначала освободите одну.")
            }
        }
        return try await render(req, values: values, errors: errors, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        if values["_find"] != nil || values["_add"] != nil { return try await pick(req, values: values) }
        let actor = try req.actor
        var lines: [OrderDraft.Line] = []
        var slotOfLine: [Int] = []
        for i in 0..<lineSlots {
            let sku = values["sku\(i)"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let qty = values["qty\(i)"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if sku.isEmpty && qty.isEmpty { continue }
            lines.append(.init(productID: nil, sku: sku.isEmpty ? nil : sku, quantity: Int(qty), unitPriceMinor: nil))
            slotOfLine.append(i)
        }
        let draft = OrderDraft(clientID: values["client_id"].flatMap(UUID.init(uuidString:)), channel: values["channel"], priority: values["priority"],
                               requestedDate: values["requested_date"], promisedDate: values["promised_date"], notes: values["notes"],
                               externalRef: nil, deliveryMethod: values["delivery_method"], initialStatus: values["status"] ?? "draft", lines: lines, lang: req.language)
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        do {
            let now = req.clock.now()
            let id = try await req.write { tx in
                try await CreateOrder(draft: draft).run(by: actor, calendar: calendar, now: now, on: tx).requireID()
            }
            return req.redirect(to: PageRoute.Orders.order(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            var errors: [String: String] = [:]
            for e in problem.errors ?? [] {
                var field = e.field
                // Map "lines[k]" of the submitted lines back to the form's slot.
                if field.hasPrefix("lines["), let close = field.firstIndex(of: "]"), let k = Int(field[field.index(field.startIndex, offsetBy: 6)..<close]), k < slotOfLine.count {
                    field = "lines[\(slotOfLine[k])]" + field[field.index(after: close)...]
                }
                errors[field] = errors[field] ?? e.message
            }
            return try await render(req, values: values, errors: errors, status: .unprocessableEntity)
        }
    }
}
