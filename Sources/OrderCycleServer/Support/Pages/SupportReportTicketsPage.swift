import Foundation
import OrderCycleCore
import Vapor

/// The tickets behind one figure of the support report: opened in the period, in one group of a
/// dimension (`dimension`, `key`: a priority, category, segment code or operator's name; empty
/// for "none"), and counted by that figure (`measure`). The same list as
/// `GET /api/v1/support/report/tickets`.
enum SupportReportTicketsPage {
    struct Query: Sendable {
        var from: CalendarDay
        var to: CalendarDay
        var dimension: SupportReportQueries.Dimension
        var key: String
        var measure: SupportReportQueries.Measure

        /// Read from the query string; every unreadable field named at once.
        static func read(_ req: Request) throws -> Query {
            let (from, to) = try SupportAPI.period(req)
            var filters = ListFilters(req)
            let dimension = filters.choice("dimension", SupportReportQueries.Dimension.self) ?? .overall
            let measure = filters.choice("measure", SupportReportQueries.Measure.self) ?? .tickets
            try filters.check()
            // The key may be empty: the group of tickets without a category or an operator.
            let key = req.query[String.self, at: "key"]
            if dimension != .overall {
                guard let key else { throw Problem.field("key", req.language.t("is required with a dimension", "обязательно вместе с dimension")) }
                guard key.count <= 200 else { throw Problem.field("key", req.language.t("must be at most 200 characters", "не длиннее 200 символов")) }
            }
            return Query(from: from, to: to, dimension: dimension, key: key ?? "all", measure: measure)
        }

        func tickets(_ req: Request) async throws -> [TicketDTO] {
            try await SupportReportQueries.tickets(from: from, to: to, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone),
                                                   dimension: dimension, key: key, measure: measure, reading: try SupportAPI.reading(req), on: req.db)
        }
    }

    /// The API's answer: the tickets, at most `SupportReportQueries.drillLimit`.
    @Sendable static func api(req: Request) async throws -> Page<TicketDTO> {
        Page(items: try await Query.read(req).tickets(req), next_cursor: nil)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        let query: Query
        do { query = try Query.read(req) } catch let problem as Problem {
            let content: HTML = """
            <div class="support report-tickets-page"><p class="crumbs"><a href="\(PageRoute.Support.report())">\(lang.t("Support report", "Отчёт поддержки"))</a></p>
            \(SupportPageParts.notice(problem))\(problem.errors.map { errors in errors.map { "<p class=\"field-error\">\($0.field): \($0.message)</p>" as HTML }.joined } ?? "")</div>
            """
            return Layout(title: lang.t("Support report", "Отчёт поддержки"), request: req).render(content, status: problem.httpStatus)
        }
        let tickets = try await query.tickets(req)
        let clock = PageMoments(req)
        let now = req.clock.now()
        let rows = tickets.map { t -> HTML in
            """
            <tr data-ticket="\(t.id)"><td>\(SupportPageParts.priority(t.priority, lang: lang))</td>
            <td><a href="\(PageRoute.Support.ticket(t.id))">\(t.subject)</a></td><td>\(t.client_name)</td>
            <td>\(SupportPageParts.status(t.status, lang: lang))</td><td>\(t.assignee_name ?? "—")</td>
            <td class="nowrap">\(SupportPageParts.sla(t, now: now, lang: lang))</td><td>\(t.rating.map { "\($0) / 5" } ?? "—")</td>
            <td class="nowrap">\(clock.show(t.created_at))</td></tr>
            """
        }.joined
        let table: HTML = tickets.isEmpty
            ? "<p class=\"muted\" id=\"drill-empty\">\(lang.t("No tickets.", "Заявок нет."))</p>"
            : """
            <div class="table-wrap"><table id="drill-tickets"><thead><tr><th>\(lang.t("Priority", "Приоритет"))</th><th>\(lang.t("Subject", "Тема"))</th>
            <th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Assignee", "Исполнитель"))</th>
            <th>SLA</th><th>\(lang.t("Rating", "Оценка"))</th><th>\(lang.t("Opened", "Открыта"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let more: HTML = tickets.count == SupportReportQueries.drillLimit
            ? "<p class=\"muted\">\(lang.t("The first \(SupportReportQueries.drillLimit) tickets; narrow the period to see the rest.", "Первые \(SupportReportQueries.drillLimit) заявок; сузьте период, чтобы увидеть остальные."))</p>" : ""
        let back = "\(PageRoute.Support.report())?from=\(query.from)&to=\(query.to)"
        let content: HTML = """
        <div class="support report-tickets-page">
        <p class="crumbs"><a href="\(back)" id="back-to-report">\(lang.t("Support report", "Отчёт поддержки"))</a></p>
        <h1>\(SupportReportPage.name(query.dimension, query.key, lang: lang)) · \(measureName(query.measure, lang))</h1>
        <p class="muted" id="drill-summary">\(lang.t("Opened", "Открыты")) \(query.from.description) — \(query.to.description): <strong id="drill-count">\(tickets.count)</strong></p>
        \(table)
        \(more)
        </div>
        """
        return Layout(title: lang.t("Support report", "Отчёт поддержки"), request: req).render(content)
    }

    static func measureName(_ m: SupportReportQueries.Measure, _ lang: Language) -> String {
        switch m {
        case .tickets: lang.t("all tickets", "все заявки")
        case .breached: lang.t("SLA breached", "нарушен SLA")
        case .responded: lang.t("with a first response", "с первым ответом")
        case .resolution: lang.t("with a resolution time", "со временем решения")
        case .rated: lang.t("rated", "с оценкой")
        case .resolved: lang.t("resolved", "решённые")
        case .fcr: lang.t("resolved with one reply", "решены одним ответом")
        }
    }
}
