import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The client card's part of the personal service department: the package today and what is
/// left of it this month, the subscription history, a form to connect (or change from a date)
/// a package, the upsell suggestions and the client's latest requests.
enum ClientServicesSection {
    static func html(_ req: Request, clientID: UUID) async throws -> HTML {
        let lang = req.language
        let role = try req.actor.role
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        let current = try await SubscriptionQueries.current(clientID, now: now, calendar: calendar, on: req.db)
        let history = try await SubscriptionQueries.history(of: clientID, on: req.db)
        let historyRows = history.map { s -> HTML in "<tr><td>\(s.package_code)</td><td>\(s.starts_on)</td><td>\(s.ends_on ?? "—")</td></tr>" }.joined
        var connect: HTML = ""
        if [Role.admin, .manager, .operator].contains(role) {
            let packages = try await CatalogQueries.packages(activeOnly: true, on: req.db)
            connect = """
            <form method="post" action="\(PageRoute.Services.subscriptions(clientID))" class="card" id="connect-package">
              \(ServicesPageParts.hidden(CSRF.token(for: req)))
              \(FormField.select(name: "package_id", label: lang.t("Package", "Пакет"), options: packages.map { (value: $0.id.uuidString, label: "\($0.name(lang)) · \(ServicesPageParts.money($0.price_minor, $0.currency, lang: lang))") }, selected: nil, error: nil))
              \(FormField.input(name: "starts_on", type: "date", label: lang.t("From", "С"), value: calendar.day(of: now).description, error: nil))
              <p><button type="submit" class="primary" id="connect-submit">\(lang.t("Connect", "Подключить"))</button></p>
            </form>
            """
        }
        var upsell: HTML = ""
        if [Role.admin, .manager, .operator, .analyst].contains(role) {
            let items = try await UpsellQueries.suggestions(for: clientID, now: now, calendar: calendar, on: req.db)
            let offers = try await UpsellQueries.offers(of: clientID, on: req.db)
            let canOffer = role != .analyst
            let csrf = CSRF.token(for: req)
            if !items.isEmpty || !offers.isEmpty {
                let rows = items.map { i -> HTML in
                    let pending = offers.contains { $0.service_id == i.service_id && $0.package_id == i.package_id && $0.outcome == "offered" }
                    let action: HTML = canOffer && !pending ? """
                    <form method="post" action="\(PageRoute.Services.upsellOffers(clientID))" class="inline">\(ServicesPageParts.hidden(csrf))
                    <input type="hidden" name="service_id" value="\(i.service_id)"><input type="hidden" name="package_id" value="\(i.package_id)">
                    <button type="submit" class="button secondary">\(lang.t("Offered", "Предложено"))</button></form>
                    """ : (pending ? HTML("\(lang.t("offered, awaiting the answer", "предложено, ждём ответа"))") : "")
                    return """
                    <tr data-upsell-service="\(i.service_code)"><td>\(i.service_code)</td><td>\(i.count)</td><td class="num">\(ServicesPageParts.money(i.paid_minor, i.currency, lang: lang))</td>
                    <td>\(i.package_code)</td><td class="num">\(ServicesPageParts.money(i.saving_per_month_minor, i.currency, lang: lang))</td><td>\(action)</td></tr>
                    """
                }.joined
                let answers = offers.filter { $0.outcome == "offered" && canOffer }.map { o -> HTML in
                    let buttons = ["accepted", "declined"].map { outcome -> HTML in
                        """
                        <form method="post" action="\(PageRoute.Services.upsellOutcome(clientID, o.id))" class="inline">\(ServicesPageParts.hidden(csrf))
                        <input type="hidden" name="outcome" value="\(outcome)"><button type="submit" class="button secondary">\(outcome == "accepted" ? lang.t("Accepted", "Принял") : lang.t("Declined", "Отказался"))</button></form>
                        """
                    }.joined
                    return "<li data-offer=\"\(o.id)\">\(lang.t("Offer of", "Предложение от")) \(shown.string(o.offered_at)): \(buttons)</li>"
                }.joined
                let tally = offers.filter { $0.outcome != "offered" }
                let accepted = tally.filter { $0.outcome == "accepted" }.count
                upsell = """
                <h3>\(lang.t("Suggest a package", "Предложить пакет"))</h3>
                <div class="table-wrap"><table id="upsell"><thead><tr><th>\(lang.t("Bought outside the package", "Куплено вне пакета"))</th><th>\(lang.t("Times, \(UpsellQueries.months) months", "Раз за \(UpsellQueries.months) мес."))</th>
                <th>\(lang.t("Paid", "Оплачено"))</th><th>\(lang.t("Package", "Пакет"))</th><th>\(lang.t("Saves a month", "Экономия в месяц"))</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
                <ul id="upsell-offers">\(answers)</ul>
                <p class="muted" id="upsell-tally">\(lang.t("Offers answered", "Отвечено на предложения")): \(tally.count) · \(lang.t("accepted", "принято")): \(accepted)</p>
                """
            }
        }
        let requests = try await RequestQueries.list(visibleTo: try req.actor, filter: .init(clientID: clientID), page: PageRequest(limit: 10), on: req.db)
        let requestRows = requests.items.map { RequestsPages.row($0, lang: lang, shown: shown, withClient: false) }.joined
        return """
        <h2 id="services-section">\(lang.t("Personal service", "Персональное обслуживание"))</h2>
        \(package(current, lang: lang))
        \(upsell)
        <details><summary>\(lang.t("Subscription history", "История подписок"))</summary>
        <div class="table-wrap"><table id="subscriptions"><thead><tr><th>\(lang.t("Package", "Пакет"))</th><th>\(lang.t("From", "С"))</th><th>\(lang.t("Until", "По"))</th></tr></thead>
        <tbody>\(historyRows)</tbody></table></div></details>
        \(connect)
        <h3>\(lang.t("Latest requests", "Последние заявки")) · <a href="\(PageRoute.Services.requests())?client_id=\(clientID)">\(lang.t("all", "все"))</a> · <a id="statement-link" href="\(PageRoute.Services.statement(clientID))">\(lang.t("monthly statement", "выписка за месяц"))</a></h3>
        \(RequestsPages.table(requestRows, lang: lang, withClient: false, id: "client-requests"))
        """
    }

    /// The package today and its allowance this month (the card and the cabinet).
    static func package(_ current: CurrentPackageDTO?, lang: Language) -> HTML {
        guard let current else {
            return "<p class=\"muted\" id=\"current-package\">\(lang.t("No subscription package.", "Абонентского пакета нет."))</p>"
        }
        let rows = current.allowance.map { a -> HTML in
            "<tr data-allowance=\"\(a.code)\"><td>\(lang == .ru ? a.name_ru : a.name_en)</td><td class=\"num\">\(a.included_per_month)</td><td class=\"num\">\(a.used)</td><td class=\"num left\">\(a.left)</td></tr>"
        }.joined
        return """
        <section class="card" id="current-package"><h3>\(current.package.name(lang)) · \(ServicesPageParts.money(current.package.price_minor, current.package.currency, lang: lang)) \(lang.t("a month", "в месяц"))</h3>
        <p>\(lang.t("Since", "С")) \(current.subscription.starts_on)\(current.subscription.ends_on.map { " \(lang.t("until", "по")) \($0)" } ?? "") · \(lang.t("this month", "в этом месяце")) \(current.month)</p>
        <div class="table-wrap"><table id="allowance"><thead><tr><th>\(lang.t("Service", "Услуга"))</th><th>\(lang.t("Included", "Включено"))</th>
        <th>\(lang.t("Used", "Использовано"))</th><th>\(lang.t("Left", "Осталось"))</th></tr></thead><tbody>\(rows)</tbody></table></div></section>
        """
    }

    /// Connects the package from the card's form, then back to the card.
    @Sendable static func connect(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let form = try req.content.decode([String: String].self)
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let operation = try ConnectPackage(clientID: clientID, SubscriptionInput(package_id: form["package_id"].flatMap(UUID.init(uuidString:)), starts_on: form["starts_on"]),
                                               lang: req.language)
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        } catch let problem as Problem where problem.status == 422 || problem.status == 409 {
            throw Abort(.unprocessableEntity, reason: problem.summary)
        }
        return req.redirect(to: PageRoute.Clients.card(clientID), redirectType: .normal)
    }

    /// Records from the card that a suggestion was offered.
    @Sendable static func offer(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let form = try req.content.decode([String: String].self)
        let actor = try req.actor
        let now = req.clock.now()
        let operation = try RecordUpsellOffer(clientID: clientID, UpsellOfferInput(service_id: form["service_id"].flatMap(UUID.init(uuidString:)),
                                                                                   package_id: form["package_id"].flatMap(UUID.init(uuidString:))),
                                              calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), lang: req.language)
        do { _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) } } catch let problem as Problem where problem.status == 422 {
            throw Abort(.unprocessableEntity, reason: problem.summary)
        }
        return req.redirect(to: PageRoute.Clients.card(clientID), redirectType: .normal)
    }

    /// Records from the card the client's answer to an offer.
    @Sendable static func answer(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let form = try req.content.decode([String: String].self)
        let actor = try req.actor
        let now = req.clock.now()
        let operation = try AnswerUpsellOffer(clientID: clientID, offerID: try idParameter(req, "offer"), outcome: form["outcome"], lang: req.language)
        _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return req.redirect(to: PageRoute.Clients.card(clientID), redirectType: .normal)
    }
}
