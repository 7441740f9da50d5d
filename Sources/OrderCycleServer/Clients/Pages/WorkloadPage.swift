import Fluent
import OrderCycleCore
import Vapor

/// Clients and open work per manager; administrators hand all clients of a manager over here.
enum WorkloadPage {
    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, now: req.clock.now(), notice: req.query[String.self, at: "moved"].map { moved in
            req.language.t("Clients reassigned: \(moved).", "Передано клиентов: \(moved).")
        }, error: nil)
    }

    static func page(_ req: Request, now: Date, notice: String?, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let isAdmin = try req.actor.role == .admin
        let loads = try await OpenWork.perManager(now: now, on: req.db)
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        let others = loads.filter(\.active)
        let rows = loads.map { m -> HTML in
            let away: HTML = m.absentUntil.map { "<span class=\"badge warn\">\(lang.t("away until", "нет до")) \(shown.string($0))</span>" } ?? ""
            let state: HTML = m.active ? "" : "<span class=\"badge bad\">\(lang.t("disabled", "отключён"))</span>"
            let targets = [(value: "", label: lang.t("Spread by the rule", "Распределить по правилу"))]
                + others.filter { $0.id != m.id }.map { (value: $0.id.uuidString, label: $0.name) }
            let form: HTML = isAdmin && m.activeClients > 0 ? """
            <form method="post" action="\(PageRoute.Clients.managerReassign(m.id))" class="reassign-all">
              <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
              \(FormField.select(name: "to_manager_id", label: lang.t("Hand all clients to", "Передать всех клиентов"), options: targets, selected: "", error: nil))
              \(FormField.input(name: "reason", label: lang.t("Reason", "Причина"), value: nil, error: nil))
              <button type="submit" class="button secondary">\(lang.t("Reassign all", "Передать всех"))</button>
            </form>
            """ : ""
            return """
            <tr><td><a href="\(PageRoute.Clients.list())?manager_id=\(m.id)">\(m.name)</a> \(state) \(away)</td><td>\(m.segments.joined(separator: ", "))</td>
            <td class="num">\(m.activeClients)</td><td class="num">\(m.openOrders)</td><td class="num">\(m.openCalls)</td><td>\(form)</td></tr>
            """
        }.joined
        let noticeLine: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let errorLine: HTML = error.map { "<p class=\"notice bad\" role=\"alert\">\($0)</p>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Managers' workload", "Загрузка менеджеров"))</h1>
        \(noticeLine)\(errorLine)
        <div class="table-wrap"><table id="workload"><thead><tr><th>\(lang.t("Manager", "Менеджер"))</th><th>\(lang.t("Segments", "Сегменты"))</th>
        <th>\(lang.t("Active clients", "Действующих клиентов"))</th><th>\(lang.t("Open orders", "Открытых заказов"))</th>
        <th>\(lang.t("Calls to complete", "Незакрытых звонков"))</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
        return Layout(title: lang.t("Managers' workload", "Загрузка менеджеров"), request: req).render(content, status: status)
    }

    struct Form: Content { var to_manager_id: String?; var reason: String? }

    @Sendable static func reassignAll(req: Request) async throws -> Response {
        let managerID = try idParameter(req)
        let form = try req.content.decode(Form.self)
        let target = form.to_manager_id.flatMap(UUID.init(uuidString:))
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let operation = try ReassignAllClients(managerID: managerID, to: target, reason: form.reason, lang: req.language)
            let moves = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Clients.workload() + "?moved=\(moves.count)", redirectType: .normal)
        } catch let problem as Problem where problem.status == 422 || problem.status == 409 {
            let message = problem.errors.map { $0.map(\.message).joined(separator: "; ") } ?? problem.detail ?? problem.title
            return try await page(req, now: now, notice: nil, error: message.prefix(1).uppercased() + message.dropFirst() + ".", status: .unprocessableEntity)
        }
    }
}
