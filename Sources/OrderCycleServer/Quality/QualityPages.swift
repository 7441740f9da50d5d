import Foundation
import OrderCycleCore
import Vapor

/// The service-quality dashboard: every indicator with value, target, direction, status and
/// trend, the figures per group with breaches in red, the cycle times, and the exports.
enum QualityPages {
    static let readers = QualityAPI.readers

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Quality.dashboard, access: readers) { req in try await dashboard(req, printable: false) }
        routes.endpoint(.GET, PageRoute.Quality.print, access: readers) { req in try await dashboard(req, printable: true) }
        routes.endpoint(.GET, PageRoute.Quality.csv, access: readers, use: csv)
        routes.endpoint(.GET, PageRoute.Quality.json, access: readers, use: json)
    }

    static func dashboard(_ req: Request, printable: Bool) async throws -> Response {
        let lang = req.language
        var parameters: QualityParameters
        do { parameters = try QualityParameters(req, lang: lang) } catch let problem as Problem {
            return wrongQuestion(req, problem: problem, lang: lang)
        }
        // Unasked, the dashboard shows this month once an order has been received or a service
        // request filed, given or decided in it, and the last complete month before that (on
        // the 1st, this month has nothing to judge).
        var fellBack = false
        if !parameters.periodGiven, !(try await QualityRecords.anyReceived(in: parameters.period, on: req.db)),
           !(try await QualityServiceRequests.anyActive(in: parameters.period, calendar: parameters.calendar, on: req.db)) {
            parameters.period = parameters.period.previous
            fellBack = true
        }
        let report = try await QualityReport.build(req, parameters)
        let periods = report.trendPeriods.map(\.label)
        let q = parameters.query

        let cards = QualityIndicator.allCases.map { indicator -> HTML in
            let total = report.total
            let value = total.values[indicator] ?? .noData
            let standard = total.standard.standard(indicator)
            let status: HTML = value.isNoData ? "<span class=\"badge\">\(lang.t("no data", "нет данных"))</span>" : QualityFormat.status(total.status(indicator), lang: lang)
            let breach: HTML = total.status(indicator) == .breach ? " breach" : ""
            let why = QualityPages.why(indicator, value: value, figures: total, lang: lang)
            return """
            <section class="card indicator\(breach)" id="indicator-\(indicator.rawValue)">
              <h3><span class="symbol">\(indicator.symbol)</span> \(indicator.name(lang))</h3>
              <p class="figure"><a href="\(PageRoute.Quality.records(indicator, query: q, serviceRequests: total.fromServiceRequests))">\(QualityFormat.value(value, indicator, lang: lang))</a> \(status)</p>\(why)\(source(indicator, figures: total, lang: lang))
              <p class="muted">\(lang.t("Target", "Цель")): \(QualityFormat.threshold(standard?.target, indicator, lang: lang)) · \(lang.t("alert", "тревога")): \(QualityFormat.threshold(standard?.alertThreshold, indicator, lang: lang)) · \(QualityFormat.direction(indicator, lang: lang))</p>
              \(QualityCharts.trend(total.trend[indicator] ?? [], periods: periods, indicator: indicator, standard: standard, lang: lang))
            </section>
            """
        }.joined

        let groupTable: HTML = report.groups.isEmpty ? "" : groupsTable(report, parameters: parameters, lang: lang)
        let stageRows = report.stages.map { s -> HTML in
            let mark: HTML = s.stage == report.bottleneck ? " class=\"bottleneck\"" : ""
            return "<tr\(mark)><td>\(s.stage.name(lang)) (\(s.stage.symbol(lang)))</td><td>\(s.orders)</td><td>\(QualityFormat.duration(s.meanSeconds, lang: lang))</td><td>\(QualityFormat.share(s.meanShare, lang: lang))</td></tr>"
        }.joined
        let cycle = report.total.cycle
        let interruptionWhy: HTML = cycle.interruptionShare == nil && cycle.orders > 0 ? "<p class=\"muted no-data-reason\">\(QualityNoData.interruptions(lang: lang))</p>" : ""
        let title = lang.t("Service quality", "Качество обслуживания")
        let controls: HTML = printable ? "" : """
        <form method="get" action="\(PageRoute.Quality.dashboard())" class="card filters no-print">
          <div class="filter-row">
            <div>\(FormField.input(name: "period", label: lang.t("Period: 2026-03, 2026-Q1, 2026 or 2026-01-05..2026-02-10", "Период: 2026-03, 2026-Q1, 2026 или 2026-01-05..2026-02-10"), value: parameters.period.label, error: nil))</div>
            <div>\(FormField.select(name: "group", label: lang.t("Group by", "Группировать по"), options: QualityGrouping.allCases.map { ($0.rawValue, $0.name(lang)) }, selected: parameters.grouping.rawValue, error: nil))</div>
          </div>
          <p><button type="submit" class="primary" id="show-quality">\(lang.t("Show", "Показать"))</button>
          \(quickLinks(parameters, lang: lang))</p>
        </form>
        <p class="no-print actions">
          <a href="\(PageRoute.Quality.print())?\(q)">\(lang.t("Printable view", "Версия для печати"))</a> ·
          <a href="\(PageRoute.Quality.csv())?\(q)">CSV</a> · <a href="\(PageRoute.Quality.json())?\(q)">JSON</a> ·
          <a href="\(PageRoute.Quality.standards())">\(lang.t("Service standards", "Стандарты обслуживания"))</a> ·
          <a href="\(PageRoute.Quality.cost())?\(q)">\(lang.t("Cost of service against losses", "Затраты на сервис и потери"))</a>
        </p>
        """
        let scope: HTML = parameters.selection.key.map { key in
            let label = report.groups.first?.label ?? key
            return "<p>\(parameters.grouping.name(lang)): <strong>\(label)</strong> · <a href=\"\(PageRoute.Quality.dashboard())?period=\(parameters.period.label.formEncodedQuality)&group=\(parameters.grouping.rawValue)\">\(lang.t("all groups", "все группы"))</a></p>"
        } ?? ""
        let content: HTML = """
        <div class="quality\(printable ? " printable" : "")">
        <h1>\(title) · \(parameters.period.label)</h1>
        <p class="muted">\(report.period.first.description) — \(report.period.last.description) · \(lang.t("orders", "заказов")): <a href="\(PageRoute.Quality.orders())?\(q)">\(report.total.orders)</a> · \(lang.t("consumers", "потребителей")): \(report.total.consumers) · \(lang.t("grouped by", "группировка")): \(parameters.grouping.name(lang))</p>
        \(scope)
        \(fellBack ? HTML("<p class=\"notice\" id=\"last-complete-month\">\(lang.t("No order has been received this month yet, so the last complete month is shown.", "В этом месяце заказов ещё не поступало, поэтому показан последний полный месяц."))</p>") : "")
        \(report.total.orders == 0 ? HTML("<p class=\"notice\" id=\"no-data-yet\">\(lang.t("No data yet: no order was received in this period, so no indicator is judged.", "Данных пока нет: за этот период заказы не поступали, поэтому показатели не оцениваются."))</p>") : "")
        \(controls)
        <div class="grid indicators">\(cards)</div>
        \(groupTable)
        \(try await ServiceFiguresSection.html(req, from: report.period.first, to: report.period.last))
        <h2>\(lang.t("Order cycle time", "Длительность цикла заказа"))</h2>
        <div class="grid">
          <section class="card"><h3>\(lang.t("Mean cycle", "Средний цикл"))</h3><p class="figure"><a href="\(PageRoute.Quality.orders())?\(q)&indicator=cycle">\(QualityFormat.duration(cycle.meanSeconds, lang: lang))</a></p><p class="muted">\(lang.t("over", "по")) \(lang.count(cycle.orders, en: ("completed order", "completed orders"), ru: ("завершённому заказу", "завершённым заказам", "завершённым заказам")))</p></section>
          <section class="card"><h3>\(lang.t("Share of interruptions (T_per)", "Доля перерывов (Тпер)"))</h3><p class="figure">\(QualityFormat.share(cycle.interruptionShare, lang: lang))</p>\(interruptionWhy)</section>
          <section class="card"><h3>\(lang.t("Bottleneck stage", "Узкое место"))</h3><p class="figure">\(QualityFormat.stage(report.bottleneck, lang: lang))</p></section>
        </div>
        <div class="table-wrap"><table>
          <thead><tr><th>\(lang.t("Stage", "Этап"))</th><th>\(lang.t("Orders", "Заказов"))</th><th>\(lang.t("Mean duration", "Средняя длительность"))</th><th>\(lang.t("Mean share of the cycle", "Средняя доля цикла"))</th></tr></thead>
          <tbody>\(stageRows)</tbody>
        </table></div>
        </div>
        """
        return Layout(title: title, request: req).render(content)
    }

    /// Under an indicator's figure: why it has no data, or for R which components it was computed from.
    static func why(_ indicator: QualityIndicator, value: IndicatorValue, figures: GroupFigures, lang: Language) -> HTML {
        if value.isNoData { return "<p class=\"muted no-data-reason\">\(QualityNoData.reason(indicator, lang: lang, serviceRequests: figures.fromServiceRequests))</p>" }
        guard indicator == .serviceReliability else { return "" }
        let used = QualityNoData.reliabilityComponents(figures.values, weights: figures.standard.weights)
        return "<p class=\"muted reliability-components\">\(lang.t("From", "По")) \(used.map(\.symbol).joined(separator: ", "))\(used.count < QualityIndicator.reliabilityComponents.count ? lang.t(" only: the others have no data", " — у остальных нет данных") : "")</p>"
    }

    /// Under η and F: that they were counted from the clients' service requests, where they were.
    static func source(_ indicator: QualityIndicator, figures: GroupFigures, lang: Language) -> HTML {
        guard figures.fromServiceRequests, QualityServiceRequests.indicators.contains(indicator) else { return "" }
        return "<p class=\"muted from-service-requests\">\(lang.t("From the clients' service requests", "По сервисным заявкам клиентов"))</p>"
    }

    static func quickLinks(_ parameters: QualityParameters, lang: Language) -> HTML {
        let today = parameters.today
        let links: [(String, String)] = [
            (QualityPeriod.containing(today, kind: .month).label, lang.t("this month", "этот месяц")),
            (QualityPeriod.containing(today, kind: .month).previous.label, lang.t("last month", "прошлый месяц")),
            (QualityPeriod.containing(today, kind: .quarter).label, lang.t("this quarter", "этот квартал")),
            (QualityPeriod.containing(today, kind: .year).label, lang.t("this year", "этот год")),
        ]
        return links.map { period, label -> HTML in
            " <a href=\"\(PageRoute.Quality.dashboard())?period=\(period)&group=\(parameters.grouping.rawValue)\">\(label)</a>"
        }.joined
    }

    static func groupsTable(_ report: QualityReport, parameters: QualityParameters, lang: Language) -> HTML {
        let head = QualityIndicator.allCases.map { i -> HTML in "<th title=\"\(i.name(lang))\">\(i.symbol)</th>" }.joined
        let rows = report.groups.map { group -> HTML in
            let narrowed = parameters.narrowed(to: group.key)
            let cells = QualityIndicator.allCases.map { indicator -> HTML in
                let status = group.status(indicator)
                let css: HTML = status == .breach ? " class=\"breach\"" : status == .warning ? " class=\"warning\"" : ""
                return "<td\(css)><a href=\"\(PageRoute.Quality.records(indicator, query: narrowed, serviceRequests: group.fromServiceRequests))\">\(QualityFormat.value(group.values[indicator] ?? .noData, indicator, lang: lang))</a></td>"
            }.joined
            return "<tr><th scope=\"row\"><a href=\"\(PageRoute.Quality.dashboard())?\(narrowed)\">\(group.label)</a></th><td><a href=\"\(PageRoute.Quality.orders())?\(narrowed)\">\(group.orders)</a></td><td>\(QualityFormat.duration(group.cycle.meanSeconds, lang: lang))</td>\(cells)</tr>"
        }.joined
        return """
        <h2>\(lang.t("By", "По")) \(parameters.grouping.name(lang).lowercased())</h2>
        <div class="table-wrap"><table class="quality-groups">
          <thead><tr><th>\(parameters.grouping.name(lang))</th><th>\(lang.t("Orders", "Заказов"))</th><th>\(lang.t("Mean cycle", "Средний цикл"))</th>\(head)</tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        <p class="muted">\(lang.t("Red: beyond the alert threshold of the segment's standard; yellow: worse than its target.", "Красным — за порогом тревоги стандарта сегмента; жёлтым — хуже цели."))</p>
        """
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let parameters = try QualityParameters(req)
        let dto = QualityDashboardDTO(try await QualityReport.build(req, parameters), lang: req.language)
        let response = try await dto.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"quality-\(parameters.period.label).json\"")
        return response
    }

    /// One line per group and indicator: the figures an analyst loads into a spreadsheet.
    @Sendable static func csv(req: Request) async throws -> Response {
        let parameters = try QualityParameters(req)
        let report = try await QualityReport.build(req, parameters)
        // Every figure column holds one unit, the fraction 0…1 (P too), as its header says.
        var lines = ["period,grouping,group_key,group,indicator,symbol,value_fraction,target_fraction,alert_threshold_fraction,status,orders,consumers"]
        for group in [report.total] + report.groups {
            for indicator in QualityIndicator.allCases {
                let standard = group.standard.standard(indicator)
                let fields: [String] = [
                    report.period.label, report.grouping.rawValue, group.key, group.label, indicator.rawValue, indicator.symbol,
                    group.values[indicator]?.value.map { String(QualityFormat.fraction($0, indicator)) } ?? "",
                    standard.map { String(QualityFormat.fraction($0.target, indicator)) } ?? "",
                    standard.map { String(QualityFormat.fraction($0.alertThreshold, indicator)) } ?? "", group.status(indicator)?.rawValue ?? "", String(group.orders), String(group.consumers),
                ]
                lines.append(fields.map(csvField).joined(separator: ","))
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"quality-\(parameters.period.label).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: lines.joined(separator: "\r\n") + "\r\n"))
    }

    /// RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet shows text.
    static func csvField(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A period, grouping or key the dashboard cannot read: the form again, as typed, with the
    /// message beside the field in the reader's language.
    static func wrongQuestion(_ req: Request, problem: Problem, lang: Language) -> Response {
        var errors: [String: String] = [:]
        for e in problem.errors ?? [] where errors[e.field] == nil { errors[e.field] = e.message }
        let typedGroup = req.query[String.self, at: "group"] ?? QualityGrouping.all.rawValue
        let title = lang.t("Service quality", "Качество обслуживания")
        let content: HTML = """
        <div class="quality">
        <h1>\(title)</h1>
        <p class="notice bad" role="alert">\(lang.t("The dashboard cannot show this: see the fields below.", "Такой отчёт показать нельзя: смотрите поля ниже."))</p>
        <form method="get" action="\(PageRoute.Quality.dashboard())" class="card filters no-print">
          <div class="filter-row">
            <div>\(FormField.input(name: "period", label: lang.t("Period: 2026-03, 2026-Q1, 2026 or 2026-01-05..2026-02-10", "Период: 2026-03, 2026-Q1, 2026 или 2026-01-05..2026-02-10"), value: req.query[String.self, at: "period"] ?? "", error: errors["period"]))</div>
            <div>\(FormField.select(name: "group", label: lang.t("Group by", "Группировать по"), options: QualityGrouping.allCases.map { ($0.rawValue, $0.name(lang)) }, selected: typedGroup, error: errors["group"] ?? errors["key"]))</div>
          </div>
          <p><button type="submit" class="primary" id="show-quality">\(lang.t("Show", "Показать"))</button></p>
        </form>
        </div>
        """
        return Layout(title: title, request: req).render(content, status: .unprocessableEntity)
    }
}
