import Foundation
import OrderCycleCore
import Vapor

/// The seller as its invoices name it: legal name, address, tax id, bank details, the VAT rate
/// (in basis points: 2000 = 20 %, 0 allowed) and the payment terms. One record, set once by an
/// administrator; until then `configured` is false and every text is empty.
struct CompanyDTO: Content, Equatable, Sendable {
    /// The one record's id (the audit trail names it).
    static let id = UUID(uuidString: "00000000-0000-0000-0000-00000000c0de")!
    static let schema = "company_details"

    var name: String
    var address: String
    var tax_id: String
    var bank: String
    var vat_rate_basis_points: Int
    var payment_terms: String
    var configured: Bool
    var version: Int

    static let unset = CompanyDTO(name: "", address: "", tax_id: "", bank: "", vat_rate_basis_points: 0, payment_terms: "", configured: false, version: 0)

    var vatRate: VATRate { VATRate(basisPoints: vat_rate_basis_points) ?? .zero }
}

/// What a change of the company's details sends: every field, as the API and the form take them.
struct CompanyInput: Content, Sendable {
    var name: String?
    var address: String?
    var tax_id: String?
    var bank: String?
    var vat_rate_basis_points: Int?
    var payment_terms: String?
}
