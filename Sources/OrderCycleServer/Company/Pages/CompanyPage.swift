import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The administrator's page for the seller's details: what every invoice issued from now on
/// prints as the seller, the VAT rate and the payment terms. The same `UpdateCompanyDetails`
/// as `PUT /api/v1/company`; the rate is typed as a percentage.
enum CompanyPage {
    static let editors: Access = .only(.admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Company.settings, access: editors, use: show)
        routes.endpoint(.POST, PageRoute.Company.settings, access: editors, use: save)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let d = try await CompanyQueries.current(on: req.db)
        let values = ["name": d.name, "address": d.address, "tax_id": d.tax_id, "bank": d.bank, "payment_terms": d.payment_terms,
                      "vat_rate": d.configured ? d.vatRate.percent(decimalSeparator: req.language == .ru ? "," : ".") : "", "version": String(d.version)]
        return page(req, values: values, errors: [:], saved: req.query[String.self, at: "saved"] != nil, configured: d.configured)
    }

    static func page(_ req: Request, values: [String: String], errors: [String: String], saved: Bool = false, configured: Bool = true,
                     status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        let notice: HTML = saved
            ? HTML("<div class=\"notice good\" role=\"status\" id=\"company-saved\">\(lang.t("Saved. Invoices issued from now on carry these details.", "Сохранено. Счета, выставленные с этой минуты, несут эти реквизиты."))</div>")
            : (configured ? "" : HTML("<div class=\"notice\" id=\"company-unset\">\(lang.t("Not set yet: invoices show no seller until an administrator fills this in.", "Ещё не заданы: пока администратор их не заполнит, в счетах нет реквизитов продавца."))</div>"))
        let stale: HTML = errors["_"].map { HTML("<div class=\"notice bad\" role=\"alert\">\($0)</div>") } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Company details", "Реквизиты компании"))</h1>
        \(notice)\(stale)
        <form method="post" action="\(PageRoute.Company.settings())" class="card" novalidate id="company-form">
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          <input type="hidden" name="version" value="\(values["version"] ?? "0")">
          \(FormField.input(name: "name", label: lang.t("Legal name", "Наименование"), value: values["name"], error: errors["name"]))
          \(FormField.input(name: "address", label: lang.t("Address", "Адрес"), value: values["address"], error: errors["address"]))
          \(FormField.input(name: "tax_id", label: lang.t("Tax id", "ИНН / налоговый номер"), value: values["tax_id"], error: errors["tax_id"]))
          \(FormField.input(name: "bank", label: lang.t("Bank details (bank, account, code)", "Банковские реквизиты (банк, счёт, код)"), value: values["bank"], error: errors["bank"]))
          \(FormField.input(name: "vat_rate", label: lang.t("VAT rate, % (0 where none is charged)", "Ставка НДС, % (0, если не начисляется)"), value: values["vat_rate"], error: errors["vat_rate"]))
          \(FormField.input(name: "payment_terms", label: lang.t("Payment terms", "Условия оплаты"), value: values["payment_terms"], error: errors["payment_terms"]))
          <p><button type="submit" class="primary" id="company-submit">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        """
        return Layout(title: lang.t("Company details", "Реквизиты компании"), request: req).render(content, status: status)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        let lang = req.language
        let actor = try req.actor
        let rateText = values["vat_rate"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let rate = VATRate(percent: rateText)
        do {
            let input = CompanyInput(name: values["name"], address: values["address"], tax_id: values["tax_id"], bank: values["bank"],
                                     vat_rate_basis_points: rate?.basisPoints ?? (rateText.isEmpty ? nil : -1), payment_terms: values["payment_terms"])
            let operation = try UpdateCompanyDetails(input, expectedVersion: values["version"].flatMap { Int($0) }, lang: lang)
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Company.settings() + "?saved=1", redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            var errors = problem.fieldMessages
            if let e = errors.removeValue(forKey: "vat_rate_basis_points") {
                errors["vat_rate"] = rate == nil && !rateText.isEmpty ? lang.t("must be a percentage from 0 to 100, such as 20 or 7.5", "процент от 0 до 100, например 20 или 7,5") : e
            }
            return page(req, values: values, errors: errors, status: .unprocessableEntity)
        } catch let problem as Problem where problem.status == 412 {
            let current = try await CompanyQueries.current(on: req.db)
            var kept = values
            kept["version"] = String(current.version)
            return page(req, values: kept, errors: ["_": lang.t("Another administrator changed the details meanwhile; check them and save again.",
                                                                 "Другой администратор тем временем изменил реквизиты; проверьте и сохраните ещё раз.")], status: .conflict)
        }
    }
}
