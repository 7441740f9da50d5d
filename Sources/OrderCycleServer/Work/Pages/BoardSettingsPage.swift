import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A board's set-up, for an administrator or a supervisor of its team (DOMAIN §2.2: the
/// columns a team's work passes through and how much of it may be in each at once): every
/// column with its names, position and work-in-progress limit, strict or soft, in its own
/// form; a form for a new column; the removal of an empty one. Each form runs the operation
/// the API runs; a refusal comes back on this page beside the form it came from.
enum BoardSettingsPage {
    /// What a failed form leaves on the page: which form, its messages by field, what was sent.
    struct Feedback: Sendable {
        var form = ""
        var errors = FormErrors([])
        var values: [String: String] = [:]
        var notice: HTML = ""
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, feedback: Feedback())
    }

    static func render(_ req: Request, feedback: Feedback, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let id = try idParameter(req)
        _ = try await WorkAccess.configurableBoard(id, by: actor, on: req.db)
        let board = try await BoardSetup.read(id, lang: lang, now: req.clock.now(), on: req.db)
        let saved = feedback.form.isEmpty && req.query[String.self, at: "saved"] == "1"
        let content = view(board, feedback: feedback, saved: saved, lang: lang, csrf: CSRF.token(for: req))
        return Layout(title: lang.t("Board set-up", "Настройка доски") + " · " + board.name, request: req).render(content, status: status)
    }

    struct ColumnForm: Content, Sendable {
        var name_en: String?
        var name_ru: String?
        var status: String?
        var wip_limit: String?
        var wip_strict: String?
        var position: String?

        /// An empty limit is no limit; a limit that is not a whole number is refused by the operation's range check.
        var limit: Int? { wip_limit.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : (Int($0.trimmingCharacters(in: .whitespaces)) ?? -1) } }
        var strict: Bool { wip_strict == "on" || wip_strict == "true" }
        var place: Int? { position.flatMap { Int($0) } }
        var values: [String: String] {
            ["name_en": name_en ?? "", "name_ru": name_ru ?? "", "status": status ?? "", "wip_limit": wip_limit ?? "", "wip_strict": strict ? "on" : ""]
        }
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let form = try req.content.decode(ColumnForm.self)
        let boardID = try idParameter(req)
        let lang = req.language
        return try await perform(req, form: "new", values: form.values) { actor, now, tx in
            let operation = try AddColumn(boardID: boardID, nameEN: form.name_en, nameRU: form.name_ru, status: form.status, wipLimit: form.limit,
                                          wipStrict: form.strict, position: form.place, lang: lang)
            return try await operation.run(by: actor, now: now, on: tx)
        }
    }

    @Sendable static func configure(req: Request) async throws -> Response {
        let form = try req.content.decode(ColumnForm.self)
        let boardID = try idParameter(req)
        let columnID = try idParameter(req, "column")
        let lang = req.language
        return try await perform(req, form: columnID.uuidString, values: form.values) { actor, now, tx in
            let operation = try ConfigureColumn(boardID: boardID, columnID: columnID, nameEN: form.name_en ?? "", nameRU: form.name_ru ?? "",
                                                wipLimit: form.limit ?? 0, wipStrict: form.strict, position: form.place, lang: lang)
            return try await operation.run(by: actor, now: now, on: tx)
        }
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let boardID = try idParameter(req)
        let columnID = try idParameter(req, "column")
        let lang = req.language
        return try await perform(req, form: columnID.uuidString) { actor, now, tx in
            try await RemoveColumn(boardID: boardID, columnID: columnID, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    /// Runs a column form: back to the set-up on success; the page again with the messages on a refusal.
    static func perform(_ req: Request, form: String, values: [String: String] = [:],
                        _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> BoardDTO) async throws -> Response {
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let board = try await req.write { tx in try await run(actor, now, tx) }
            return req.redirect(to: PageRoute.Work.boardSettings(board.id) + "?saved=1", redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 && problem.status != 403 {
            var feedback = Feedback(form: form, values: values)
            if let errors = problem.errors, !errors.isEmpty {
                feedback.errors = FormErrors(errors)
            } else {
                let code: HTML = problem.code.map { " data-code=\"\($0)\"" } ?? ""
                feedback.notice = "<div class=\"notice bad\" role=\"alert\" id=\"refusal\"\(code)><p>\(problem.detail ?? problem.title)</p></div>"
            }
            return try await render(req, feedback: feedback, status: problem.httpStatus)
        }
    }

    static func view(_ b: BoardDTO, feedback: Feedback, saved: Bool, lang: Language, csrf: String) -> HTML {
        let done: HTML = saved ? "<div class=\"notice\" role=\"status\" id=\"saved\">\(lang.t("Saved.", "Сохранено."))</div>" : ""
        let rows = b.columns.enumerated().map { index, c in column(b, c, index: index, count: b.columns.count, feedback: feedback, lang: lang, csrf: csrf) }.joined
        return """
        <div class="work board-settings">
        <p class="crumbs no-print"><a href="\(PageRoute.Work.boards())">\(lang.t("Boards", "Доски"))</a> · <a href="\(PageRoute.Work.board(b.id))">\(b.name)</a></p>
        <h1>\(lang.t("Board set-up", "Настройка доски")): \(b.name)</h1>
        \(done)\(feedback.notice)
        <p class="muted">\(lang.t(
            "Each column stands for a task status. A strict limit refuses one more card; a soft one warns. A column holding cards cannot be removed; move them first.",
            "Каждая колонка соответствует статусу задачи. Строгий предел не пускает лишнюю карточку, мягкий — предупреждает. Колонку с карточками удалить нельзя: сначала переместите их."))</p>
        <div class="settings-columns" id="settings-columns">\(rows)</div>
        \(newColumn(b, feedback: feedback, lang: lang, csrf: csrf))
        </div>
        """
    }

    /// One input with its own id (`<form>-<name>`), its label and its message.
    static func field(_ form: String, _ name: String, label: String, value: String, error: String?, type: String = "text", extra: HTML = "") -> HTML {
        let id = "\(form)-\(name)"
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(id)-error\""
        let message: HTML = error.map { "<p class=\"field-error\" id=\"\(id)-error\">\($0)</p>" } ?? ""
        return """
        <div class="field"><label for="\(id)">\(label)</label>
        <input type="\(type)" id="\(id)" name="\(name)" value="\(value)"\(invalid)\(extra)>\(message)</div>
        """
    }

    static func column(_ b: BoardDTO, _ c: BoardColumnDTO, index: Int, count: Int, feedback: Feedback, lang: Language, csrf: String) -> HTML {
        let key = c.id.uuidString
        let mine = feedback.form == key
        func value(_ name: String, _ stored: String) -> String { mine ? feedback.values[name] ?? stored : stored }
        func error(_ name: String) -> String? { mine ? feedback.errors[name] : nil }
        let strict = mine ? feedback.values["wip_strict"] == "on" : c.wip_strict
        let status = TaskStatus(rawValue: c.status)?.name(lang) ?? c.status
        let positions = (0..<count).map { p -> HTML in
            "<option value=\"\(p)\"\(p == index ? HTML(" selected") : "")>\(p + 1)</option>"
        }.joined
        return """
        <section class="card settings-column" id="settings-\(c.id)" data-column-id="\(c.id)">
        <h2>\(c.name) <span class="badge">\(status)</span> <span class="muted">· \(lang.t("cards", "карточек")): \(c.task_count)</span></h2>
        <form method="post" action="\(PageRoute.Work.boardColumn(b.id, c.id))" class="column-form" novalidate>
          <input type="hidden" name="_csrf" value="\(csrf)">
          \(field(key, "name_en", label: lang.t("Name in English", "Название по-английски"), value: value("name_en", c.name_en), error: error("name_en")))
          \(field(key, "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: value("name_ru", c.name_ru), error: error("name_ru")))
          \(field(key, "wip_limit", label: lang.t("Limit of cards (empty: none)", "Предел карточек (пусто — нет)"),
                  value: value("wip_limit", c.wip_limit.map(String.init) ?? ""), error: error("wip_limit"), type: "number", extra: " min=\"1\" inputmode=\"numeric\""))
          <label class="check"><input type="checkbox" name="wip_strict" id="\(key)-wip_strict"\(strict ? HTML(" checked") : "")> \(lang.t("Strict: refuse one more card", "Строгий: не пускать лишнюю карточку"))</label>
          <div class="field"><label for="\(key)-position">\(lang.t("Position", "Позиция"))</label>
          <select id="\(key)-position" name="position">\(positions)</select></div>
          <button type="submit" class="button" id="save-\(c.id)">\(lang.t("Save", "Сохранить"))</button>
        </form>
        <form method="post" action="\(PageRoute.Work.boardColumnRemove(b.id, c.id))" class="inline">
          <input type="hidden" name="_csrf" value="\(csrf)">
          <button type="submit" class="link-button danger" id="remove-\(c.id)">\(lang.t("Remove the column", "Удалить колонку"))</button>
        </form>
        </section>
        """
    }

    static func newColumn(_ b: BoardDTO, feedback: Feedback, lang: Language, csrf: String) -> HTML {
        let mine = feedback.form == "new"
        func value(_ name: String) -> String { mine ? feedback.values[name] ?? "" : "" }
        func error(_ name: String) -> String? { mine ? feedback.errors[name] : nil }
        let chosen = value("status")
        let statuses = TaskStatus.allCases.map { s -> HTML in
            "<option value=\"\(s.rawValue)\"\(s.rawValue == chosen ? HTML(" selected") : "")>\(s.name(lang))</option>"
        }.joined
        let statusError: HTML = error("status").map { "<p class=\"field-error\" id=\"new-status-error\">\($0)</p>" } ?? ""
        return """
        <section class="card" id="new-column"><h2>\(lang.t("New column", "Новая колонка"))</h2>
        <form method="post" action="\(PageRoute.Work.boardColumns(b.id))" class="column-form" id="new-column-form" novalidate>
          <input type="hidden" name="_csrf" value="\(csrf)">
          \(field("new", "name_en", label: lang.t("Name in English", "Название по-английски"), value: value("name_en"), error: error("name_en")))
          \(field("new", "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: value("name_ru"), error: error("name_ru")))
          <div class="field"><label for="new-status">\(lang.t("Task status it stands for", "Статус задач в колонке"))</label>
          <select id="new-status" name="status">\(statuses)</select>\(statusError)</div>
          \(field("new", "wip_limit", label: lang.t("Limit of cards (empty: none)", "Предел карточек (пусто — нет)"), value: value("wip_limit"),
                  error: error("wip_limit"), type: "number", extra: " min=\"1\" inputmode=\"numeric\""))
          <label class="check"><input type="checkbox" name="wip_strict" id="new-wip_strict"\(!mine || value("wip_strict") == "on" ? HTML(" checked") : "")> \(lang.t("Strict: refuse one more card", "Строгий: не пускать лишнюю карточку"))</label>
          <button type="submit" class="button" id="add-column">\(lang.t("Add the column", "Добавить колонку"))</button>
        </form>
        </section>
        """
    }
}
