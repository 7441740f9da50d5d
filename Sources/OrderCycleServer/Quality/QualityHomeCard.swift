import Foundation
import OrderCycleCore
import Vapor

/// The home page's card of standard breaches this month: for a manager over the orders they are
/// responsible for, for an analyst over all orders; per segment, against its standard.
enum QualityHomeCard {
    static func card(_ req: Request) async throws -> HTML {
        guard let principal = req.principal, principal.role == .manager || principal.role == .analyst else { return "" }
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let today = calendar.day(of: req.clock.now())
        let period = QualityPeriod.containing(today, kind: .month)
        var restriction = QualitySelection.everything
        if principal.role == .manager {
            guard let me = principal.userID, let mine = QualitySelection(grouping: .manager, key: me.uuidString) else { return "" }
            restriction = mine
        }
        let report = try await QualityReport.build(on: req.db, aside: req.asideDB, period: period, grouping: .segment, restriction: restriction,
                                                   today: today, calendar: calendar, lang: lang, trendLength: 1)
        let breaches = report.groups.flatMap { group in
            group.breaches.map { indicator -> HTML in
                let standard = group.standard.standard(indicator)
                let query = "period=\(period.label)&group=segment&key=\(group.key)"
                return """
                <li class="breach"><a href="\(PageRoute.Quality.records(indicator, query: query, misses: true, serviceRequests: group.fromServiceRequests))">\(group.label): \(indicator.symbol) · \(indicator.name(lang))</a> \
                \(QualityFormat.value(group.values[indicator] ?? .noData, indicator, lang: lang)) \
                (\(lang.t("alert", "тревога")) \(QualityFormat.threshold(standard?.alertThreshold, indicator, lang: lang)))</li>
                """
            }
        }
        let body: HTML = breaches.isEmpty
            ? "<p class=\"muted\">\(lang.t("No breaches of the service standards this month.", "В этом месяце стандарты обслуживания не нарушены."))</p>"
            : "<ul class=\"breaches\">\(breaches.joined)</ul>"
        let scope = principal.role == .manager ? lang.t("your orders", "ваши заказы") : lang.t("all orders", "все заказы")
        return """
        <section class="card quality-breaches" id="quality-breaches"><h2>\(lang.t("Service standard breaches", "Нарушения стандартов обслуживания"))</h2>
        <p class="muted">\(period.label) · \(scope) · <a href="\(PageRoute.Quality.dashboard())?period=\(period.label)&group=segment">\(lang.t("dashboard", "панель"))</a></p>
        \(body)</section>
        """
    }
}
