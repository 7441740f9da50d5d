import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The staff form that opens a branch or changes one: the same `CreateBranch` and
/// `UpdateBranch` the API runs, with the hours as one row per weekday (opening, closing and a
/// break), holidays one per line, and the messages beside the fields they concern.
enum BranchFormPage {
    /// The form as posted; every field text, as a browser sends it.
    struct Form: Content, Sendable {
        var name_en: String?
        var name_ru: String?
        var address: String?
        var lat: String?
        var lon: String?
        var phones: String?
        var services: String?
        var internal_notes: String?
        var active: String?
        var always_open: String?
        var holidays: String?
        var version: String?
        var mon_open: String?, mon_close: String?, mon_break_from: String?, mon_break_to: String?
        var tue_open: String?, tue_close: String?, tue_break_from: String?, tue_break_to: String?
        var wed_open: String?, wed_close: String?, wed_break_from: String?, wed_break_to: String?
        var thu_open: String?, thu_close: String?, thu_break_from: String?, thu_break_to: String?
        var fri_open: String?, fri_close: String?, fri_break_from: String?, fri_break_to: String?
        var sat_open: String?, sat_close: String?, sat_break_from: String?, sat_break_to: String?
        var sun_open: String?, sun_close: String?, sun_break_from: String?, sun_break_to: String?

        private func day(_ d: BranchHours.Weekday) -> [String?] {
            switch d {
            case .mon: [mon_open, mon_close, mon_break_from, mon_break_to]
            case .tue: [tue_open, tue_close, tue_break_from, tue_break_to]
            case .wed: [wed_open, wed_close, wed_break_from, wed_break_to]
            case .thu: [thu_open, thu_close, thu_break_from, thu_break_to]
            case .fri: [fri_open, fri_close, fri_break_from, fri_break_to]
            case .sat: [sat_open, sat_close, sat_break_from, sat_break_to]
            case .sun: [sun_open, sun_close, sun_break_from, sun_break_to]
            }
        }

        func value(_ d: BranchHours.Weekday, _ part: Int) -> String? { day(d)[part] }

        /// The form read as the API's input; text that is not a number stays a field error.
        func input(lang: Language) throws -> BranchInput {
            var errors: [Problem.FieldError] = []
            func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) } }
            func number(_ name: String, _ text: String?) -> Double? {
                guard let text = blank(text) else { return nil }
                guard let v = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                    errors.append(.init(field: name, message: lang.t("must be a number such as 55.7558", "укажите число, например 55.7558"))); return nil
                }
                return v
            }
            var week: [String: HoursDTO.Day] = [:]
            for d in BranchHours.Weekday.allCases {
                let parts = day(d).map(blank)
                guard parts[0] != nil || parts[1] != nil else { continue }
                let breaks = parts[2] == nil && parts[3] == nil ? [] : [HoursDTO.Span(from: parts[2], to: parts[3])]
                week[d.rawValue] = .init(open: parts[0], close: parts[1], breaks: breaks)
            }
            var holidays: [HoursDTO.Holiday] = []
            for line in (holidays_ ?? "").split(whereSeparator: \.isNewline) {
                // "2026-01-01", "2026-03-07 10:00-15:00" or either followed by a name.
                let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard let date = words.first else { continue }
                var rest = Array(words.dropFirst())
                var open: String?, close: String?
                if let span = rest.first, span.contains("-"), span.count == 11 {
                    let t = span.split(separator: "-").map(String.init)
                    (open, close) = (t.first, t.last)
                    rest.removeFirst()
                }
                holidays.append(.init(date: date, name: rest.isEmpty ? nil : rest.joined(separator: " "), open: open, close: close))
            }
            let lines = { (text: String?) in (text ?? "").split(whereSeparator: { $0.isNewline }).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            let input = BranchInput(
                name_en: name_en, name_ru: name_ru, address: address, lat: number("lat", lat), lon: number("lon", lon),
                hours: HoursDTO(always_open: always_open == "on", week: week, holidays: holidays),
                phones: lines(phones), services: (services ?? "").lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map(String.init),
                internal_notes: blank(internal_notes), active: active == "on")
            if !errors.isEmpty { throw Problem.validation(errors) }
            return input
        }

        private var holidays_: String? { holidays }

        init() {}

        init(_ b: BranchDTO) {
            name_en = b.name_en; name_ru = b.name_ru; address = b.address
            lat = String(b.lat); lon = String(b.lon)
            phones = b.phones.joined(separator: "\n"); services = b.services.joined(separator: ", ")
            internal_notes = b.internal_notes; active = b.active ? "on" : nil
            always_open = b.hours.always_open == true ? "on" : nil
            version = String(b.version)
            holidays = (b.hours.holidays ?? []).map { h in
                [h.date ?? "", h.open.flatMap { o in h.close.map { "\(o)-\($0)" } } ?? "", h.name ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            }.joined(separator: "\n")
            for (key, d) in b.hours.week ?? [:] {
                let br = d.breaks?.first
                let values = [d.open, d.close, br?.from, br?.to]
                switch BranchHours.Weekday(rawValue: key) {
                case .mon: (mon_open, mon_close, mon_break_from, mon_break_to) = (values[0], values[1], values[2], values[3])
                case .tue: (tue_open, tue_close, tue_break_from, tue_break_to) = (values[0], values[1], values[2], values[3])
                case .wed: (wed_open, wed_close, wed_break_from, wed_break_to) = (values[0], values[1], values[2], values[3])
                case .thu: (thu_open, thu_close, thu_break_from, thu_break_to) = (values[0], values[1], values[2], values[3])
                case .fri: (fri_open, fri_close, fri_break_from, fri_break_to) = (values[0], values[1], values[2], values[3])
                case .sat: (sat_open, sat_close, sat_break_from, sat_break_to) = (values[0], values[1], values[2], values[3])
                case .sun: (sun_open, sun_close, sun_break_from, sun_break_to) = (values[0], values[1], values[2], values[3])
                case nil: break
                }
            }
        }
    }

    /// Where the form shows a problem the operation names by the API's field path.
    static func formField(_ field: String) -> String {
        if field.hasPrefix("hours.week.") {
            let parts = field.split(separator: ".")
            guard parts.count >= 3 else { return "hours" }
            let day = String(parts[2])
            if field.contains(".breaks") { return "\(day)_break" }
            return parts.count >= 4 ? "\(day)_\(parts[3])" : "\(day)_open"
        }
        if field.hasPrefix("hours.holidays") { return "holidays" }
        if field.hasPrefix("phones") { return "phones" }
        if field.hasPrefix("services") { return "services" }
        return field
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var form = Form()
        form.active = "on"
        return render(req, form: form, branch: nil, errors: FormErrors([]), catalog: try await catalog(req))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        guard let branch = try await BranchQueries.branch(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return render(req, form: Form(branch), branch: branch, errors: FormErrors([]), catalog: try await catalog(req))
    }

    /// The service catalog's active services, which a branch's services name by code.
    static func catalog(_ req: Request) async throws -> [ServiceDTO] {
        try await CatalogQueries.services(on: req.db).filter(\.active)
    }

    struct PhotoForm: Content { var photo: File? }

    /// The edit page's photo form runs the API's `SetBranchPhoto`; what is not an image is
    /// refused beside the field, and the branch keeps its photo.
    @Sendable static func photo(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let branch = try await BranchQueries.branch(id, on: req.db) else { throw Problem(.notFound) }
        let form = try req.content.decode(PhotoForm.self)
        do {
            let operation = try SetBranchPhoto(branchID: id, bytes: form.photo?.data ?? ByteBuffer(), field: "photo", lang: req.language)
            let actor = try req.actor
            try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Branches.branch(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return render(req, form: Form(branch), branch: branch, errors: errors(problem), catalog: try await catalog(req), status: .unprocessableEntity)
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let lang = req.language
        do {
            let operation = try CreateBranch(try form.input(lang: lang), region: req.application.appConfig.phoneRegion, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            let branch = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            BranchCatalog.of(req.application).invalidate()
            return req.redirect(to: PageRoute.Branches.branch(branch.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return render(req, form: form, branch: nil, errors: errors(problem), catalog: try await catalog(req), status: .unprocessableEntity)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(Form.self)
        let lang = req.language
        guard let current = try await BranchQueries.branch(id, on: req.db) else { throw Problem(.notFound) }
        do {
            let operation = try UpdateBranch(branchID: id, try form.input(lang: lang), expectedVersion: form.version.flatMap { Int($0) } ?? -1,
                                             region: req.application.appConfig.phoneRegion, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            BranchCatalog.of(req.application).invalidate()
            return req.redirect(to: PageRoute.Branches.branch(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return render(req, form: form, branch: current, errors: errors(problem), catalog: try await catalog(req), status: .unprocessableEntity)
        } catch let problem as Problem where problem.status == 412 {
            let notice = lang.t("Someone changed this branch meanwhile; here it is as it is now.", "Отделение тем временем изменили; вот его текущие данные.")
            return render(req, form: Form(current), branch: current, errors: FormErrors([]), notice: notice, status: .conflict)
        }
    }

    private static func errors(_ problem: Problem) -> FormErrors {
        FormErrors((problem.errors ?? []).map { .init(field: formField($0.field), message: $0.message) })
    }

    static func render(_ req: Request, form: Form, branch: BranchDTO?, errors: FormErrors, notice: String? = nil, catalog: [ServiceDTO] = [],
                       status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        // The catalog's services a branch may name, code and name, beside the services field.
        let offered: HTML = catalog.isEmpty ? "" : "<details id=\"catalog-services\"><summary>\(lang.t("Codes of the service catalog", "Коды из каталога услуг"))</summary><ul>\(catalog.map { HTML("<li><code>\($0.code)</code> — \($0.name(lang))</li>") }.joined)</ul></details>"
        let photoForm: HTML = branch.map { b in
            """
            <form method="post" action="\(PageRoute.Branches.photo(b.id))" class="card" enctype="multipart/form-data" id="branch-photo-form" novalidate>
              <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
              <h2>\(lang.t("Photo", "Фотография"))</h2>
              <label for="photo">\(lang.t("A JPEG, PNG or WebP image; it replaces the one shown", "Изображение JPEG, PNG или WebP; заменит текущее"))</label>
              <input type="file" id="photo" name="photo" accept="image/jpeg,image/png,image/webp"\(errors["photo"] == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"photo-error\""))>
              \(FormField.errorLine(name: "photo", errors["photo"]))
              <p><button type="submit" class="button" id="branch-photo-submit">\(lang.t("Put up the photo", "Загрузить фото"))</button></p>
            </form>
            """
        } ?? ""
        let action = branch.map { PageRoute.Branches.edit($0.id) } ?? PageRoute.Branches.list()
        let title = branch.map { lang.t("Edit ", "Изменить: ") + $0.name(lang) } ?? lang.t("New branch", "Новое отделение")
        let days = BranchHours.Weekday.allCases.map { d -> HTML in
            let k = d.rawValue
            let error = errors["\(k)_open"] ?? errors["\(k)_close"] ?? errors["\(k)_break"]
            func cell(_ suffix: String, _ part: Int, _ label: String) -> HTML {
                "<td><input type=\"time\" id=\"\(k)_\(suffix)\" name=\"\(k)_\(suffix)\" value=\"\(form.value(d, part))\" aria-label=\"\(d.name(lang)) \(label)\"\(error == nil ? "" : HTML(" aria-invalid=\"true\""))></td>"
            }
            return """
            <tr><th>\(d.name(lang))</th>\(cell("open", 0, lang.t("opens", "открытие")))\(cell("close", 1, lang.t("closes", "закрытие")))\(cell("break_from", 2, lang.t("break from", "перерыв с")))\(cell("break_to", 3, lang.t("break to", "перерыв до")))
            <td>\(FormField.errorLine(name: "\(k)_open", error))</td></tr>
            """
        }.joined
        func check(_ name: String, _ on: String?, _ label: String) -> HTML {
            "<label class=\"check\" for=\"\(name)\"><input type=\"checkbox\" id=\"\(name)\" name=\"\(name)\" value=\"on\"\(on == "on" ? HTML(" checked") : "")> \(label)</label>"
        }
        let content: HTML = """
        <div class="branches">
        <p class="crumbs"><a href="\(PageRoute.Branches.list())">\(lang.t("Branches", "Отделения"))</a></p>
        <h1>\(title)</h1>
        \(notice.map { HTML("<p class=\"notice\">\($0)</p>") } ?? "")
        <form method="post" action="\(action)" class="card" id="branch-form" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          <input type="hidden" name="version" value="\(form.version)">
          <div class="form-columns"><div>
          \(FormField.input(name: "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: form.name_ru, error: errors["name_ru"], required: true))
          \(FormField.input(name: "name_en", label: lang.t("Name in English", "Название по-английски"), value: form.name_en, error: errors["name_en"], required: true))
          \(FormField.input(name: "address", label: lang.t("Address", "Адрес"), value: form.address, error: errors["address"], required: true))
          \(FormField.input(name: "lat", label: lang.t("Latitude", "Широта"), value: form.lat, error: errors["lat"], required: true))
          \(FormField.input(name: "lon", label: lang.t("Longitude", "Долгота"), value: form.lon, error: errors["lon"], required: true))
          </div><div>
          \(FormControls.textarea(name: "phones", label: lang.t("Phones, one per line", "Телефоны, по одному в строке"), value: form.phones, error: errors["phones"]))
          \(FormField.input(name: "services", label: lang.t("Services (codes, comma-separated)", "Услуги (коды через запятую)"), value: form.services, error: errors["services"]))
          \(offered)
          \(FormControls.textarea(name: "internal_notes", label: lang.t("Notes for staff (never public)", "Заметки для сотрудников (не публикуются)"), value: form.internal_notes, error: errors["internal_notes"]))
          \(check("active", form.active, lang.t("Open to clients (shown in the catalog)", "Работает (видно в каталоге)")))
          </div></div>
          <h2>\(lang.t("Hours", "Часы работы"))</h2>
          \(check("always_open", form.always_open, lang.t("Open 24/7", "Круглосуточно, без выходных")))
          <p class="muted">\(lang.t("A day left empty is a day off.", "Пустой день — выходной."))</p>
          <div class="table-wrap"><table class="hours-form"><thead><tr><th></th><th>\(lang.t("Opens", "Открытие"))</th><th>\(lang.t("Closes", "Закрытие"))</th>
          <th>\(lang.t("Break from", "Перерыв с"))</th><th>\(lang.t("Break to", "Перерыв до"))</th><th></th></tr></thead><tbody>\(days)</tbody></table></div>
          \(FormControls.textarea(name: "holidays", label: lang.t("Holidays, one per line: 2026-01-01 closed, or 2026-03-07 10:00-15:00, then a name", "Праздники, по одному в строке: 2026-01-01 (закрыто) или 2026-03-07 10:00-15:00, затем название"), value: form.holidays, error: errors["holidays"]))
          <p><button type="submit" class="primary" id="branch-submit">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        \(photoForm)
        </div>
        """
        return Layout(title: title, request: req).render(content, status: status)
    }
}
