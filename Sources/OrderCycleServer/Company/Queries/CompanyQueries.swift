import Fluent
import Foundation
import SQLKit

/// The company's details in SQL.
enum CompanyQueries {
    private struct Row: Decodable {
        var name: String
        var address: String
        var taxId: String
        var bank: String
        var vatRateBp: Int
        var paymentTerms: String
        var version: Int
    }

    /// The details as set, or `CompanyDTO.unset` before an administrator sets them.
    static func current(on db: any Database) async throws -> CompanyDTO {
        guard let row = try await db.sql.raw("""
            SELECT name, address, tax_id, bank, vat_rate_bp, payment_terms, version FROM company_details WHERE id = \(bind: CompanyDTO.id)
            """).first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase), row.version > 0 else { return .unset }
        return CompanyDTO(name: row.name, address: row.address, tax_id: row.taxId, bank: row.bank, vat_rate_basis_points: row.vatRateBp,
                          payment_terms: row.paymentTerms, configured: true, version: row.version)
    }

    /// Makes the one row exist (at version 0, empty) so that a change can take it by its version.
    static func ensureRow(on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO company_details (id, version, name, address, tax_id, bank, vat_rate_bp, payment_terms)
            VALUES (\(bind: CompanyDTO.id), 0, '', '', '', '', 0, '') ON CONFLICT (id) DO NOTHING
            """).run()
    }

    static func store(_ details: CompanyDTO, on db: any Database) async throws {
        try await db.sql.update(CompanyDTO.schema)
            .set("name", to: details.name).set("address", to: details.address).set("tax_id", to: details.tax_id)
            .set("bank", to: details.bank).set("vat_rate_bp", to: details.vat_rate_basis_points).set("payment_terms", to: details.payment_terms)
            .where("id", .equal, CompanyDTO.id)
            .run()
    }
}
