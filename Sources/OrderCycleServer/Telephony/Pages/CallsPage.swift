import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A person's calls, newest first: the calls routed to them, answered by them or from the
/// clients they manage (operators and administrators also see the calls that went to the
/// operators on duty). A call still in progress carries the form that sets how it ended, the
/// same `CompleteCall` the exchange's API runs.
enum CallsPage {
    static let access: Access = .only(.operator, .admin, .manager)
    /// The most calls the list shows.
    static let limit = 100

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Telephony.calls, access: access, use: show)
        routes.endpoint(.POST, PageRoute.Telephony.outcome, access: access, use: outcome)
    }

    struct Model {
        var calls: [CallQueries.UserCall]
    }

    static func model(_ req: Request) async throws -> Model {
        let actor = try req.actor
        guard let userID = actor.userID else { return Model(calls: []) }
        return Model(calls: try await CallQueries.ofUser(userID, role: actor.role, limit: limit, on: req.db))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [:], status: .ok)
    }

    /// `errors`: the field messages of one call's refused outcome form, by call.
    static func render(_ req: Request, errors: [UUID: [String: String]], notice: String? = nil, status: HTTPResponseStatus) async throws -> Response {
        let lang = req.language
        let content = view(try await model(req), lang: lang, csrf: CSRF.token(for: req), timeZone: req.application.appConfig.timeZone,
                           errors: errors, notice: notice)
        return Layout(title: lang.t("Calls", "Звонки"), request: req).render(content, status: status)
    }

    static func view(_ m: Model, lang: Language, csrf: String, timeZone: TimeZone, errors: [UUID: [String: String]], notice: String?) -> HTML {
        let shown = DateShown(timeZone: timeZone)
        let rows = m.calls.map { call -> HTML in
            let client: HTML = call.client_id.map { id in HTML("<a href=\"\(PageRoute.Clients.card(id))\">\(call.client_name ?? "—")</a>") }
                ?? HTML("<span class=\"muted\">\(lang.t("unknown number", "неизвестный номер"))</span>")
            let outcome: HTML = call.outcome.map { HTML("\(CallOutcome(rawValue: $0)?.name(lang) ?? $0)") }
                ?? CallOutcomeForm.html(callID: call.id, version: call.version, csrf: csrf, lang: lang, next: PageRoute.Telephony.calls(), errors: errors[call.id] ?? [:])
            return """
            <tr data-call="\(call.id)"><td>\(shown.string(call.started_at))</td><td>\(call.caller)</td><td>\(client)</td><td>\(outcome)</td>
            <td>\(call.answered_by_name ?? "—")</td><td>\(call.duration_seconds.map { "\($0) s" } ?? "—")</td><td>\(call.note)</td></tr>
            """
        }.joined
        let table: HTML = m.calls.isEmpty
            ? HTML("<p class=\"muted\" id=\"calls-empty\">\(lang.t("No calls yet. Calls routed to you, answered by you or from your clients will appear here, with a form to note how each ended.", "Звонков пока нет. Здесь появятся звонки, направленные вам, принятые вами или от ваших клиентов, с формой для итога каждого."))</p>")
            : """
            <div class="table-wrap"><table id="user-calls"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("From", "С номера"))</th>
              <th>\(lang.t("Client", "Клиент"))</th><th>\(lang.t("Outcome", "Итог"))</th><th>\(lang.t("Answered by", "Ответил"))</th>
              <th>\(lang.t("Duration", "Длительность"))</th><th>\(lang.t("Note", "Заметка"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let noticeHTML: HTML = notice.map { "<div class=\"notice bad\" role=\"alert\">\($0)</div>" } ?? ""
        return """
        <h1>\(lang.t("My calls", "Мои звонки"))</h1>
        \(noticeHTML)
        \(table)
        """
    }

    struct OutcomeForm: Content {
        var outcome: String?
        var note: String?
        var version: Int?
        /// Where to return: the page the form was sent from (the pop-up's page, the client card).
        var next: String?
    }

    /// Sets how a call ended and returns to the page it was set on; a refusal shows the call
    /// list with the message beside the form's field.
    @Sendable static func outcome(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(OutcomeForm.self)
        let lang = req.language
        do {
            var v = FieldValidator(lang: lang)
            if (form.outcome ?? "").isEmpty { v.add("outcome", lang.t("choose how the call ended", "выберите, чем закончился звонок")) }
            try v.check()
            let operation = try CompleteCall(callID: id, answeredBy: nil, durationSeconds: nil, outcome: form.outcome, note: form.note,
                                             expectedVersion: form.version, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: localPath(form.next) ?? PageRoute.Telephony.calls(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, errors: [id: problem.fieldMessages], status: problem.httpStatus)
        } catch let problem as Problem where problem.status == 412 {
            return try await render(req, errors: [:], notice: lang.t("Someone changed this call meanwhile; here is the current state.",
                                                                      "Звонок тем временем изменили; показано текущее состояние."), status: problem.httpStatus)
        }
    }

    /// A path on this site only, so the form cannot send anyone elsewhere.
    static func localPath(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return nil }
        return next
    }
}

/// The form that sets how a call ended, with a note: on the call list, the client card's calls
/// and (drawn by the live script with the same fields) the incoming call's pop-up.
enum CallOutcomeForm {
    static func html(callID: UUID, version: Int, csrf: String, lang: Language, next: String, errors: [String: String]) -> HTML {
        let options = CallOutcome.allCases.map { o -> HTML in "<option value=\"\(o.rawValue)\">\(o.name(lang))</option>" }.joined
        let outcomeID = "call-\(callID)-outcome", noteID = "call-\(callID)-note"
        func invalid(_ field: String, _ input: String) -> HTML {
            errors[field] == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"\(input)-error\"")
        }
        return """
        <form method="post" action="\(PageRoute.Telephony.outcome(callID))" class="call-outcome" data-call="\(callID)">
          <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(version)"><input type="hidden" name="next" value="\(next)">
          <label for="\(outcomeID)">\(lang.t("Outcome", "Итог"))</label>
          <select id="\(outcomeID)" name="outcome" required\(invalid("outcome", outcomeID))><option value="">\(lang.t("— choose —", "— выберите —"))</option>\(options)</select>
          \(FormField.errorLine(name: outcomeID, errors["outcome"]))
          <label for="\(noteID)">\(lang.t("Note", "Заметка"))</label><input type="text" id="\(noteID)" name="note" class="compact"\(invalid("note", noteID))>
          \(FormField.errorLine(name: noteID, errors["note"]))
          <button type="submit" class="link-button" id="call-\(callID)-save">\(lang.t("Save", "Сохранить"))</button>
        </form>
        """
    }
}
