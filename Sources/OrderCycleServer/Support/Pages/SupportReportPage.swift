import Foundation
import OrderCycleCore
import Vapor

/// How support kept its promises over a period (`SupportReportQueries`): the figures in all, then
/// by priority, category, segment and operator, each with a bar of its breach rate; the period
/// chosen with two dates. The same figures as `GET /api/v1/support/report`.
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

    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        let minutes = Int((seconds / 60).rounded())
        return minutes >= 60 ? "\(minutes / 60)h \(minutes % 60)m" : "\(minutes)m"
    }

    static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
    }

    static func table(_ id: String, _ title: String, _ rows: [SupportReportQueries.Row], name: (String) -> String, lang: Language) -> HTML {
        let body = rows.map { r -> HTML in
            let width = Int((r.breach_rate * 100).rounded())
            return """
            <tr><th scope="row">\(name(r.key))</th><td>\(r.tickets)</td>
            <td><span class="bar" data-width="\(width)"><meter min="0" max="100" value="\(width)"></meter></span> \(percent(r.breach_rate))</td>
            <td>\(duration(r.first_response.mean_seconds)) / \(duration(r.first_response.median_seconds.map(Double.init))) / \(duration(r.first_response.p90_seconds.map(Double.init)))</td>
            <td>\(duration(r.resolution.mean_seconds)) / \(duration(r.resolution.median_seconds.map(Double.init))) / \(duration(r.resolution.p90_seconds.map(Double.init)))</td>
            <td>\(r.csat_mean.map { String(format: "%.1f", $0) } ?? "—") (\(percent(r.csat_satisfied)))</td><td>\(percent(r.fcr_rate))</td></tr>
            """
        }.joined
        return """
        <h2>\(title)</h2>
        <div class="table-wrap"><table id="\(id)"><thead><tr><th></th><th>\(lang.t("Tickets", "Заявки"))</th><th>\(lang.t("Breached", "Нарушен SLA"))</th>
        <th>\(lang.t("First response: mean / median / p90", "Первый ответ: среднее / медиана / p90"))</th>
        <th>\(lang.t("Resolution: mean / median / p90", "Решение: среднее / медиана / p90"))</th>
        <th>CSAT</th><th>FCR</th></tr></thead><tbody>\(body)</tbody></table></div>
        """
    }

    static func view(_ r: SupportReportQueries.Report, notice: HTML, lang: Language) -> HTML {
        let o = r.overall
        return """
        <div class="support report-page">
        <h1>\(lang.t("Support report", "Отчёт поддержки"))</h1>
        \(notice)
        <form method="get" action="\(PageRoute.Support.report())" class="filters" id="report-period">
          <label for="from">\(lang.t("From", "С"))</label><input type="date" id="from" name="from" value="\(r.from)">
          <label for="to">\(lang.t("To", "По"))</label><input type="date" id="to" name="to" value="\(r.to)">
          <button type="submit" class="button secondary">\(lang.t("Show", "Показать"))</button>
        </form>
        <div class="grid" id="report-summary">
          <section class="card"><h2>\(lang.t("Tickets", "Заявки"))</h2><p class="figure" id="report-tickets">\(o.tickets)</p></section>
          <section class="card"><h2>\(lang.t("Breach rate", "Доля нарушений SLA"))</h2><p class="figure" id="report-breach-rate">\(percent(o.breach_rate))</p></section>
          <section class="card"><h2>CSAT</h2><p class="figure" id="report-csat">\(o.csat_mean.map { String(format: "%.1f", $0) } ?? "—")</p>
            <p class="muted">\(lang.t("rated 4–5", "оценки 4–5")): \(percent(o.csat_satisfied)) · \(o.ratings) \(lang.t("ratings", "оценок"))</p></section>
          <section class="card"><h2>FCR</h2><p class="figure" id="report-fcr">\(percent(o.fcr_rate))</p>
            <p class="muted">\(lang.t("resolved with one reply", "решены одним ответом")): \(o.first_contact_resolved) / \(o.resolved)</p></section>
        </div>
        \(table("report-priority", lang.t("By priority", "По приоритету"), r.by_priority, name: { (Priority(rawValue: $0) ?? .normal).name(lang) }, lang: lang))
        \(table("report-category", lang.t("By category", "По категории"), r.by_category, name: { $0.isEmpty ? lang.t("(none)", "(нет)") : $0 }, lang: lang))
        \(table("report-segment", lang.t("By segment", "По сегменту"), r.by_segment, name: { $0 }, lang: lang))
        \(table("report-operator", lang.t("By operator", "По оператору"), r.by_operator, name: { $0.isEmpty ? lang.t("(unassigned)", "(не назначена)") : $0 }, lang: lang))
        </div>
        """
    }
}
