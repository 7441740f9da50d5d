import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The service catalog (DOMAIN §4.1): every service with its kind, phase, norm, price and the
/// segments it is open to; a form to add one; each service's page to change or retire it.
enum CatalogPage {
    /// The form's fields as typed: the price in currency units, a checkbox per segment (`segment_<id>`).
    struct Values: Sendable {
        var code: String?
        var name_en: String?
        var name_ru: String?
        var kind: String?
        var phase: String?
        var standard_minutes: String?
        var unit: String?
        var price: String?
        var segments: Set<UUID> = []
        var version: String?

        init() {}

        init(_ s: ServiceDTO) {
            code = s.code; name_en = s.name_en; name_ru = s.name_ru; kind = s.kind; phase = s.phase
            standard_minutes = String(s.standard_minutes); unit = s.unit; price = ServicesPageParts.price(ofMinor: s.price_minor)
            segments = Set(s.segment_ids); version = String(s.version)
        }

        init(form: [String: String]) {
            code = form["code"]; name_en = form["name_en"]; name_ru = form["name_ru"]; kind = form["kind"]; phase = form["phase"]
            standard_minutes = form["standard_minutes"]; unit = form["unit"]; price = form["price"]; version = form["version"]
            segments = Set(form.compactMap { key, value in key.hasPrefix("segment_") && value == "on" ? UUID(uuidString: String(key.dropFirst(8))) : nil })
        }

        /// The operation's input, or the form's own errors (a price or a number that is not one).
        func input(lang: Language) -> (ServiceInput, [String: String]) {
            var errors: [String: String] = [:]
            var minutes: Int?
            if let text = standard_minutes, !text.isEmpty {
                minutes = Int(text)
                if minutes == nil { errors["standard_minutes"] = lang.t("must be a whole number of minutes", "целое число минут") }
            }
            var minor: Int64?
            if let parsed = ServicesPageParts.minor(fromPrice: price) { minor = parsed } else {
                errors["price"] = lang.t("must be an amount such as 150.00", "сумма, например 150.00")
            }
            let input = ServiceInput(code: code, name_en: name_en, name_ru: name_ru, kind: kind?.isEmpty == true ? nil : kind, phase: phase?.isEmpty == true ? nil : phase,
                                     standard_minutes: minutes, unit: unit?.isEmpty == true ? nil : unit, price_minor: minor,
                                     segment_ids: segments.sorted { $0.uuidString < $1.uuidString })
            return (input, errors)
        }
    }

    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, values: Values(), errors: [:])
    }

    static func page(_ req: Request, values: Values, errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let services = try await CatalogQueries.services(on: req.db)
        let segments = try await SegmentQueries.all(on: req.db)
        let names = Dictionary(segments.map { ($0.id, lang == .ru ? $0.name_ru : $0.name_en) }, uniquingKeysWith: { a, _ in a })
        let canEdit = [Role.admin, .manager].contains(try req.actor.role)
        let rows = services.map { s -> HTML in
            let open = s.segment_ids.isEmpty ? lang.t("all", "все") : s.segment_ids.compactMap { names[$0] }.joined(separator: ", ")
            let state: HTML = s.active ? "" : "<span class=\"badge bad\">\(lang.t("retired", "выведена"))</span>"
            let code: HTML = canEdit ? "<a href=\"\(PageRoute.Services.service(s.id))\">\(s.code)</a>" : "\(s.code)"
            return """
            <tr data-service="\(s.code)"><td>\(code)</td><td>\(s.name(lang))</td><td>\(ServiceKind(rawValue: s.kind)?.name(lang) ?? s.kind)</td>
            <td>\(ServicePhase(rawValue: s.phase)?.name(lang) ?? s.phase)</td><td class="num">\(s.standard_minutes)</td>
            <td class="num">\(ServicesPageParts.money(s.price_minor, s.currency, lang: lang))</td><td>\(s.unit)</td><td>\(open)</td><td>\(state)</td></tr>
            """
        }.joined
        let form: HTML = canEdit ? """
        <h2>\(lang.t("New service", "Новая услуга"))</h2>
        <form method="post" action="\(PageRoute.Services.catalog())" class="card" novalidate>
          \(ServicesPageParts.hidden(CSRF.token(for: req)))
          \(fields(values, errors: errors, segments: segments, lang: lang))
          <p><button type="submit" class="primary" id="service-submit">\(lang.t("Add", "Добавить"))</button></p>
        </form>
        """ : ""
        let content: HTML = """
        <h1>\(lang.t("Service catalog", "Каталог услуг"))</h1>
        <p><a href="\(PageRoute.Services.packages())">\(lang.t("Subscription packages", "Абонентские пакеты"))</a> ·
           <a href="\(PageRoute.Services.requests())">\(lang.t("Requests", "Заявки"))</a></p>
        <div class="table-wrap"><table id="services"><thead><tr><th>\(lang.t("Code", "Код"))</th><th>\(lang.t("Name", "Название"))</th>
          <th>\(lang.t("Kind", "Вид"))</th><th>\(lang.t("Phase", "Фаза"))</th><th>\(lang.t("Norm, min", "Норма, мин"))</th><th>\(lang.t("Price", "Цена"))</th>
          <th>\(lang.t("Unit", "Единица"))</th><th>\(lang.t("Segments", "Сегменты"))</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
        \(rows.text.isEmpty ? EmptyState.html(id: "services-empty", lang.t("No services in the catalog yet.", "В каталоге пока нет услуг."), how: lang.t("Services the company offers its clients appear here with their norms and prices. Add the first one with the form below.", "Здесь появляются услуги, которые компания оказывает клиентам, с нормами и ценами. Добавьте первую формой ниже.")) : "")
        \(form)
        """
        return Layout(title: lang.t("Service catalog", "Каталог услуг"), request: req).render(content, status: status)
    }

    static func fields(_ values: Values, errors: [String: String], segments: [SegmentDTO], lang: Language) -> HTML {
        let segmentBoxes = segments.filter(\.active).map { s -> HTML in
            let checked: HTML = values.segments.contains(s.id) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"segment_\(s.id)\" value=\"on\"\(checked)> \(lang == .ru ? s.name_ru : s.name_en)</label>"
        }.joined
        return """
        \(FormField.input(name: "code", label: lang.t("Code (latin)", "Код (латиницей)"), value: values.code, error: errors["code"]))
        \(FormField.input(name: "name_en", label: lang.t("Name in English", "Название по-английски"), value: values.name_en, error: errors["name_en"]))
        \(FormField.input(name: "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: values.name_ru, error: errors["name_ru"]))
        \(FormField.select(name: "kind", label: lang.t("Kind", "Вид"), options: ServiceKind.allCases.map { ($0.rawValue, $0.name(lang)) }, selected: values.kind, error: errors["kind"]))
        \(FormField.select(name: "phase", label: lang.t("Phase of the sale", "Фаза продажи"), options: ServicePhase.allCases.map { ($0.rawValue, $0.name(lang)) }, selected: values.phase, error: errors["phase"]))
        \(FormField.input(name: "standard_minutes", type: "number", label: lang.t("Standard time, minutes", "Норма времени, минут"), value: values.standard_minutes, error: errors["standard_minutes"]))
        \(FormField.input(name: "price", label: lang.t("Price, UAH", "Цена, грн"), value: values.price, error: errors["price"] ?? errors["price_minor"]))
        \(FormField.input(name: "unit", label: lang.t("Unit", "Единица"), value: values.unit, error: errors["unit"]))
        <fieldset><legend>\(lang.t("Open to segments (none: all)", "Доступна сегментам (ни одного — всем)"))</legend>\(segmentBoxes)
        \(FormField.errorLine(name: "segment_ids", errors["segment_ids"]))</fieldset>
        """
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let values = Values(form: try req.content.decode([String: String].self))
        let lang = req.language
        let actor = try req.actor
        let now = req.clock.now()
        let (input, formErrors) = values.input(lang: lang)
        do {
            let operation = try CreateService(input, lang: lang)
            if !formErrors.isEmpty { throw Problem.validation(formErrors.map { .init(field: $0.key, message: $0.value) }) }
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Services.catalog(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await page(req, values: values, errors: formErrors.merging(problem.fieldMessages) { a, _ in a }, status: .unprocessableEntity)
        }
    }

    // MARK: one service

    @Sendable static func edit(req: Request) async throws -> Response {
        guard let service = try await CatalogQueries.service(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await editPage(req, service: service, values: Values(service), errors: [:])
    }

    static func editPage(_ req: Request, service: ServiceDTO, values: Values, errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let csrf = CSRF.token(for: req)
        let segments = try await SegmentQueries.all(on: req.db)
        let content: HTML = """
        <h1>\(service.name(lang)) <span class="muted">\(service.code)</span></h1>
        <p><a href="\(PageRoute.Services.catalog())">\(lang.t("Service catalog", "Каталог услуг"))</a></p>
        <form method="post" action="\(PageRoute.Services.service(service.id))" class="card" novalidate>
          \(ServicesPageParts.hidden(csrf))<input type="hidden" name="version" value="\(values.version)">
          \(fields(values, errors: errors, segments: segments, lang: lang))
          <p><button type="submit" class="primary" id="service-save">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        <form method="post" action="\(PageRoute.Services.retire(service.id))" class="inline">
          \(ServicesPageParts.hidden(csrf))<input type="hidden" name="version" value="\(service.version)">
          <input type="hidden" name="active" value="\(service.active ? "false" : "true")">
          <button type="submit" class="button secondary" id="service-retire">\(service.active ? lang.t("Retire", "Вывести из каталога") : lang.t("Offer again", "Вернуть в каталог"))</button>
        </form>
        """
        return Layout(title: service.name(lang), request: req).render(content, status: status)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let service = try await CatalogQueries.service(id, on: req.db) else { throw Problem(.notFound) }
        let values = Values(form: try req.content.decode([String: String].self))
        let lang = req.language
        let actor = try req.actor
        let now = req.clock.now()
        var (input, formErrors) = values.input(lang: lang)
        if input.unit == nil { input.unit = service.unit }
        do {
            let operation = try UpdateService(serviceID: id, input, expectedVersion: values.version.flatMap(Int.init), lang: lang)
            if !formErrors.isEmpty { throw Problem.validation(formErrors.map { .init(field: $0.key, message: $0.value) }) }
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Services.catalog(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await editPage(req, service: service, values: values, errors: formErrors.merging(problem.fieldMessages) { a, _ in a }, status: .unprocessableEntity)
        }
    }

    struct RetireForm: Content { var version: String?; var active: String? }

    @Sendable static func retire(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(RetireForm.self)
        let actor = try req.actor
        let now = req.clock.now()
        let operation = try UpdateService(serviceID: id, ServiceInput(active: form.active == "true"), expectedVersion: form.version.flatMap(Int.init), lang: req.language)
        _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return req.redirect(to: PageRoute.Services.service(id), redirectType: .normal)
    }
}
