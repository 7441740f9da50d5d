import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The demo company's details, set the way an administrator sets them (`UpdateCompanyDetails`),
/// so the demo's invoices name a seller, its bank and 20 % VAT.
enum DemoCompany {
    static func generate(_ app: Application, now: Date) async throws {
        guard try await CompanyQueries.current(on: app.db).configured == false else { return }
        let details = CompanyInput(name: "ООО «Ордер Сайкл Логистик»", address: "ул. Крещатик, 22, Киев, 01001", tax_id: "43210987",
                                   bank: "АО КБ «ПриватБанк», р/с 26007233566001, МФО 305299",
                                   vat_rate_basis_points: 2000, payment_terms: "Оплата в течение 14 дней с даты счёта")
        let operation = try UpdateCompanyDetails(details, expectedVersion: nil)
        _ = try await app.db.write(app) { tx in try await operation.run(by: nil, now: now, on: tx) }
    }
}
