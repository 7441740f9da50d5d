import Foundation
import OrderCycleCore
import Vapor

/// The quality dashboard's part from the personal service department: η by count and by time
/// and F counted from the clients' real requests (`ServiceFiguresQueries`), for the dashboard's
/// period, with the way down to the requests decided.
enum ServiceFiguresSection {
    static func html(_ req: Request, from: CalendarDay, to: CalendarDay) async throws -> HTML {
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let f = try await ServiceFiguresQueries.figures(from: from, to: to, segmentID: nil, clientID: nil, calendar: calendar, on: req.db)
        func percent(_ value: Double?) -> String { value.map { String(format: "%.1f %%", $0 * 100) } ?? lang.t("no data", "нет данных") }
        return """
        <h2 id="service-figures">\(lang.t("Personal service: from the requests", "Персональное обслуживание: по заявкам"))</h2>
        <div class="grid">
          <section class="card" id="service-eta-count"><h3>η \(lang.t("by count", "по количеству"))</h3><p class="figure">\(percent(f.service_level_by_count))</p>
            <p class="muted">\(f.provided) / \(f.possible) · \(lang.t("clients", "клиентов")): \(f.clients)</p></section>
          <section class="card" id="service-eta-time"><h3>η \(lang.t("by time", "по времени"))</h3><p class="figure">\(percent(f.service_level_by_time))</p></section>
          <section class="card" id="service-flexibility"><h3>F \(lang.t("from requests", "по заявкам"))</h3><p class="figure">\(percent(f.flexibility))</p>
            <p class="muted">\(f.satisfied) / \(f.decided) · <a href="\(PageRoute.Services.requests())?status=closed">\(lang.t("closed", "закрытые"))</a> ·
            <a href="\(PageRoute.Services.requests())?status=refused">\(lang.t("refused", "отклонённые"))</a></p></section>
        </div>
        """
    }
}
