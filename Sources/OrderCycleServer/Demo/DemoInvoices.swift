import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The invoices of the demo's bulk-loaded orders. An order that reached *invoiced* through the
/// order step got its invoice there (`Invoicing.issue`); the bulk load writes orders past the
/// steps, so it writes their invoices afterwards the same way: one per order, dated when the
/// order was invoiced, numbered in that year's gap-free series (INV-2026-000001…) in the order
/// they were issued, after any number the series already gave, carrying the company's details
/// and VAT rate as they stand. One INSERT … SELECT a year, whatever the number of orders.
enum DemoInvoices {
    /// The statuses of an order that has been invoiced (a cancelled demo order never was).
    static let invoiced: [OrderStatus] = [.invoiced, .picked, .dispatched, .delivered, .accepted]

    /// Issues the missing invoices of the demo's orders; answers how many.
    @discardableResult
    static func issue(on db: any Database) async throws -> Int {
        // The demo's orders invoiced and still without an invoice (a second load adds to the
        // first's); it opens with a space, since it follows a select list.
        let pending: SQLQueryString = """
             FROM orders o WHERE o.number LIKE 'ORD-DEMO-%' AND o.invoiced_at IS NOT NULL AND o.status IN (\(binds: invoiced.map(\.rawValue)))
            AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
            """
        guard let span = try await db.sql.raw("SELECT MIN(o.invoiced_at) AS first, MAX(o.invoiced_at) AS last" + pending).first(),
              let first = try span.decode(column: "first", as: Date?.self), let last = try span.decode(column: "last", as: Date?.self)
        else { return 0 }
        let seller = try await CompanyQueries.current(on: db)
        // The year of the series as `Invoicing.issue` reads it from the moment of issue.
        let calendar = Calendar(identifier: .gregorian)
        var issued = 0
        for year in calendar.component(.year, from: first)...calendar.component(.year, from: last) {
            guard let from = calendar.date(from: DateComponents(year: year, month: 1, day: 1)),
                  let to = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1)) else { continue }
            let inYear: SQLQueryString = pending + " AND o.invoiced_at >= \(bind: from) AND o.invoiced_at < \(bind: to)"
            let count = try await db.sql.raw("SELECT COUNT(*) AS n" + inYear).first(decodingColumn: "n", as: Int64.self) ?? 0
            guard count > 0 else { continue }
            let series = "INV-\(year)"
            // The series moves past the year's invoices in the same transaction, so the numbers
            // written here and the next one an order step issues leave no gap and never meet.
            let start = try await NumberSeries.reserve(series, count: count, on: db)
            let position: SQLQueryString = "(\(bind: start - 1) + ROW_NUMBER() OVER (ORDER BY o.invoiced_at, o.id))"
            // Six digits as `NumberSeries.next` writes them, more once a year passes a million.
            let digits: SQLQueryString = db.isPostgres
                ? "CASE WHEN \(position) < 1000000 THEN lpad(CAST(\(position) AS TEXT), 6, '0') ELSE CAST(\(position) AS TEXT) END"
                : "printf('%06d', \(position))"
            try await db.sql.raw("""
                INSERT INTO invoices (id, order_id, number, issued_at, total_minor, currency,
                                      seller_name, seller_address, seller_tax_id, seller_bank, vat_rate_bp, payment_terms)
                SELECT \(unsafeRaw: db.isPostgres ? Self.postgresID : Self.sqliteID), o.id, CAST(\(bind: series + "-") AS TEXT) || \(digits), o.invoiced_at, o.total_minor, o.currency,
                       \(bind: seller.name), \(bind: seller.address), \(bind: seller.tax_id), \(bind: seller.bank), \(bind: seller.vat_rate_basis_points), \(bind: seller.payment_terms)
                """ + inYear).run()
            issued += Int(count)
        }
        return issued
    }

    /// The invoice's id is its order's with the sixth byte set to FF: a demo order's id carries
    /// its sequence in its first six bytes and its own rows count up from it (`DemoOrders.OrderIDs`,
    /// well short of 255), so the ids are distinct, the same for a seed, and ascend as the orders do.
    static let sqliteID = "substr(o.id, 1, 11) || 'FF' || substr(o.id, 14)"
    static let postgresID = "CAST(substr(CAST(o.id AS TEXT), 1, 11) || 'ff' || substr(CAST(o.id AS TEXT), 14) AS UUID)"
}
