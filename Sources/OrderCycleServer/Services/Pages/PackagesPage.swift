import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The subscription packages (DOMAIN §2.4): each with its monthly price and the services it
/// includes per month, and a form to add one (a quantity per active service; blank: not included).
enum PackagesPage {
    @Sendable static func render(req: Request) async throws -> Response {
        try await page(req, form: [:], errors: [:])
    }

    static func page(_ req: Request, form: [String: String], errors: [String: String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let packages = try await CatalogQueries.packages(on: req.db)
        let services = try await CatalogQueries.services(on: req.db)
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let canEdit = [Role.admin, .manager].contains(try req.actor.role)
        let cards = packages.map { p -> HTML in
            let items = p.services.map { i -> HTML in "<li>\(byID[i.service_id]?.name(lang) ?? "—") × \(i.included_per_month)</li>" }.joined
            return """
            <section class="card" data-package="\(p.code)"><h2>\(p.name(lang)) <span class="muted">\(p.code)</span></h2>
            <p>\(ServicesPageParts.money(p.price_minor, p.currency, lang: lang)) \(lang.t("a month", "в месяц"))\(p.active ? "" : HTML(" <span class=\"badge bad\">\(lang.t("retired", "выведен"))</span>"))</p>
            <ul>\(items)</ul></section>
            """
        }.joined
        let quantities = services.filter(\.active).map { s -> HTML in
            FormField.input(name: "included_\(s.id)", type: "number", label: "\(s.name(lang)) (\(s.code))", value: form["included_\(s.id)"], error: errors["included_\(s.id)"])
        }.joined
        let newForm: HTML = canEdit ? """
        <h2>\(lang.t("New package", "Новый пакет"))</h2>
        <form method="post" action="\(PageRoute.Services.packages())" class="card" novalidate>
          \(ServicesPageParts.hidden(CSRF.token(for: req)))
          \(FormField.input(name: "code", label: lang.t("Code (latin)", "Код (латиницей)"), value: form["code"], error: errors["code"]))
          \(FormField.input(name: "name_en", label: lang.t("Name in English", "Название по-английски"), value: form["name_en"], error: errors["name_en"]))
          \(FormField.input(name: "name_ru", label: lang.t("Name in Russian", "Название по-русски"), value: form["name_ru"], error: errors["name_ru"]))
          \(FormField.input(name: "price", label: lang.t("Price a month, UAH", "Цена в месяц, грн"), value: form["price"], error: errors["price"] ?? errors["price_minor"]))
          <fieldset><legend>\(lang.t("Included per month", "Включено в месяц"))</legend>\(quantities)
          \(FormField.errorLine(name: "services", errors["services"]))</fieldset>
          <p><button type="submit" class="primary" id="package-submit">\(lang.t("Add", "Добавить"))</button></p>
        </form>
        """ : ""
        let content: HTML = """
        <h1>\(lang.t("Subscription packages", "Абонентские пакеты"))</h1>
        <p><a href="\(PageRoute.Services.catalog())">\(lang.t("Service catalog", "Каталог услуг"))</a></p>
        <div class="grid" id="packages">\(cards)</div>
        \(newForm)
        """
        return Layout(title: lang.t("Subscription packages", "Абонентские пакеты"), request: req).render(content, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let lang = req.language
        let actor = try req.actor
        let now = req.clock.now()
        var formErrors: [String: String] = [:]
        var items: [PackageInput.Item] = []
        var fieldOf: [Int: String] = [:]
        for (key, value) in form.sorted(by: { $0.key < $1.key }) where key.hasPrefix("included_") && !value.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let id = UUID(uuidString: String(key.dropFirst(9))) else { continue }
            guard let n = Int(value.trimmingCharacters(in: .whitespaces)) else { formErrors[key] = lang.t("must be a whole number", "целое число"); continue }
            fieldOf[items.count] = key
            items.append(.init(service_id: id, included_per_month: n))
        }
        var minor: Int64?
        if let parsed = ServicesPageParts.minor(fromPrice: form["price"]) { minor = parsed } else { formErrors["price"] = lang.t("must be an amount such as 150.00", "сумма, например 150.00") }
        let input = PackageInput(code: form["code"], name_en: form["name_en"], name_ru: form["name_ru"], price_minor: minor, services: items)
        do {
            let operation = try CreatePackage(input, lang: lang)
            if !formErrors.isEmpty { throw Problem.validation(formErrors.map { .init(field: $0.key, message: $0.value) }) }
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Services.packages(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            // The API names a quantity `services[i].included_per_month`; the form, by its service.
            var errors = formErrors
            for (field, message) in problem.fieldMessages {
                if field.hasPrefix("services["), let close = field.firstIndex(of: "]"), let i = Int(field[field.index(field.startIndex, offsetBy: 9)..<close]), let key = fieldOf[i] {
                    errors[key] = message
                } else { errors[field] = errors[field] ?? message }
            }
            return try await page(req, form: form, errors: errors, status: .unprocessableEntity)
        }
    }
}
