import Fluent
import Foundation
import SQLKit

/// Invoices are numbered in a yearly series without gaps (INV-2026-000001…). Each takes the
/// seller's details, the VAT rate and the payment terms as they stand when it is issued, so a
/// later change of the company's details never rewrites an invoice already sent.
enum Invoicing {
    static func issue(for order: Order, at: Date, on db: any Database) async throws {
        let year = Calendar(identifier: .gregorian).component(.year, from: at)
        let number = try await NumberSeries.next("INV-\(year)", on: db)
        let seller = try await CompanyQueries.current(on: db)
        try await db.sql.insert(into: "invoices")
            .columns("id", "order_id", "number", "issued_at", "total_minor", "currency",
                     "seller_name", "seller_address", "seller_tax_id", "seller_bank", "vat_rate_bp", "payment_terms")
            .values(SQLBind(UUID()), SQLBind(try order.requireID()), SQLBind(number), SQLBind(at), SQLBind(order.totalMinor), SQLBind(order.currency),
                    SQLBind(seller.name), SQLBind(seller.address), SQLBind(seller.tax_id), SQLBind(seller.bank),
                    SQLBind(seller.vat_rate_basis_points), SQLBind(seller.payment_terms))
            .run()
    }
}
