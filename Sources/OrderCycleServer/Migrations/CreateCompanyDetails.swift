import Fluent

/// The seller's details the invoices carry (one row, set by an administrator), and what each
/// invoice took of them when it was issued, so a later change of address or rate never
/// rewrites an invoice already sent.
struct CreateCompanyDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("company_details")
            .id()
            .field("version", .int, .required)
            .field("name", .string, .required)
            .field("address", .string, .required)
            .field("tax_id", .string, .required)
            .field("bank", .string, .required)
            .field("vat_rate_bp", .int, .required)
            .field("payment_terms", .string, .required)
            .create()
        // One column a statement: SQLite adds one at a time.
        for field in ["seller_name", "seller_address", "seller_tax_id", "seller_bank", "payment_terms"] {
            try await database.schema("invoices").field(.string(field), .string).update()
        }
        try await database.schema("invoices").field("vat_rate_bp", .int).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["seller_name", "seller_address", "seller_tax_id", "seller_bank", "vat_rate_bp", "payment_terms"] {
            try await database.schema("invoices").deleteField(.string(field)).update()
        }
        try await database.schema("company_details").delete()
    }
}
