import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The monthly statement of a client's requests outside its package: from the client's card
/// (`/clients/{id}/statement`) and in the client's cabinet (`/cabinet/statement`).
enum StatementPage {
    @Sendable static func staff(req: Request) async throws -> Response {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        return try await render(req, clientID: id, path: PageRoute.Services.statement(id))
    }

    @Sendable static func cabinet(req: Request) async throws -> Response {
        guard let id = try req.actor.clientID else { throw Problem(.notFound) }
        return try await render(req, clientID: id, path: PageRoute.Services.cabinetStatement())
    }

    static func render(_ req: Request, clientID: UUID, path: String) async throws -> Response {
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let month = try StatementQueries.month(req, now: req.clock.now(), calendar: calendar)
        let statement = try await StatementQueries.statement(clientID, month: month, on: req.db)
        let name = try await req.db.sql.raw("SELECT name FROM clients WHERE id = \(bind: clientID)").first()?.decode(column: "name", as: String.self) ?? ""
        let shown = DateShown(timeZone: calendar.timeZone)
        let rows = statement.lines.map { l -> HTML in
            """
            <tr data-statement-line="\(l.request_id.uuidString)"><td><a href="\(PageRoute.Services.request(l.request_id))">\(shown.string(l.filed_at))</a></td>
            <td>\(ServicesPageParts.kind(l.kind, lang: lang))</td><td>\(l.service_code ?? "—")</td><td>\(l.description)</td>
            <td>\(ServicesPageParts.status(l.status, lang: lang))</td><td class="num">\(ServicesPageParts.money(l.price_minor, l.currency, lang: lang))</td></tr>
            """
        }.joined
        let title = lang.t("Statement", "Выписка") + " · " + month
        let content: HTML = """
        <h1>\(title)</h1>
        <p>\(name) · \(lang.t("requests outside the package this month, priced", "заявки вне пакета за месяц, с ценой"))</p>
        <form method="get" action="\(path)" class="card filters no-print">
          \(FormField.input(name: "month", type: "month", label: lang.t("Month", "Месяц"), value: month, error: nil))
          <p><button type="submit" class="button">\(lang.t("Show", "Показать"))</button></p>
        </form>
        <div class="table-wrap"><table id="statement"><thead><tr><th>\(lang.t("Filed", "Подана"))</th><th>\(lang.t("Kind", "Вид"))</th><th>\(lang.t("Service", "Услуга"))</th>
        <th>\(lang.t("Description", "Описание"))</th><th>\(lang.t("Status", "Статус"))</th><th>\(lang.t("Price", "Цена"))</th></tr></thead>
        <tbody>\(rows)</tbody>
        <tfoot><tr><th colspan="5">\(lang.t("Total", "Итого"))</th><th class="num" id="statement-total">\(ServicesPageParts.money(statement.total_minor, statement.currency, lang: lang))</th></tr></tfoot></table></div>
        \(statement.lines.isEmpty ? HTML("<p class=\"muted\">\(lang.t("Nothing outside the package this month.", "В этом месяце ничего вне пакета."))</p>") : "")
        """
        return Layout(title: title, request: req).render(content)
    }
}
