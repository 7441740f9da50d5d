import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The order portfolio (DOMAIN §3.3 item 2): every order accepted into work and not yet
/// delivered, grouped by due date, client, segment, manager, stage or priority, with counts and
/// totals per group; late and at-risk orders stand out. Aggregates are computed in SQL.
enum PortfolioPage {
    static let readers: Access = .only(.manager, .operator, .logistician, .worker, .analyst, .admin)
    static let openStatuses: [OrderStatus] = [.received, .placed, .invoiced, .picked, .dispatched]
    static let atRiskDays = 2

    typealias Grouping = PortfolioQueries.Grouping

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.portfolio, access: readers, use: page)
        routes.endpoint(.GET, PageRoute.Orders.portfolioCSV, access: readers, use: csv)
    }

    struct Group { var key: String; var label: String; var count: Int; var total: Int64; var late: Int; var atRisk: Int }
    struct Row { var id: UUID; var number: String; var client: String; var status: OrderStatus; var priority: Priority; var promised: String?; var total: Int64; var currency: String }

    static func filters(_ req: Request) throws -> (grouping: Grouping, filter: PortfolioQueries.Filter) {
        let grouping = Grouping(rawValue: req.query[String.self, at: "group"] ?? "due") ?? .due
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let day = calendar.day(of: req.clock.now())
        var filter = PortfolioQueries.Filter(lateOnly: req.query[String.self, at: "late"] == "1", today: day)
        if let s = req.query[String.self, at: "status"], let status = OrderStatus(rawValue: s), openStatuses.contains(status) { filter.status = s }
        if let p = req.query[String.self, at: "priority"], Priority(rawValue: p) != nil { filter.priority = p }
        filter.segment = req.query[String.self, at: "segment_id"].flatMap(UUID.init(uuidString:))
        filter.manager = req.query[String.self, at: "manager_id"].flatMap(UUID.init(uuidString:))
        return (grouping, filter)
    }

    static func groups(_ req: Request) async throws -> (Grouping, [Group], CalendarDay) {
        let (grouping, filter) = try filters(req)
        let lang = req.language
        let rows = try await PortfolioQueries.groups(filter, by: grouping, atRiskDays: atRiskDays, language: lang, on: req.db)
        let groups = rows.map { row -> Group in
            var label = row.label ?? "—"
            if grouping == .status { label = OrderStatus(rawValue: label)?.name(lang) ?? label }
            if grouping == .priority { label = Priority(rawValue: label)?.name(lang) ?? label }
            if grouping == .due, label.isEmpty { label = lang.t("no date", "без срока") }
            return Group(key: "\(label)", label: label, count: row.n, total: row.total, late: row.late ?? 0, atRisk: row.atRisk ?? 0)
        }
        return (grouping, groups, filter.today)
    }

    /// The most urgent orders first: by due date, then priority.
    static func urgent(_ req: Request, limit: Int = 200) async throws -> [Row] {
        let (_, filter) = try filters(req)
        return try await PortfolioQueries.urgent(filter, limit: limit, on: req.db).map {
            Row(id: $0.id, number: $0.number, client: $0.client, status: OrderStatus(rawValue: $0.status) ?? .received,
                priority: Priority(rawValue: $0.priority) ?? .normal, promised: $0.promisedDay, total: $0.totalMinor, currency: $0.currency)
        }
    }

    /// What the page shows: the groups, the most urgent orders, the day they are judged on and
    /// the filters of the request (kept for the CSV link).
    struct Model { var grouping: Grouping; var groups: [Group]; var day: CalendarDay; var orders: [Row]; var query: String }

    static func model(_ req: Request) async throws -> Model {
        let (grouping, groups, day) = try await groups(req)
        return Model(grouping: grouping, groups: groups, day: day, orders: try await urgent(req), query: req.url.query.map { "?" + $0 } ?? "")
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let model = try await model(req)
        return Layout(title: lang.t("Order portfolio", "Портфель заказов"), request: req).render(view(model, lang: lang))
    }

    static func view(_ model: Model, lang: Language) -> HTML {
        let (grouping, groups, day, orders, query) = (model.grouping, model.groups, model.day, model.orders, model.query)
        let today = day.description, riskDay = day.adding(days: atRiskDays).description
        let names: [Grouping: (String, String)] = [.due: ("Due date", "Срок"), .client: ("Client", "Клиент"), .segment: ("Segment", "Сегмент"),
                                                   .manager: ("Manager", "Менеджер"), .status: ("Stage", "Этап"), .priority: ("Priority", "Приоритет")]
        let tabs = Grouping.allCases.map { g -> HTML in
            let current: HTML = g == grouping ? " aria-current=\"page\" class=\"badge ok\"" : " class=\"badge\""
            return "<a href=\"\(PageRoute.Orders.portfolio())?group=\(g.rawValue)\"\(current)>\(lang.t(names[g]?.0 ?? g.rawValue, names[g]?.1 ?? g.rawValue))</a> "
        }.joined
        let totalCount = groups.reduce(0) { $0 + $1.count }, totalLate = groups.reduce(0) { $0 + $1.late }
        let groupRows = groups.map { g -> HTML in
            let late: HTML = g.late > 0 ? HTML("<span class=\"badge bad\">\(g.late)</span>") : "0"
            let risk: HTML = g.atRisk > 0 ? HTML("<span class=\"badge warn\">\(g.atRisk)</span>") : "0"
            return "<tr><td>\(g.label)</td><td class=\"num\">\(g.count)</td><td class=\"num\">\(Money.format(g.total, "UAH", lang: lang))</td><td>\(late)</td><td>\(risk)</td></tr>"
        }.joined
        let orderRows = orders.map { o -> HTML in
            let flag: HTML = (o.promised ?? "9999") < today ? HTML(" <span class=\"badge bad\">\(lang.t("late", "просрочен"))</span>")
                : (o.promised ?? "9999") <= riskDay ? HTML(" <span class=\"badge warn\">\(lang.t("at risk", "под угрозой"))</span>") : ""
            return "<tr><td><a href=\"\(PageRoute.Orders.order(o.id))\">\(o.number)</a>\(flag)</td><td>\(o.client)</td><td>\(o.status.name(lang))</td><td>\(o.priority.name(lang))</td><td>\(o.promised ?? "—")</td><td class=\"num\">\(Money.format(o.total, o.currency, lang: lang))</td></tr>"
        }.joined
        return """
        <h1>\(lang.t("Order portfolio", "Портфель заказов"))</h1>
        <p class="no-print">\(lang.t("Group by", "Группировать по")): \(tabs) · <a href="\(PageRoute.Orders.portfolio())?group=\(grouping.rawValue)&late=1">\(lang.t("late only", "только просроченные"))</a> · <a href="\(PageRoute.Orders.portfolio()).csv\(query)">CSV</a></p>
        <div class="grid">
          <div class="card"><div class="figure" id="portfolio-count">\(totalCount)</div><div class="muted">\(lang.t("orders in work", "заказов в работе"))</div></div>
          <div class="card"><div class="figure">\(totalLate)</div><div class="muted">\(lang.t("late", "просрочено"))</div></div>
        </div>
        <div class="table-wrap"><table id="portfolio-groups"><thead><tr><th>\(lang.t(names[grouping]?.0 ?? grouping.rawValue, names[grouping]?.1 ?? grouping.rawValue))</th><th>\(lang.t("Orders", "Заказов"))</th><th>\(lang.t("Total", "Сумма"))</th><th>\(lang.t("Late", "Просрочено"))</th><th>\(lang.t("At risk", "Под угрозой"))</th></tr></thead><tbody>\(groupRows)</tbody></table></div>
        <h2>\(lang.t("Most urgent", "Самые срочные"))</h2>
        <div class="table-wrap"><table><thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Stage", "Этап"))</th><th>\(lang.t("Priority", "Приоритет"))</th><th>\(lang.t("Due", "Срок"))</th><th>\(lang.t("Total", "Сумма"))</th></tr></thead><tbody>\(orderRows)</tbody></table></div>
        """
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let orders = try await urgent(req, limit: 100_000)
        var text = "number,client,status,priority,promised_date,total,currency\n"
        for o in orders {
            text += [o.number, o.client, o.status.rawValue, o.priority.rawValue, o.promised ?? "", String(format: "%.2f", Double(o.total) / 100), o.currency]
                .map(CSVField.escape).joined(separator: ",") + "\n"
        }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.add(name: .contentDisposition, value: "attachment; filename=\"portfolio.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

/// CSV cells quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
enum CSVField {
    static func escape(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@\t\r".contains(first) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
