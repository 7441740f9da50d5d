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

    enum Grouping: String, CaseIterable { case due, client, segment, manager, status, priority }

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.portfolio, access: readers, use: page)
        routes.endpoint(.GET, PageRoute.Orders.portfolioCSV, access: readers, use: csv)
    }

    struct Group { var key: String; var label: String; var count: Int; var total: Int64; var late: Int; var atRisk: Int }
    struct Row { var id: UUID; var number: String; var client: String; var status: OrderStatus; var priority: OrderPriority; var promised: String?; var total: Int64; var currency: String }

    static func filters(_ req: Request) throws -> (grouping: Grouping, where: SQLQueryString, today: CalendarDay) {
        let grouping = Grouping(rawValue: req.query[String.self, at: "group"] ?? "due") ?? .due
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let day = calendar.day(of: Date())
        let today = day.description
        var sql: SQLQueryString = "o.\(unsafeRaw: AddOrderListIndexes.openOrders)"
        if let s = req.query[String.self, at: "status"], let status = OrderStatus(rawValue: s), openStatuses.contains(status) { sql = sql + " AND o.status = \(bind: s)" }
        if let p = req.query[String.self, at: "priority"], OrderPriority(rawValue: p) != nil { sql = sql + " AND o.priority = \(bind: p)" }
        if let seg = req.query[String.self, at: "segment_id"].flatMap(UUID.init(uuidString:)) { sql = sql + " AND o.segment_id = \(bind: seg)" }
        if let m = req.query[String.self, at: "manager_id"].flatMap(UUID.init(uuidString:)) { sql = sql + " AND o.manager_id = \(bind: m)" }
        if req.query[String.self, at: "late"] == "1" { sql = sql + " AND o.promised_day < \(bind: today)" }
        return (grouping, sql, day)
    }

    static func groups(_ req: Request) async throws -> (Grouping, [Group], CalendarDay) {
        let (grouping, filter, day) = try filters(req)
        let today = day.description, riskDay = day.adding(days: atRiskDays).description
        let lang = req.language
        // Totals come off the portfolio index; names are joined to the few groups afterwards.
        let (key, label, join): (String, String, String) = switch grouping {
        case .due: ("COALESCE(o.promised_day, '')", "g.k", "")
        case .client: ("o.client_id", "c.name", "LEFT JOIN clients c ON c.id = g.k")
        case .segment: ("o.segment_id", lang == .ru ? "s.name_ru" : "s.name_en", "LEFT JOIN segments s ON s.id = g.k")
        case .manager: ("o.manager_id", "COALESCE(u.display_name, '—')", "LEFT JOIN users u ON u.id = g.k")
        case .status: ("o.status", "g.k", "")
        case .priority: ("o.priority_rank", "g.priority", "")
        }
        let order = grouping == .priority ? "g.k DESC" : grouping == .due ? "g.k" : "g.n DESC"
        let sql: SQLQueryString = """
            SELECT g.k AS k, \(unsafeRaw: label) AS label, g.n AS n, g.total AS total, g.late AS late, g.at_risk AS at_risk
            FROM (SELECT \(unsafeRaw: key) AS k, MIN(o.priority) AS priority, COUNT(*) AS n, CAST(COALESCE(SUM(o.total_minor), 0) AS BIGINT) AS total,
                    SUM(CASE WHEN o.promised_day < \(bind: today) THEN 1 ELSE 0 END) AS late,
                    SUM(CASE WHEN o.promised_day >= \(bind: today) AND o.promised_day <= \(bind: riskDay) THEN 1 ELSE 0 END) AS at_risk
                  FROM orders o WHERE \(filter) GROUP BY \(unsafeRaw: key)) g \(unsafeRaw: join)
            ORDER BY \(unsafeRaw: order)
            LIMIT 500
            """
        let rows = try await req.db.sql.raw(sql).all()
        let groups = try rows.map { row -> Group in
            var label = try row.decode(column: "label", as: String?.self) ?? "—"
            if grouping == .status { label = OrderStatus(rawValue: label)?.name(lang) ?? label }
            if grouping == .priority { label = OrderPriority(rawValue: label)?.name(lang) ?? label }
            if grouping == .due, label.isEmpty { label = lang.t("no date", "без срока") }
            return Group(key: "\(label)", label: label, count: try row.decode(column: "n", as: Int.self), total: try row.decode(column: "total", as: Int64.self),
                         late: try row.decode(column: "late", as: Int?.self) ?? 0, atRisk: try row.decode(column: "at_risk", as: Int?.self) ?? 0)
        }
        return (grouping, groups, day)
    }

    /// The most urgent orders first: by due date, then priority.
    static func urgent(_ req: Request, limit: Int = 200) async throws -> [Row] {
        let (_, filter, _) = try filters(req)
        // The urgent few are picked off the portfolio index first; only they are read in full.
        let rows = try await req.db.sql.raw("""
            SELECT o.id, o.number, c.name AS client, o.status, o.priority, o.promised_day, o.total_minor, o.currency
            FROM (SELECT o.id AS oid, CASE WHEN o.promised_day IS NULL THEN 1 ELSE 0 END AS undated, o.promised_day AS due, o.priority_rank AS rank
                  FROM orders o WHERE \(filter)
                  ORDER BY undated, due, rank DESC, o.id LIMIT \(literal: limit)) t
            JOIN orders o ON o.id = t.oid JOIN clients c ON c.id = o.client_id
            ORDER BY t.undated, t.due, t.rank DESC, o.id
            """).all()
        return try rows.map {
            Row(id: try $0.decode(column: "id", as: UUID.self), number: try $0.decode(column: "number", as: String.self),
                client: try $0.decode(column: "client", as: String.self), status: OrderStatus(rawValue: try $0.decode(column: "status", as: String.self)) ?? .received,
                priority: OrderPriority(rawValue: try $0.decode(column: "priority", as: String.self)) ?? .normal,
                promised: try $0.decode(column: "promised_day", as: String?.self), total: try $0.decode(column: "total_minor", as: Int64.self),
                currency: try $0.decode(column: "currency", as: String.self))
        }
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let (grouping, groups, day) = try await groups(req)
        let today = day.description, riskDay = day.adding(days: atRiskDays).description
        let orders = try await urgent(req)
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
            return "<tr><td>\(g.label)</td><td class=\"num\">\(g.count)</td><td class=\"num\">\(Money.format(g.total, "UAH"))</td><td>\(late)</td><td>\(risk)</td></tr>"
        }.joined
        let orderRows = orders.map { o -> HTML in
            let flag: HTML = (o.promised ?? "9999") < today ? HTML(" <span class=\"badge bad\">\(lang.t("late", "просрочен"))</span>")
                : (o.promised ?? "9999") <= riskDay ? HTML(" <span class=\"badge warn\">\(lang.t("at risk", "под угрозой"))</span>") : ""
            return "<tr><td><a href=\"\(PageRoute.Orders.order(o.id))\">\(o.number)</a>\(flag)</td><td>\(o.client)</td><td>\(o.status.name(lang))</td><td>\(o.priority.name(lang))</td><td>\(o.promised ?? "—")</td><td class=\"num\">\(Money.format(o.total, o.currency))</td></tr>"
        }.joined
        let query = req.url.query.map { "?" + $0 } ?? ""
        let content: HTML = """
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
        return Layout(title: lang.t("Order portfolio", "Портфель заказов"), request: req).render(content)
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
