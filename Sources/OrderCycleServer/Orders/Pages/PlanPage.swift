import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The execution plan of one order: the windows per stage (editable until approved), the
/// agree / approve steps with who and when, and new revisions with a reason.
enum PlanPage {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.plan, access: .only(.logistician, .manager, .admin, .operator, .worker, .analyst), use: show)
        routes.endpoint(.POST, PageRoute.Orders.plan, access: PlanAPI.planners, use: act)
    }

    /// `datetime-local` values, wall-clock times in `timeZone`. A formatter per request: a
    /// shared one would have its time zone set by two requests at once.
    static func inputFormat(_ timeZone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm"
        f.timeZone = timeZone
        return f
    }

    /// A form's moment, or `nil` when empty, unreadable or outside the years 1…9999.
    static func moment(_ text: String?, _ format: DateFormatter) -> Date? {
        text.flatMap(format.date(from:)).flatMap { Moments.contains($0) ? $0 : nil }
    }

    @Sendable static func show(req: Request) async throws -> Response { try await render(req, notice: nil, now: req.clock.now()) }

    static func render(_ req: Request, notice: String?, now: Date, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let id = try idParameter(req)
        let actor = try req.actor
        let (number, plan) = try await req.write { tx in
            let (order, plan) = try await OpenPlan(orderID: id).run(by: actor, now: now, on: tx)
            return (order.number, try await PlanQueries.detail(try await ExecutionPlanning.current(of: id, on: tx) ?? plan, on: tx))
        }
        let tz = req.application.appConfig.timeZone
        let f = inputFormat(tz)
        let shown = DateFormatter()
        shown.dateFormat = "dd.MM.yyyy HH:mm"
        shown.timeZone = tz
        let deciders = try await User.query(on: req.db).filter(\.$id ~~ [plan.agreed_by, plan.approved_by].compactMap { $0 }).all()
        func name(_ id: UUID?) -> String {
            id.flatMap { id in deciders.first { $0.id == id } }.map { "\($0.displayName) (\($0.role.name(lang)))" } ?? lang.t("someone no longer listed", "пользователь, которого больше нет")
        }
        let role = actor.role
        let editable = plan.state.isEditable && [.logistician, .manager, .admin].contains(role)
        let rows = plan.stages.map { s -> HTML in
            let disabled: HTML = editable ? "" : " disabled"
            let skipped: HTML = s.skipped ? " checked" : ""
            return """
            <tr><td>\(s.stage.name(lang))</td>
            <td><input type="datetime-local" name="\(s.stage.rawValue)_start" value="\(s.planned_start.map(f.string) ?? "")"\(disabled)></td>
            <td><input type="datetime-local" name="\(s.stage.rawValue)_end" value="\(s.planned_end.map(f.string) ?? "")"\(disabled)></td>
            <td><input type="checkbox" name="\(s.stage.rawValue)_skipped" value="1"\(skipped)\(disabled)></td></tr>
            """
        }.joined
        let csrf = CSRF.token(for: req)
        let who: HTML = """
        <p>\(lang.t("Revision", "Редакция")) \(plan.revision) · <span class="badge" id="plan-state">\(plan.state.name(lang))</span>
        \(plan.agreed_at.map { HTML("<br><span id=\"plan-agreed\">\(lang.t("Agreed by", "Согласовал")) \(name(plan.agreed_by)), \(shown.string(from: $0))</span>") } ?? "")
        \(plan.approved_at.map { HTML("<br><span id=\"plan-approved\">\(lang.t("Approved by", "Утвердил")) \(name(plan.approved_by)), \(shown.string(from: $0))</span>") } ?? "")
        \(plan.reason.map { HTML(" · \(lang.t("reason", "причина")): \($0)") } ?? "")</p>
        """
        let advanceLabel = plan.state == .draft ? lang.t("Agree", "Согласовать") : lang.t("Approve", "Утвердить")
        let actions: HTML = editable ? """
            <button type="submit" name="do" value="save" class="button secondary" id="plan-save">\(lang.t("Save", "Сохранить"))</button>
            <button type="submit" name="do" value="advance" class="button" id="plan-advance">\(advanceLabel)</button>
            """ : """
            <label for="reason">\(lang.t("Reason for a new revision", "Причина новой редакции"))</label><input type="text" id="reason" name="reason">
            <button type="submit" name="do" value="revise" class="button" id="plan-revise">\(lang.t("New revision", "Новая редакция"))</button>
            """
        let noticeHTML: HTML = notice.map { "<div class=\"notice bad\" role=\"alert\">\($0)</div>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Execution plan", "План выполнения")) · <a href="\(PageRoute.Orders.order(plan.order_id))">\(number)</a></h1>
        \(noticeHTML)\(who)
        <form method="post" action="\(PageRoute.Orders.plan(plan.order_id))" class="card">
          <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(plan.version)">
          <div class="table-wrap"><table><thead><tr><th>\(lang.t("Stage", "Этап"))</th><th>\(lang.t("Planned start", "План: начало"))</th><th>\(lang.t("Planned end", "План: окончание"))</th><th>\(lang.t("Skipped", "Пропуск"))</th></tr></thead>
          <tbody>\(rows)</tbody></table></div>
          <p>\(actions)</p>
        </form>
        <p class="muted">\(lang.t("Times are in", "Время в поясе")) \(tz.identifier).</p>
        """
        return Layout(title: lang.t("Execution plan", "План выполнения"), request: req).render(content, status: status)
    }

    @Sendable static func act(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode([String: String].self)
        let version = form["version"].flatMap(Int.init)
        let f = inputFormat(req.application.appConfig.timeZone)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        do {
            _ = try await req.write { tx in
                switch form["do"] {
                case "save":
                    var windows: [Stage: ExecutionPlanning.Window] = [:]
                    for stage in Stage.allCases {
                        windows[stage] = .init(start: moment(form["\(stage.rawValue)_start"], f),
                                               end: moment(form["\(stage.rawValue)_end"], f),
                                               skipped: form["\(stage.rawValue)_skipped"] == "1")
                    }
                    return try await EditPlan(orderID: id, windows: windows, expectedVersion: version, lang: lang).run(by: actor, now: now, on: tx)
                case "advance":
                    return try await AdvancePlan(orderID: id, expectedVersion: version, lang: lang).run(by: actor, now: now, on: tx)
                case "revise":
                    return try await RevisePlan(orderID: id, reason: form["reason"], expectedVersion: version, lang: lang).run(by: actor, now: now, on: tx)
                default:
                    throw Problem.field("do", lang.t("must be save, advance or revise", "допустимо: save, advance или revise"))
                }
            }
            return req.redirect(to: PageRoute.Orders.plan(id), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 && problem.status != 403 {
            let message = problem.summary
            return try await render(req, notice: message, now: now, status: problem.httpStatus)
        }
    }
}
