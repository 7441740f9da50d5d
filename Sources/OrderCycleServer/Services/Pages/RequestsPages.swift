import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The manager's queue of requests (newest first, by status) and one request's page with the
/// steps it may take next: accept, refuse with a reason, plan (who, when), done, close satisfied
/// or not. A client opens its own requests here too, read only; another's answers 404.
enum RequestsPages {
    @Sendable static func queue(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        var filter = RequestQueries.ListFilter()
        let statusParam = req.query[String.self, at: "status"]
        filter.status = statusParam.flatMap(ServiceRequestStatus.init(rawValue:))
        filter.openOnly = statusParam == nil
        filter.clientID = req.query[String.self, at: "client_id"].flatMap(UUID.init(uuidString:))
        let cursor = req.query[String.self, at: "cursor"].flatMap(Cursor.init(encoded:))
        let page = try await RequestQueries.list(visibleTo: actor, filter: filter, page: PageRequest(limit: 50, after: cursor), on: req.db)
        let counts = try await RequestQueries.counts(on: req.db)
        let open = counts.filter { ServiceRequestStatus(rawValue: $0.key)?.isOpen ?? false }.values.reduce(0, +)
        var tabs: [HTML] = ["<a href=\"\(PageRoute.Services.requests())\"\(statusParam == nil ? HTML(" aria-current=\"page\"") : "")>\(lang.t("Open", "Открытые")) (\(open))</a>"]
        for s in ServiceRequestStatus.allCases {
            let current: HTML = statusParam == s.rawValue ? " aria-current=\"page\"" : ""
            tabs.append("<a href=\"\(PageRoute.Services.requests())?status=\(s.rawValue)\"\(current)>\(s.name(lang)) (\(counts[s.rawValue] ?? 0))</a>")
        }
        let rows = page.items.map { r in row(r, lang: lang, shown: shown, withClient: true) }.joined
        let more: HTML = page.next_cursor.map { c in
            "<p><a id=\"requests-next\" href=\"\(PageRoute.Services.requests())?\(statusParam.map { "status=\($0)&" } ?? "")cursor=\(c)\">\(lang.t("Older", "Ранее"))</a></p>"
        } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Requests", "Заявки"))</h1>
        <p><a href="\(PageRoute.Services.catalog())">\(lang.t("Service catalog", "Каталог услуг"))</a> · <a href="\(PageRoute.Services.packages())">\(lang.t("Subscription packages", "Абонентские пакеты"))</a></p>
        <nav class="tabs" id="request-tabs">\(HTML.join(tabs, separator: " · "))</nav>
        \(table(rows, lang: lang, withClient: true))
        \(more)
        """
        return Layout(title: lang.t("Requests", "Заявки"), request: req).render(content)
    }

    static func table(_ rows: HTML, lang: Language, withClient: Bool, id: String = "requests") -> HTML {
        """
        <div class="table-wrap"><table id="\(id)"><thead><tr><th>\(lang.t("Filed", "Подана"))</th>\(withClient ? HTML("<th>\(lang.t("Client", "Клиент"))</th>") : "")
        <th>\(lang.t("Kind", "Вид"))</th><th>\(lang.t("Service", "Услуга"))</th><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Status", "Статус"))</th>
        <th>\(lang.t("Package", "Пакет"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        \(rows.text.isEmpty ? EmptyState.html(id: "\(id)-empty", lang.t("No requests here.", "Заявок здесь нет."), how: lang.t("A request appears when a client asks for a service in the cabinet, or when staff file one from the client's card.", "Заявка появляется, когда клиент просит об услуге в кабинете или сотрудник оформляет её из карточки клиента.")) : "")
        """
    }

    static func row(_ r: ServiceRequestDTO, lang: Language, shown: DateShown, withClient: Bool) -> HTML {
        let when: HTML = r.scheduled_at.map { d in
            "\(shown.string(d))\(r.outside_working_hours ? HTML(" <span class=\"badge\" title=\"\(lang.t("outside working hours", "в нерабочее время"))\">\(lang.t("after hours", "нерабочее"))</span>") : "")"
        } ?? "—"
        let package: HTML = r.inside_package ? "\(lang.t("inside", "в пакете"))" : (r.price_minor > 0 ? "\(ServicesPageParts.money(r.price_minor, r.currency, lang: lang))" : "—")
        return """
        <tr data-request-id="\(r.id)"><td><a href="\(PageRoute.Services.request(r.id))">\(shown.string(r.created_at))</a></td>
        \(withClient ? HTML("<td><a href=\"\(PageRoute.Clients.card(r.client_id))\">\(r.client_name)</a></td>") : "")
        <td>\(ServicesPageParts.kind(r.kind, lang: lang))</td><td>\(r.service_code ?? "—")</td><td class="nowrap">\(when)</td>
        <td>\(ServicesPageParts.status(r.status, lang: lang))</td><td>\(package)</td></tr>
        """
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let r = try await ServicesAccess.visibleRequest(try idParameter(req), to: try req.actor, on: req.db)
        return try await page(req, r, errors: [:], values: [:])
    }

    static func page(_ req: Request, _ r: ServiceRequestDTO, errors: [String: String], values: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        let current = ServiceRequestStatus(rawValue: r.status) ?? .new
        let canWork = ServicesAccess.workerRoles.contains(actor.role)
        let csrf = CSRF.token(for: req)
        var steps: [HTML] = []
        func form(_ to: ServiceRequestStatus, _ label: String, _ fields: HTML = "") -> HTML {
            """
            <form method="post" action="\(PageRoute.Services.transitions(r.id))" class="card" id="to-\(to.rawValue)">
              \(ServicesPageParts.hidden(csrf))<input type="hidden" name="to" value="\(to.rawValue)"><input type="hidden" name="version" value="\(r.version)">
              \(fields)<p><button type="submit" class="primary">\(label)</button></p>
            </form>
            """
        }
        if canWork {
            let next = current.next
            if next.contains(.accepted) { steps.append(form(.accepted, lang.t("Accept", "Принять"))) }
            if next.contains(.planned) {
                let staff = try await req.db.sql.raw("""
                    SELECT id, display_name FROM users WHERE active = \(bind: true) AND role IN ('admin', 'manager', 'operator', 'logistician', 'worker') ORDER BY display_name
                    """).all().map { (try $0.decode(column: "id", as: UUID.self).uuidString, try $0.decode(column: "display_name", as: String.self)) }
                let selected = values["assignee_id"] ?? r.assignee_id?.uuidString ?? actor.userID?.uuidString
                steps.append(form(.planned, lang.t("Plan", "Запланировать"), """
                \(FormField.select(name: "assignee_id", label: lang.t("Who does it", "Кто выполняет"), options: staff.map { (value: $0.0, label: $0.1) }, selected: selected, error: errors["assignee_id"]))
                \(FormField.input(name: "scheduled_at", type: "datetime-local", label: lang.t("When (leave empty to keep)", "Когда (пусто — без изменений)"), value: values["scheduled_at"], error: errors["scheduled_at"]))
                """))
            }
            if next.contains(.done) { steps.append(form(.done, lang.t("Done", "Выполнено"))) }
            if next.contains(.closed) {
                steps.append(form(.closed, lang.t("Close", "Закрыть"), """
                <fieldset><legend>\(lang.t("Was the client satisfied?", "Клиент удовлетворён?"))</legend>
                  <label><input type="radio" name="satisfied" value="true"\(values["satisfied"] == "true" ? HTML(" checked") : "")> \(lang.t("Yes", "Да"))</label>
                  <label><input type="radio" name="satisfied" value="false"\(values["satisfied"] == "false" ? HTML(" checked") : "")> \(lang.t("No", "Нет"))</label>
                  \(FormField.errorLine(name: "satisfied", errors["satisfied"]))</fieldset>
                \(FormField.input(name: "reason", label: lang.t("Why not (when not satisfied)", "Почему нет (если не удовлетворён)"), value: values["to"] == "closed" ? values["reason"] : nil, error: values["to"] == "closed" ? errors["reason"] : nil))
                """))
            }
            if next.contains(.refused) {
                steps.append(form(.refused, lang.t("Refuse", "Отклонить"),
                                  FormField.input(name: "reason", label: lang.t("Reason", "Причина"), value: values["to"] == "refused" ? values["reason"] : nil,
                                                  error: values["to"] == "refused" ? errors["reason"] : nil)))
            }
        }
        let notice: HTML = errors["_"].map { "<p class=\"notice bad\" id=\"request-error\">\($0)</p>" } ?? ""
        var outcome: HTML = ""
        if let s = r.satisfied {
            let verdict = s ? lang.t("Client satisfied", "Клиент удовлетворён") : lang.t("Client not satisfied", "Клиент не удовлетворён")
            outcome = "<p id=\"request-outcome\">\(verdict)\(r.reason.map { ": " + $0 } ?? "")</p>"
        } else if let reason = r.reason {
            outcome = "<p id=\"request-outcome\">\(reason)</p>"
        }
        let content: HTML = """
        <h1>\(ServicesPageParts.kind(r.kind, lang: lang)) \(ServicesPageParts.status(r.status, lang: lang))</h1>
        \(notice)
        <div class="grid">
          <section class="card"><h2>\(lang.t("Request", "Заявка"))</h2>
            <p>\(actor.role.isStaff ? HTML("<a href=\"\(PageRoute.Clients.card(r.client_id))\">\(r.client_name)</a>") : HTML("\(r.client_name)"))</p>
            <p class="notes" id="request-description">\(r.description)</p>
            <p>\(lang.t("Service", "Услуга")): \(r.service_code ?? "—")</p>
            \(r.order_id.map { HTML("<p>\(lang.t("Order", "Заказ")): <a id=\"request-order\" href=\"\(PageRoute.Orders.order($0))\">\(lang.t("open the order", "открыть заказ"))</a></p>") } ?? "")
            <p>\(lang.t("When", "Когда")): \(r.scheduled_at.map(shown.string) ?? "—")\(r.outside_working_hours ? HTML(" <span class=\"badge\" id=\"after-hours\">\(lang.t("outside working hours", "в нерабочее время"))</span>") : "")</p>
            <p>\(r.inside_package ? lang.t("Inside the package", "В рамках пакета") : lang.t("Outside the package", "Вне пакета")): \(ServicesPageParts.money(r.price_minor, r.currency, lang: lang))</p>
            <p>\(lang.t("Who does it", "Кто выполняет")): \(r.assignee_name ?? "—")</p>
            <p>\(lang.t("Filed", "Подана")): \(shown.string(r.created_at))</p>
            \(outcome)
          </section>
        </div>
        <div class="grid" id="request-steps">\(steps)</div>
        """
        return Layout(title: ServicesPageParts.kind(r.kind, lang: lang), request: req).render(content, status: status)
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode([String: String].self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let zone = req.application.appConfig.timeZone
        let input = TransitionInput(
            to: form["to"], satisfied: form["satisfied"].flatMap { $0 == "true" ? true : $0 == "false" ? false : nil }, reason: form["reason"],
            assignee_id: form["assignee_id"].flatMap(UUID.init(uuidString:)), scheduled_at: ServicesPageParts.moment(fromLocal: form["scheduled_at"], timeZone: zone))
        do {
            let operation = try MoveRequest(requestID: id, input, expectedVersion: form["version"].flatMap(Int.init), calendar: CompanyCalendar(timeZone: zone), lang: lang, now: now)
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Services.request(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil || problem.status == 409 || problem.status == 412 {
            let r = try await ServicesAccess.visibleRequest(id, to: actor, on: req.db)
            var errors = problem.fieldMessages
            if problem.errors == nil { errors["_"] = problem.detail ?? problem.title }
            return try await page(req, r, errors: errors, values: form, status: problem.httpStatus)
        }
    }
}
