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

    struct Drift { var orderID: UUID; var number: String; var client: String; var stage: Stage; var plannedEnd: Date; var finished: Date?; var lateBy: TimeInterval }

    static func drifts(now: Date, on db: any Database, limit: Int = 300) async throws -> [Drift] {
        let rows = try await db.sql.raw("""
            SELECT o.id, o.number, c.name AS client, ps.stage, ps.planned_end, si.finished_at
            FROM execution_plans ep
            JOIN orders o ON o.id = ep.order_id
            JOIN clients c ON c.id = o.client_id
            JOIN plan_stages ps ON ps.plan_id = ep.id
            LEFT JOIN stage_intervals si ON si.order_id = o.id AND si.stage = ps.stage
            WHERE ep.current = \(bind: true) AND ps.skipped = \(bind: false) AND ps.planned_end < \(bind: now)
              AND o.status IN ('received', 'placed', 'invoiced', 'picked', 'dispatched')
              AND (si.finished_at IS NULL OR si.finished_at > ps.planned_end)
              AND (si.skipped IS NULL OR si.skipped = \(bind: false))
            ORDER BY ps.planned_end
            LIMIT \(literal: limit)
            """).all()
        return try rows.map { row in
            let planned = try row.decode(column: "planned_end", as: Date.self)
            let finished = try row.decode(column: "finished_at", as: Date?.self)
            return Drift(orderID: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
                         client: try row.decode(column: "client", as: String.self),
                         stage: Stage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .receipt,
                         plannedEnd: planned, finished: finished, lateBy: (finished ?? now).timeIntervalSince(planned))
        }.sorted { $0.lateBy > $1.lateBy }
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let now = Date()
        let drifts = try await drifts(now: now, on: req.db)
        let tz = req.application.appConfig.timeZone
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
        let calendar = CompanyCalendar(timeZone: tz)
        let overdue = try await req.db.sql.raw("""
            SELECT COUNT(*) AS n FROM orders WHERE status IN ('received', 'placed', 'invoiced', 'picked', 'dispatched') AND promised_day < \(bind: calendar.day(of: now).description)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        let content: HTML = """
        <h1>\(lang.t("Operational control", "Оперативный контроль"))</h1>
        <div class="grid">
          <div class="card"><div class="figure" id="drift-count">\(drifts.count)</div><div class="muted">\(lang.t("stages behind their plan", "этапов отстают от плана"))</div></div>
          <div class="card"><div class="figure">\(overdue)</div><div class="muted"><a href="\(PageRoute.Orders.portfolio())?late=1">\(lang.t("orders past their promised date", "заказов после обещанной даты"))</a></div></div>
        </div>
        <div class="table-wrap"><table id="drifts"><thead><tr><th>\(lang.t("Order", "Заказ"))</th><th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Stage", "Этап"))</th>
        <th>\(lang.t("Planned end", "План: окончание"))</th><th>\(lang.t("Actual end", "Факт: окончание"))</th><th class="num">\(lang.t("Behind by", "Отставание"))</th><th></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
        return Layout(title: lang.t("Operational control", "Оперативный контроль"), request: req).render(content)
    }
}
