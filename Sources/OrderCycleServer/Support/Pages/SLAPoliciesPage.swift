import Foundation
import OrderCycleCore
import Vapor

/// The SLA policies for administrators (DOMAIN §2.3 Decision): every policy with its scope (a
/// subscription package, a segment, or every segment), priority, targets and calendar; the form
/// that adds one (`CreateSLAPolicy`, as `POST /api/v1/sla-policies`) and, on each policy's page,
/// the form that changes it (`UpdateSLAPolicy`, as `PATCH /api/v1/sla-policies/{id}`). Analysts
/// and the staff who answer tickets read the list.
enum SLAPoliciesPage {
    /// A policy form as typed, kept when it comes back with errors.
    struct Form: Content, Sendable {
        var scope: String?
        var priority: String?
        var first_response_minutes: String?
        var resolution_minutes: String?
        var calendar: String?
        var weekdays: [String]?
        var opens: String?
        var closes: String?
        var holidays: String?
        var version: String?

        var holidayList: [String]? {
            holidays.map { $0.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" || $0 == "\r" }).map(String.init) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// A whole number typed, else a value the operation refuses with the field named.
        static func minutes(_ text: String?) -> Int? {
            guard let text = SupportPageParts.blank(text) else { return nil }
            return Int(text.trimmingCharacters(in: .whitespaces)) ?? -1
        }

        /// The form filled with a policy's terms.
        init(_ p: SLAPolicyDTO, timeZone: TimeZone) {
            scope = p.package_id.map { "package:\($0)" } ?? p.segment_id.map { "segment:\($0)" } ?? "all"
            priority = p.priority
            first_response_minutes = String(p.first_response_minutes)
            resolution_minutes = String(p.resolution_minutes)
            if case let .businessHours(hours)? = WorkingCalendar(code: p.calendar, timeZone: timeZone) {
                calendar = "business_hours"
                weekdays = BusinessHours.Weekday.allCases.filter { hours.weekdays.contains($0) }.map(\.rawValue)
                opens = String(format: "%02d:%02d", hours.opens.hour, hours.opens.minute)
                closes = String(format: "%02d:%02d", hours.closes.hour, hours.closes.minute)
                holidays = hours.holidays.sorted().map(\.description).joined(separator: ", ")
            } else {
                calendar = "24x7"
            }
            version = String(p.version)
        }

        init() { calendar = "24x7"; priority = Priority.normal.rawValue; scope = "all" }
    }

    struct Scopes {
        var segments: [SLAScopeQueries.Scope]
        var packages: [SLAScopeQueries.Scope]

        static func load(_ req: Request) async throws -> Scopes {
            Scopes(segments: try await SLAScopeQueries.segments(on: req.db), packages: try await SLAScopeQueries.packages(on: req.db))
        }

        func name(segment: UUID?, package: UUID?, lang: Language) -> String {
            if let package {
                let p = packages.first { $0.id == package }
                return lang.t("Package ", "Пакет ") + (p.map { lang.t($0.name_en, $0.name_ru) } ?? package.uuidString)
            }
            if let segment {
                let s = segments.first { $0.id == segment }
                return lang.t("Segment ", "Сегмент ") + (s.map { lang.t($0.name_en, $0.name_ru) } ?? segment.uuidString)
            }
            return lang.t("Every segment", "Все сегменты")
        }
    }

    // MARK: the list and the new policy

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, form: Form(), errors: FormErrors([]))
    }

    static func render(_ req: Request, form: Form, errors: FormErrors, notice: HTML = "", status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let policies = try await SLAPolicyQueries.list(on: req.db)
        let scopes = try await Scopes.load(req)
        let admin = try req.actor.role == .admin
        let rows = policies.map { p -> HTML in
            let link: HTML = admin ? " <a href=\"\(PageRoute.Support.policy(p.id))\" id=\"edit-\(p.id)\">\(lang.t("Change", "Изменить"))</a>" : ""
            return """
            <tr data-policy="\(p.id)"><td>\(scopes.name(segment: p.segment_id, package: p.package_id, lang: lang))</td>
            <td>\(SupportPageParts.priority(p.priority, lang: lang))</td><td>\(minutes(p.first_response_minutes, lang))</td>
            <td>\(minutes(p.resolution_minutes, lang))</td><td>\(calendarName(p.calendar, lang))</td><td>\(link)</td></tr>
            """
        }.joined
        let table: HTML = policies.isEmpty
            ? "<p class=\"muted\" id=\"policies-empty\">\(lang.t("No policies yet: every ticket gets the standard targets around the clock.", "Политик пока нет: каждая заявка получает стандартные сроки, круглосуточно."))</p>"
            : """
            <div class="table-wrap"><table id="sla-policies"><thead><tr><th>\(lang.t("For", "Для кого"))</th><th>\(lang.t("Priority", "Приоритет"))</th>
            <th>\(lang.t("First response", "Первый ответ"))</th><th>\(lang.t("Resolution", "Решение"))</th><th>\(lang.t("Calendar", "Календарь"))</th><th></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let create: HTML = admin ? """
            <section class="card" id="new-policy"><h2>\(lang.t("New policy", "Новая политика"))</h2>
            <form method="post" action="\(PageRoute.Support.policies())" class="stacked" id="policy-form">\(SupportPageParts.csrf(CSRF.token(for: req)))
            \(FormField.select(name: "scope", label: lang.t("For", "Для кого"), options: scopeOptions(scopes, lang), selected: form.scope, error: errors["package_id"] ?? errors["segment_id"]))
            \(FormField.select(name: "priority", label: lang.t("Priority", "Приоритет"), options: Priority.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }, selected: form.priority, error: errors["priority"]))
            \(terms(form, errors: errors, lang: lang))
            <button type="submit" class="button" id="policy-submit">\(lang.t("Add the policy", "Добавить политику"))</button>
            </form></section>
            """ : ""
        let content: HTML = """
        <div class="support sla-policies-page">
        <p class="crumbs"><a href="\(PageRoute.Support.queue())">\(lang.t("Support queue", "Очередь поддержки"))</a></p>
        <h1>\(lang.t("SLA policies", "Политики SLA"))</h1>
        \(notice)
        <p class="muted">\(lang.t("A client's subscription package takes precedence over its segment; a segment's policy over the one for every segment; without a policy the standard applies (24x7: urgent 15 min / 4 h, high 1 h / 8 h, normal 4 h / 24 h, low 8 h / 72 h). A ticket keeps the promise made when it was opened.",
                                  "Абонентский пакет клиента важнее его сегмента; политика сегмента — политики для всех сегментов; без политики действует стандарт (24x7: срочная 15 мин / 4 ч, высокая 1 ч / 8 ч, обычная 4 ч / 24 ч, низкая 8 ч / 72 ч). Заявка сохраняет сроки, обещанные при открытии."))</p>
        \(table)
        \(create)
        </div>
        """
        return Layout(title: lang.t("SLA policies", "Политики SLA"), request: req).render(content, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let lang = req.language
        var segment: UUID?
        var package: UUID?
        let scope = form.scope ?? "all"
        if scope.hasPrefix("segment:") { segment = UUID(uuidString: String(scope.dropFirst("segment:".count))) }
        if scope.hasPrefix("package:") { package = UUID(uuidString: String(scope.dropFirst("package:".count))) }
        let actor = try req.actor
        let now = req.clock.now()
        do {
            if scope != "all", segment == nil, package == nil { throw Problem.field("segment_id", lang.t("is not a segment", "такого сегмента нет")) }
            let operation = try CreateSLAPolicy(
                segmentID: segment, packageID: package, priority: SupportPageParts.blank(form.priority),
                firstResponseMinutes: Form.minutes(form.first_response_minutes), resolutionMinutes: Form.minutes(form.resolution_minutes),
                calendar: form.calendar, weekdays: form.calendar == "business_hours" ? form.weekdays ?? [] : nil,
                opens: SupportPageParts.blank(form.opens), closes: SupportPageParts.blank(form.closes), holidays: form.holidayList,
                timeZone: req.application.appConfig.timeZone, lang: lang)
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Support.policies(), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 {
            if let errors = problem.errors, !errors.isEmpty {
                return try await render(req, form: form, errors: FormErrors(errors), status: problem.httpStatus)
            }
            return try await render(req, form: form, errors: FormErrors([]), notice: SupportPageParts.notice(problem), status: problem.httpStatus)
        }
    }

    // MARK: one policy

    @Sendable static func edit(req: Request) async throws -> Response {
        guard let policy = try await SLAPolicyQueries.one(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await renderEdit(req, policy: policy, form: Form(policy, timeZone: req.application.appConfig.timeZone), errors: FormErrors([]))
    }

    static func renderEdit(_ req: Request, policy p: SLAPolicyDTO, form: Form, errors: FormErrors, notice: HTML = "",
                           status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let scopes = try await Scopes.load(req)
        let content: HTML = """
        <div class="support sla-policy-page">
        <p class="crumbs"><a href="\(PageRoute.Support.policies())">\(lang.t("SLA policies", "Политики SLA"))</a></p>
        <h1>\(scopes.name(segment: p.segment_id, package: p.package_id, lang: lang)) · \(SupportPageParts.priority(p.priority, lang: lang))</h1>
        \(notice)
        <section class="card"><form method="post" action="\(PageRoute.Support.policy(p.id))" class="stacked" id="policy-form">\(SupportPageParts.csrf(CSRF.token(for: req)))
        <input type="hidden" name="version" value="\(form.version ?? String(p.version))">
        \(terms(form, errors: errors, lang: lang))
        <button type="submit" class="button" id="policy-submit">\(lang.t("Save", "Сохранить"))</button>
        </form></section>
        <p class="muted">\(lang.t("Tickets already opened keep their promise; the new terms apply to the tickets opened from now on.", "Уже открытые заявки сохраняют свои сроки; новые условия действуют для заявок, открытых с этого момента."))</p>
        </div>
        """
        return Layout(title: lang.t("SLA policy", "Политика SLA"), request: req).render(content, status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let policy = try await SLAPolicyQueries.one(id, on: req.db) else { throw Problem(.notFound) }
        let form = try req.content.decode(Form.self)
        let lang = req.language
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let operation = try UpdateSLAPolicy(
                policyID: id, firstResponseMinutes: Form.minutes(form.first_response_minutes) ?? -1,
                resolutionMinutes: Form.minutes(form.resolution_minutes) ?? -1, calendar: form.calendar ?? "24x7",
                weekdays: form.calendar == "business_hours" ? form.weekdays ?? [] : nil,
                opens: SupportPageParts.blank(form.opens), closes: SupportPageParts.blank(form.closes), holidays: form.holidayList,
                expectedVersion: form.version.flatMap { Int($0) }, timeZone: req.application.appConfig.timeZone, lang: lang)
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Support.policies(), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 {
            if let errors = problem.errors, !errors.isEmpty {
                return try await renderEdit(req, policy: policy, form: form, errors: FormErrors(errors), status: problem.httpStatus)
            }
            return try await renderEdit(req, policy: policy, form: form, errors: FormErrors([]), notice: SupportPageParts.notice(problem), status: problem.httpStatus)
        }
    }

    // MARK: parts

    static func scopeOptions(_ scopes: Scopes, _ lang: Language) -> [(value: String, label: String)] {
        [(value: "all", label: lang.t("Every segment", "Все сегменты"))]
            + scopes.packages.map { (value: "package:\($0.id)", label: lang.t("Package ", "Пакет ") + lang.t($0.name_en, $0.name_ru)) }
            + scopes.segments.map { (value: "segment:\($0.id)", label: lang.t("Segment ", "Сегмент ") + lang.t($0.name_en, $0.name_ru)) }
    }

    /// The targets and the calendar, as the new policy and the change both take them.
    static func terms(_ form: Form, errors: FormErrors, lang: Language) -> HTML {
        let chosen = Set(form.weekdays ?? BusinessHours.Weekday.workweek.map(\.rawValue))
        let days = BusinessHours.Weekday.allCases.map { day -> HTML in
            let on: HTML = chosen.contains(day.rawValue) ? " checked" : ""
            return "<label class=\"check\"><input type=\"checkbox\" name=\"weekdays[]\" value=\"\(day.rawValue)\"\(on)> \(weekday(day, lang))</label>"
        }.joined
        let weekdayError = errors["weekdays"] ?? (0..<7).lazy.compactMap { errors["weekdays[\($0)]"] }.first
        let holidayError = errors["holidays"] ?? (0..<366).lazy.compactMap { errors["holidays[\($0)]"] }.first
        return """
        \(FormField.input(name: "first_response_minutes", type: "number", label: lang.t("First response, minutes", "Первый ответ, минут"), value: form.first_response_minutes, error: errors["first_response_minutes"]))
        \(FormField.input(name: "resolution_minutes", type: "number", label: lang.t("Resolution, minutes", "Решение, минут"), value: form.resolution_minutes, error: errors["resolution_minutes"]))
        \(FormField.select(name: "calendar", label: lang.t("Calendar", "Календарь"), options: [(value: "24x7", label: lang.t("Around the clock (24x7)", "Круглосуточно (24x7)")), (value: "business_hours", label: lang.t("Office hours", "Рабочие часы"))], selected: form.calendar, error: errors["calendar"]))
        <fieldset id="office-hours"><legend>\(lang.t("Office hours (for that calendar)", "Рабочие часы (для этого календаря)"))</legend>
        <div class="weekdays">\(days)</div>\(FormField.errorLine(name: "weekdays", weekdayError))
        \(FormField.input(name: "opens", type: "time", label: lang.t("Opens", "Начало"), value: form.opens ?? "09:00", error: errors["opens"]))
        \(FormField.input(name: "closes", type: "time", label: lang.t("Closes", "Конец"), value: form.closes ?? "18:00", error: errors["closes"]))
        \(FormField.input(name: "holidays", label: lang.t("Holidays (dates, comma-separated)", "Праздники (даты через запятую)"), value: form.holidays, error: holidayError))
        </fieldset>
        """
    }

    static func minutes(_ m: Int, _ lang: Language) -> String {
        m % 60 == 0 ? "\(m / 60) \(lang.t("h", "ч"))" : m > 60 ? "\(m / 60) \(lang.t("h", "ч")) \(m % 60) \(lang.t("min", "мин"))" : "\(m) \(lang.t("min", "мин"))"
    }

    static func calendarName(_ code: String, _ lang: Language) -> String {
        code == "24x7" ? lang.t("24x7", "круглосуточно") : code
    }

    static func weekday(_ day: BusinessHours.Weekday, _ lang: Language) -> String {
        switch day {
        case .monday: lang.t("Mon", "Пн")
        case .tuesday: lang.t("Tue", "Вт")
        case .wednesday: lang.t("Wed", "Ср")
        case .thursday: lang.t("Thu", "Чт")
        case .friday: lang.t("Fri", "Пт")
        case .saturday: lang.t("Sat", "Сб")
        case .sunday: lang.t("Sun", "Вс")
        }
    }
}
