import Foundation
import OrderCycleCore
import Vapor

/// How support kept its promises over a period (`SupportReportQueries`): the figures in all, then
/// by priority, category, segment and operator, each dimension with SVG charts of its breach rate
/// and its response and resolution times (median, p90) and a table; every figure and bar links to
/// the tickets it counts (`SupportReportTicketsPage`). The period is chosen with two dates. The
/// same figures as `GET /api/v1/support/report`.
enum SupportReportPage {
    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        var notice: HTML = ""
        var period: (from: CalendarDay, to: CalendarDay)
        do { period = try SupportAPI.period(req) } catch let problem as Problem {
            notice = SupportPageParts.notice(problem)
            let today = CompanyCalendar(timeZone: req.application.appConfig.timeZone).day(of: req.clock.now())
            period = (today.adding(days: -29), today)
        }
        let report = try await SupportReportQueries.report(from: period.from, to: period.to, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), on: req.db)
        let content = view(report, notice: notice, lang: lang)
        return Layout(title: lang.t("Support report", "Отчёт поддержки"), request: req).render(content)
    }

    /// A response or resolution time to the minute, in the reader's units ("1 h 5 min", "1 ч 5 мин").
    static func duration(_ seconds: Double?, lang: Language) -> String {
        guard let seconds else { return "—" }
        return SupportPageParts.span(minutes: Int((seconds / 60).rounded()), lang: lang)
    }

    static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
    }

    /// Where a figure drills down to: the tickets of the period in that group that it counts.
    static func drill(_ r: SupportReportQueries.Report, _ dimension: SupportReportQueries.Dimension, _ key: String,
                      _ measure: SupportReportQueries.Measure) -> String {
        "\(PageRoute.Support.reportTickets())?from=\(r.from)&to=\(r.to)&dimension=\(dimension.rawValue)&key=\(key.formEncodedQuality)&measure=\(measure.rawValue)"
    }

    static func link(_ text: String, _ href: String) -> HTML { "<a href=\"\(href)\">\(text)</a>" }

    static func table(_ id: String, _ title: String, _ report: SupportReportQueries.Report, _ dimension: SupportReportQueries.Dimension,
                      _ rows: [SupportReportQueries.Row], name: (String) -> String, lang: Language) -> HTML {
        let body = rows.map { r -> HTML in
            func to(_ m: SupportReportQueries.Measure) -> String { drill(report, dimension, r.key, m) }
            func times(_ d: SupportReportQueries.DurationStats, _ m: SupportReportQueries.Measure) -> HTML {
                d.count == 0 ? "—" : link("\(duration(d.mean_seconds, lang: lang)) / \(duration(d.median_seconds.map(Double.init), lang: lang)) / \(duration(d.p90_seconds.map(Double.init), lang: lang))", to(m))
            }
            return """
            <tr><th scope="row">\(name(r.key))</th><td>\(link(String(r.tickets), to(.tickets)))</td>
            <td>\(link("\(percent(r.breach_rate)) (\(r.breached))", to(.breached)))</td>
            <td>\(times(r.first_response, .responded))</td><td>\(times(r.resolution, .resolution))</td>
            <td>\(r.ratings == 0 ? "—" : link("\(r.csat_mean.map { String(format: "%.1f", $0) } ?? "—") (\(percent(r.csat_satisfied)))", to(.rated)))</td>
            <td>\(r.resolved == 0 ? "—" : link("\(percent(r.fcr_rate)) (\(r.first_contact_resolved)/\(r.resolved))", to(.fcr)))</td></tr>
            """
        }.joined
        let breach = SupportCharts.bars(
            id: "\(id)-breach-chart", title: title + " · " + lang.t("breach rate", "доля нарушений SLA"),
            groups: rows.map { r in .init(label: name(r.key), bars: [.init(value: r.breach_rate * 100, text: "\(percent(r.breach_rate)) (\(r.breached)/\(r.tickets))", href: drill(report, dimension, r.key, .breached), tone: "breach")]) },
            legend: [], maximum: 100, lang: lang)
        func timeChart(_ suffix: String, _ label: String, _ stats: (SupportReportQueries.Row) -> SupportReportQueries.DurationStats, _ m: SupportReportQueries.Measure) -> HTML {
            SupportCharts.bars(
                id: "\(id)-\(suffix)-chart", title: title + " · " + label,
                groups: rows.map { r in
                    let d = stats(r)
                    return .init(label: name(r.key), bars: [
                        .init(value: d.median_seconds.map(Double.init), text: lang.t("median ", "медиана ") + duration(d.median_seconds.map(Double.init), lang: lang), href: drill(report, dimension, r.key, m), tone: "median"),
                        .init(value: d.p90_seconds.map(Double.init), text: "p90 " + duration(d.p90_seconds.map(Double.init), lang: lang), href: drill(report, dimension, r.key, m), tone: "p90"),
                    ])
                },
                legend: [(tone: "median", label: lang.t("median", "медиана")), (tone: "p90", label: "p90")], lang: lang)
        }
        return """
        <section class="report-dimension" id="\(id)-section"><h2>\(title)</h2>
        <div class="support-charts">\(breach)\(timeChart("first-response", lang.t("first response", "первый ответ"), \.first_response, .responded))\(timeChart("resolution", lang.t("resolution", "решение"), \.resolution, .resolution))</div>
        <div class="table-wrap"><table id="\(id)"><thead><tr><th></th><th>\(lang.t("Tickets", "Заявки"))</th><th>\(lang.t("Breached", "Нарушен SLA"))</th>
        <th>\(lang.t("First response: mean / median / p90", "Первый ответ: среднее / медиана / p90"))</th>
        <th>\(lang.t("Resolution: mean / median / p90", "Решение: среднее / медиана / p90"))</th>
        <th>CSAT</th><th>FCR</th></tr></thead><tbody>\(body)</tbody></table></div></section>
        """
    }

    static func name(_ dimension: SupportReportQueries.Dimension, _ key: String, lang: Language) -> String {
        switch dimension {
        case .overall: lang.t("All tickets", "Все заявки")
        case .priority: (Priority(rawValue: key) ?? .normal).name(lang)
        case .category: key.isEmpty ? lang.t("(none)", "(нет)") : key
        case .segment: key
        case .operator: key.isEmpty ? lang.t("(unassigned)", "(не назначена)") : key
        }
    }

    static func view(_ r: SupportReportQueries.Report, notice: HTML, lang: Language) -> HTML {
        let o = r.overall
        func all(_ m: SupportReportQueries.Measure) -> String { drill(r, .overall, "all", m) }
        return """
        <div class="support report-page">
        <h1>\(lang.t("Support report", "Отчёт поддержки"))</h1>
        \(notice)
        <form method="get" action="\(PageRoute.Support.report())" class="filters" id="report-period">
          <label for="from">\(lang.t("From", "С"))</label><input type="date" id="from" name="from" value="\(r.from)">
          <label for="to">\(lang.t("To", "По"))</label><input type="date" id="to" name="to" value="\(r.to)">
          <button type="submit" class="button secondary">\(lang.t("Show", "Показать"))</button>
        </form>
        <p class="muted">\(lang.t("The tickets opened in the period. Every figure and bar leads to the tickets it counts.", "Заявки, открытые за период. Каждая цифра и столбец ведут к заявкам, которые они считают."))</p>
        <div class="grid" id="report-summary">
          <section class="card"><h2>\(lang.t("Tickets", "Заявки"))</h2><p class="figure" id="report-tickets">\(link(String(o.tickets), all(.tickets)))</p></section>
          <section class="card"><h2>\(lang.t("Breach rate", "Доля нарушений SLA"))</h2><p class="figure" id="report-breach-rate">\(link(percent(o.breach_rate), all(.breached)))</p>
            <p class="muted">\(o.breached) / \(o.tickets)</p></section>
          <section class="card"><h2>CSAT</h2><p class="figure" id="report-csat">\(o.ratings == 0 ? "—" : link(o.csat_mean.map { String(format: "%.1f", $0) } ?? "—", all(.rated)))</p>
            <p class="muted">\(lang.t("rated 4–5", "оценки 4–5")): \(percent(o.csat_satisfied)) · \(o.ratings) \(lang.t("ratings", "оценок"))</p></section>
          <section class="card"><h2>FCR</h2><p class="figure" id="report-fcr">\(o.resolved == 0 ? "—" : link(percent(o.fcr_rate), all(.fcr)))</p>
            <p class="muted">\(lang.t("resolved with one reply", "решены одним ответом")): \(o.first_contact_resolved) / \(link(String(o.resolved), all(.resolved)))</p></section>
        </div>
        \(table("report-priority", lang.t("By priority", "По приоритету"), r, .priority, r.by_priority, name: { name(.priority, $0, lang: lang) }, lang: lang))
        \(table("report-category", lang.t("By category", "По категории"), r, .category, r.by_category, name: { name(.category, $0, lang: lang) }, lang: lang))
        \(table("report-segment", lang.t("By segment", "По сегменту"), r, .segment, r.by_segment, name: { name(.segment, $0, lang: lang) }, lang: lang))
        \(table("report-operator", lang.t("By operator", "По оператору"), r, .operator, r.by_operator, name: { name(.operator, $0, lang: lang) }, lang: lang))
        </div>
        """
    }
}
