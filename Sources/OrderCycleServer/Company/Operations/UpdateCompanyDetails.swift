import Fluent
import Foundation
import OrderCycleCore

/// Sets the seller's details every invoice issued from now on carries (administrators only).
/// Invoices already issued keep what they took when they were issued.
struct UpdateCompanyDetails: Sendable {
    let details: CompanyDTO
    /// The version the administrator last saw (0 before the first setting); nil for any.
    let expectedVersion: Int?

    init(_ input: CompanyInput, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let name = v.text("name", input.name, max: 300)
        let address = v.text("address", input.address, max: 500)
        let taxID = v.text("tax_id", input.tax_id, max: 64)
        let bank = v.text("bank", input.bank, max: 500)
        let terms = v.text("payment_terms", input.payment_terms, max: 500)
        var rate: Int?
        if let bp = input.vat_rate_basis_points {
            if VATRate(basisPoints: bp) == nil { v.add("vat_rate_basis_points", lang.t("must be from 0 to 10000 (0 to 100 %)", "от 0 до 10000 (от 0 до 100 %)")) } else { rate = bp }
        } else {
            v.add("vat_rate_basis_points", lang.t("is required (0 where no VAT is charged)", "обязательное поле (0, если НДС не начисляется)"))
        }
        let (n, a, t, b, p, r) = try v.check(name, address, taxID, bank, terms, rate)
        details = CompanyDTO(name: n, address: a, tax_id: t, bank: b, vat_rate_basis_points: r, payment_terms: p, configured: true, version: 0)
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> CompanyDTO {
        try await CompanyQueries.ensureRow(on: db)
        let before = try await CompanyQueries.current(on: db)
        let version = try await ETag.advance(CompanyDTO.schema, id: CompanyDTO.id, expected: expectedVersion, on: db)
        try await CompanyQueries.store(details, on: db)
        var after = details
        after.version = version
        try await AuditTrail.record(on: db, actor: actor, entity: CompanyDTO.schema, id: CompanyDTO.id, action: before.configured ? .update : .create,
                                    before: before.configured ? before : nil, after: after, at: now)
        return after
    }
}
