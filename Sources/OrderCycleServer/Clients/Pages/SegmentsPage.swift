import Fluent
import OrderCycleCore
import Vapor

/// The administrator's managed list of segments, with a form to add one.
enum SegmentsPage {
    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, values: SegmentInput(), errors: [:])
    }

    static func page(_ req: Request, values: SegmentInput, errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let segments = try await SegmentQueries.all(on: req.db)
        let rows = segments.map { s -> HTML in
            let state: HTML = s.active ? "" : " <span class=\"badge bad\">\(lang.t("inactive", "не действует"))</span>"
            return "<tr><td>\(s.code)</td><td>\(s.name_en)</td><td>\(s.name_ru)</td><td>\(s.internal ? lang.t("internal", "внутренний") : "")</td><td>\(state)</td></tr>"
        }.joined
        let content: HTML = """
        <h1>\(lang.t("Segments", "Сегменты"))</h1>
        <div class="table-wrap"><table id="segments"><thead><tr><th>\(lang.t("Code", "Код"))</th><th>English</th><th>Русский</th><th></th><th></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <h2>\(lang.t("New segment", "Новый сегмент"))</h2>
        <form method="post" action="\(PageRoute.Clients.segments())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(FormField.input(name: "code", label: lang.t("Code (latin)", "Код (латиницей)"), value: values.code, error: errors["code"]))
          \(FormField.input(name: "name_en", label: lang.t("Name in English", "Название по-английски"), value: values.name_en, error: errors["name_en"]))
          \(FormField.input(name: "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: values.name_ru, error: errors["name_ru"]))
          <label><input type="checkbox" name="internal" value="true"\(values.internal == true ? HTML(" checked") : "")> \(lang.t("Internal clients (departments, employees)", "Внутренние клиенты (подразделения, сотрудники)"))</label>
          <p><button type="submit" class="primary" id="segment-submit">\(lang.t("Add", "Добавить"))</button></p>
        </form>
        """
        return Layout(title: lang.t("Segments", "Сегменты"), request: req).render(content, status: status)
    }

    struct Form: Content { var code: String?; var name_en: String?; var name_ru: String?; var `internal`: String? }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let values = SegmentInput(code: form.code, name_en: form.name_en, name_ru: form.name_ru, internal: form.internal == "true")
        let actor = try req.actor
        let lang = req.language
        do {
            let operation = try CreateSegment(values, lang: lang)
            _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Clients.segments(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            let errors = problem.fieldMessages
            return try await page(req, values: values, errors: errors, status: .unprocessableEntity)
        }
    }
}
