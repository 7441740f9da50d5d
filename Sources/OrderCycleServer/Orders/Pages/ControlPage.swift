import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Operational control (DOMAIN §3.3 item 4): plan against actual for the orders in work — the
/// stages that should have finished by now and have not (or finished late), worst first, and
/// the orders whose promised date has passed.
enum ControlPage {
    static let readers: Access = .only(.manager, .logistician, .worker, .analyst, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.control, access: readers, use: page)
    }

    /// What the page shows: the stages behind their plan, and how many orders are late.
    struct Model { var drifts: [ControlQueries.Drift]; var overdue: Int }

    static func model(_ req: Request) async throws -> Model {
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        return Model(drifts: try await ControlQueries.drifts(now: now, on: req.db),
                     overdue: try await ControlQueries.overdueCount(today: calendar.day(of: now), on: req.db))
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let model = try await model(req)
        return Layout(title: lang.t("Operational control", "Оперативный контроль"), request: req)
            .render(view(model, lang: lang, timeZone: req.application.appConfig.timeZone))
    }

    static func view(_ model: Model, lang: Language, timeZone tz: TimeZone) -> HTML {
        let (drifts, overdue) = (model.drifts, model.overdue)
        let f = DateFormatter()
        f.timeZone = tz
        f.dateFormat = "yyyy-MM-dd HH:mm"
        let rows = drifts.map { d -> HTML in
            let state: HTML = d.finished == nil ? HTML("<span class=\"badge bad\">\(lang.t("not finished", "не завершён"))</span>") : HTML("<span class=\"badge warn\">\(lang.t("finished late", "завершён с опозданием"))</span>")
            return """
            <tr><td><a href="\(PageRoute.Orders.order(d.orderID))">\(d.number)</a></td><td>\(d.client)</td><td>\(d.stage.name(lang))</td>
            <td>\(f.string(from: d.plannedEnd))</td><td>\(d.finished.map(f.string) ?? "—")</td><td class="num">\(DurationText.format(Int(d.lateBy), lang))</td><td>\(state)</td></tr>
            """
        }.joined
        return """
        <h1>\(lang.t("Operational control", "Оперативный контроль"))</h1>
        <div class="grid">
          <div class="card"><div class="figure" id="drift-count">\(drifts.count)</div><div class="muted">\(lang.plural(drifts.count, en: ("stage behind its plan", "stages behind their plan"), ru: ("этап отстаёт от плана", "этапа отстают от плана", "этапов отстают от плана")))</div></div>
          <div class="card"><div class="figure">\(overdue)</div><div class="muted"><a href="\(PageRoute.Orders.portfolio())?late=1">\(lang.plural(overdue, en: ("order past its promised date", "orders past their promised date"), ru: ("заказ после обещанной даты", "заказа после обещанной даты", "заказов после обещанной даты")))</a></div></div>
        </div>
        <div class="table-wrap"><table id="drifts"><thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Stage", "Этап"))</th>
        <th>\(lang.t("Planned end", "План: окончание"))</th><th>\(lang.t("Actual end", "Факт: окончание"))</th><th class="num">\(lang.t("Behind by", "Отставание"))</th><th></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(rows.text.isEmpty ? EmptyState.html(id: "drifts-empty", lang.t("No stage is behind its plan.", "Ни один этап не отстаёт от плана."), how: lang.t("A stage appears here once it runs past the end its execution plan gave it; plans are made on each order's plan page.", "Этап появляется здесь, когда выходит за окончание по плану выполнения; планы составляются на странице плана каждого заказа.")) : "")
        """
    }
}
