import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The manager's home: the packages to suggest to their own clients (DOMAIN §2.4: knowing the
/// client's real needs, the department suggests what would serve it better), each client that
/// bought a service outside its package in the window with the package that would save it most.
enum UpsellHomeCard {
    /// At most this many clients are weighed for the card; the card links to each one.
    static let clientsShown = 20

    static func card(_ req: Request) async throws -> HTML {
        guard let principal = req.principal, principal.role == .manager, let me = principal.userID else { return "" }
        let lang = req.language
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let today = calendar.day(of: now)
        var first = CalendarDay(year: today.year, month: today.month, day: 1) ?? today
        for _ in 1..<UpsellQueries.months { first = first.adding(days: -1); first = CalendarDay(year: first.year, month: first.month, day: 1) ?? first }
        let buyers = try await req.db.sql.raw("""
            SELECT c.id, c.name FROM clients c
            WHERE c.manager_id = \(bind: me) AND EXISTS (
                SELECT 1 FROM service_requests r WHERE r.client_id = c.id AND r.inside_package = \(bind: false) AND r.service_id IS NOT NULL
                  AND r.status <> 'refused' AND r.created_at >= \(bind: calendar.start(of: first)))
            ORDER BY c.name, c.id LIMIT \(literal: clientsShown)
            """).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) }
        var rows: [HTML] = []
        for (client, name) in buyers {
            guard let best = try await UpsellQueries.suggestions(for: client, now: now, calendar: calendar, on: req.db)
                .max(by: { $0.saving_per_month_minor < $1.saving_per_month_minor }) else { continue }
            rows.append("""
            <li data-upsell-client="\(client.uuidString)"><a href="\(PageRoute.Clients.card(client))#services-section">\(name)</a>: \
            \(best.service_code) × \(best.count) → \(best.package_code), \(lang.t("saves", "экономия")) \(ServicesPageParts.money(best.saving_per_month_minor, best.currency, lang: lang)) \(lang.t("a month", "в месяц"))</li>
            """)
        }
        let body: HTML = rows.isEmpty
            ? "<p class=\"muted\">\(lang.t("No client of yours buys outside its package what a package would cover cheaper.", "Никто из ваших клиентов не покупает вне пакета то, что пакет покрыл бы дешевле."))</p>"
            : "<ul class=\"upsell\">\(rows.joined)</ul>"
        return """
        <section class="card" id="upsell-home"><h2>\(lang.t("Packages to suggest", "Какие пакеты предложить"))</h2>
        <p class="muted">\(lang.t("Your clients' purchases outside their package over \(UpsellQueries.months) months", "Покупки ваших клиентов вне пакета за \(UpsellQueries.months) мес."))</p>
        \(body)</section>
        """
    }
}
