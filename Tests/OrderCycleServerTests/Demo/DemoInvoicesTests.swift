import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The demo's bulk-loaded orders that were invoiced carry their invoice, as an order invoiced
/// through its step does: one each, numbered in the year's gap-free series in the order issued,
/// with the company's details and VAT rate; the next invoice an order step issues follows on.
@Suite("The demo's invoices")
struct DemoInvoicesTests {
    struct OrderRow: Decodable { var id: UUID; var client_id: UUID; var status: String; var total_minor: Int64; var invoiced_at: Date?; var n: Int }
    struct InvoiceRow: Decodable { var order_id: UUID; var number: String; var issued_at: Date; var total_minor: Int64; var seller_name: String?; var vat_rate_bp: Int? }

    @Test func everyInvoicedOrderHasOneInvoiceNumberedWithoutGaps() async throws {
        try await withApp(clock: AppClock.fixed(Date())) { app in
            // setup
            try await DemoData.load(app, options: .init(orders: 300, clients: 20, seed: 7))

            // validate: one invoice for each order invoiced or later, none for the rest
            let orders = try await app.db.sql.raw("""
                SELECT o.id, o.client_id, o.status, o.total_minor, o.invoiced_at, (SELECT COUNT(*) FROM invoices i WHERE i.order_id = o.id) AS n FROM orders o
                """).all(decoding: OrderRow.self)
            let invoiced = Set(DemoInvoices.invoiced.map(\.rawValue))
            #expect(orders.count == 300)
            #expect(orders.filter { invoiced.contains($0.status) }.count > 100)
            for o in orders {
                #expect(o.n == (invoiced.contains(o.status) ? 1 : 0), "\(o.status) order \(o.id) has \(o.n) invoices")
            }

            // each year's series counts 1, 2, 3, … in the order the invoices were issued
            let invoices = try await app.db.sql.raw("""
                SELECT order_id, number, issued_at, total_minor, seller_name, vat_rate_bp FROM invoices ORDER BY number
                """).all(decoding: InvoiceRow.self)
            let byOrder = Dictionary(uniqueKeysWithValues: orders.map { ($0.id, $0) })
            let calendar = Calendar(identifier: .gregorian)
            var series: [String: [InvoiceRow]] = [:]
            for invoice in invoices { series[String(invoice.number.prefix(8)), default: []].append(invoice) }
            #expect(!series.isEmpty)
            for (name, items) in series {
                #expect(items.map { Int($0.number.dropFirst(9)) } == Array(1...items.count), "\(name): \(items.map(\.number))")
                #expect(items.map(\.issued_at) == items.map(\.issued_at).sorted(), "\(name) is numbered in the order issued")
                #expect(items.allSatisfy { "INV-\(calendar.component(.year, from: $0.issued_at))" == name })
                let next = try await app.db.sql.raw("SELECT next_value FROM number_series WHERE name = \(bind: name)").first(decodingColumn: "next_value", as: Int.self)
                #expect(next == items.count + 1, "\(name)")
            }
            // the order's moment, total, and the company's details and VAT rate as they stood
            let seller = try await CompanyQueries.current(on: app.db)
            for invoice in invoices {
                let order = try #require(byOrder[invoice.order_id])
                #expect(invoice.issued_at == order.invoiced_at && invoice.total_minor == order.total_minor)
                #expect(invoice.seller_name == seller.name && invoice.vat_rate_bp == 2000)
            }

            // A client opens an invoiced order's invoice.
            let sample = try #require(orders.first { invoiced.contains($0.status) })
            let sampleInvoice = try #require(invoices.first { $0.order_id == sample.id })
            let browser = Browser(app)
            _ = try await makeUser(app, role: .client, email: "demo-invoice@test.example", clientID: sample.client_id)
            try await browser.logIn(email: "demo-invoice@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(sample.id)/invoice")
            #expect(page.status == .ok && page.text.contains(sampleInvoice.number))

            // The next invoice an order step issues takes the next number of this year's series.
            let (_, admin) = try await makeUser(app, role: .admin)
            let product = try #require(try await app.db.sql.raw("""
                SELECT p.id FROM products p JOIN stock_items s ON s.product_id = p.id WHERE p.made_to_order = \(bind: false) AND s.on_hand - s.reserved >= 1 ORDER BY p.sku LIMIT 1
                """).first(decodingColumn: "id", as: UUID.self))
            var (id, version) = try await app.order(NewOrder(client_id: sample.client_id, status: "received", lines: [.init(product_id: product, quantity: 1)]), token: admin)
            for step in ["placed", "invoiced"] {
                let stepped = try await app.step(id, to: step, version: version, token: admin)
                #expect(stepped.status == .ok, "\(step): \(stepped.text)")
                version = stepped.json["version"] as? Int ?? version
            }
            let thisYear = "INV-\(calendar.component(.year, from: app.clock.now()))"
            let issued = try await app.db.sql.raw("SELECT number FROM invoices WHERE order_id = \(bind: UUID(uuidString: id))").first(decodingColumn: "number", as: String.self)
            #expect(issued == thisYear + "-" + String(format: "%06d", (series[thisYear]?.count ?? 0) + 1))
        }
    }
}
