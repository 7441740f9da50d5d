import Fluent
import OrderCycleCore
import Vapor

/// Absences with a deputy: who is away, until when, and who takes their calls meanwhile.
enum AbsencesPage {
    struct Form: Content { var manager_id: String?; var deputy_id: String?; var starts_at: String?; var ends_at: String?; var note: String? }

    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, now: req.clock.now(), values: Form(), errors: [:])
    }

    static func page(_ req: Request, now: Date, values: Form, errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let shown = DateShown(timeZone: req.application.appConfig.timeZone)
        let absences = try await AbsenceStore.upcoming(now: now, on: req.db)
        let managers = try await StaffDirectory.managers(on: req.db, activeOnly: true)
        let rows = absences.map { a -> HTML in
            let mayEnd = actor.role == .admin || actor.userID == a.manager_id
            let end: HTML = mayEnd ? """
            <form method="post" action="\(PageRoute.Clients.absenceEnd(a.id))" class="inline">
              <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))"><input type="hidden" name="version" value="\(a.version)">
              <button type="submit" class="button secondary">\(lang.t("Back now", "Вернулся"))</button>
            </form>
            """ : ""
            return "<tr><td>\(a.manager_name)</td><td>\(shown.string(a.starts_at))</td><td>\(shown.string(a.ends_at))</td><td>\(a.deputy_name ?? lang.t("operators on duty", "дежурные операторы"))</td><td>\(a.note)</td><td>\(end)</td></tr>"
        }.joined
        let managerField: HTML = actor.role == .admin
            ? FormField.select(name: "manager_id", label: lang.t("Manager", "Менеджер"), options: managers.map { (value: $0.id.uuidString, label: $0.name) },
                               selected: values.manager_id, error: errors["manager_id"])
            : FormField.errorLine(name: "manager_id", errors["manager_id"])
        let deputies = [(value: "", label: lang.t("Operators on duty", "Дежурные операторы"))]
            + managers.filter { $0.id != actor.userID || actor.role == .admin }.map { (value: $0.id.uuidString, label: $0.name) }
        let form: HTML = actor.role == .admin || actor.role == .manager ? """
        <h2>\(lang.t("Record an absence", "Отметить отсутствие"))</h2>
        <form method="post" action="\(PageRoute.Clients.absences())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(managerField)
          \(FormField.input(name: "starts_at", type: "datetime-local", label: lang.t("From", "С"), value: values.starts_at, error: errors["starts_at"]))
          \(FormField.input(name: "ends_at", type: "datetime-local", label: lang.t("Until", "По"), value: values.ends_at, error: errors["ends_at"]))
          \(FormField.select(name: "deputy_id", label: lang.t("Deputy (takes the calls)", "Заместитель (принимает звонки)"), options: deputies, selected: values.deputy_id, error: errors["deputy_id"]))
          \(FormField.input(name: "note", label: lang.t("Note", "Заметка"), value: values.note, error: errors["note"]))
          <p><button type="submit" class="primary" id="absence-submit">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        """ : ""
        let content: HTML = """
        <h1>\(lang.t("Absences", "Отсутствия"))</h1>
        <div class="table-wrap"><table id="absences"><thead><tr><th>\(lang.t("Manager", "Менеджер"))</th><th>\(lang.t("From", "С"))</th>
        <th>\(lang.t("Until", "По"))</th><th>\(lang.t("Deputy", "Замещает"))</th><th>\(lang.t("Note", "Заметка"))</th><th></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(rows.text.isEmpty ? EmptyState.html(id: "absences-empty", lang.t("No absences recorded.", "Отсутствий не записано."), how: lang.t("Record a manager's holiday or sick leave with the form below; while it lasts, that manager's clients and calls go to the deputy.", "Запишите отпуск или больничный менеджера формой ниже; пока оно длится, его клиенты и звонки переходят к замещающему.")) : "")
        \(form)
        """
        return Layout(title: lang.t("Absences", "Отсутствия"), request: req).render(content, status: status)
    }

    /// `datetime-local` values are wall-clock times in the company's time zone.
    static func parse(_ text: String?, timeZone: TimeZone) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"] {
            f.dateFormat = format
            if let date = f.date(from: text) { return Moments.contains(date) ? date : nil }
        }
        return nil
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let lang = req.language
        let zone = req.application.appConfig.timeZone
        let actor = try req.actor
        let now = req.clock.now()
        var errors: [String: String] = [:]
        let starts = parse(form.starts_at, timeZone: zone), ends = parse(form.ends_at, timeZone: zone)
        if form.starts_at?.isEmpty == false, starts == nil { errors["starts_at"] = lang.t("is not a date and time", "это не дата и время") }
        if form.ends_at?.isEmpty == false, ends == nil { errors["ends_at"] = lang.t("is not a date and time", "это не дата и время") }
        do {
            if !errors.isEmpty { throw Problem.validation(errors.map { .init(field: $0.key, message: $0.value) }) }
            let body = AbsenceInput(manager_id: form.manager_id.flatMap(UUID.init(uuidString:)), deputy_id: form.deputy_id.flatMap(UUID.init(uuidString:)),
                                    starts_at: starts, ends_at: ends, note: form.note)
            let operation = try await RecordAbsence.checked(body, by: actor, on: req.db, lang: lang)
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Clients.absences(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            let all = problem.fieldMessages
            return try await page(req, now: now, values: form, errors: all, status: .unprocessableEntity)
        }
    }

    struct EndForm: Content { var version: String? }

    @Sendable static func end(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(EndForm.self)
        let actor = try req.actor
        try await req.write { tx in try await EndAbsence(absenceID: id, expectedVersion: form.version.flatMap(Int.init)).run(by: actor, now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Clients.absences(), redirectType: .normal)
    }
}
