import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The seller's details: set once by an administrator (API or page, one operation), taken by
/// every invoice when it is issued, printed with the buyer's address and VAT per line and in
/// total; the picking list and shipping note carry the delivery address.
@Suite("Company details and the papers an order sends")
struct CompanyDetailsTests {
    static let details = CompanyInput(name: "Logistika LLC", address: "1 Khreshchatyk St, Kyiv", tax_id: "UA1234567890", bank: "PrivatBank, UA21 3052 9900 0002 6007 2335 6600 1",
                                      vat_rate_basis_points: 2000, payment_terms: "Within 14 days of the invoice date")

    private struct Stored: Decodable, Equatable { var name: String; var address: String; var tax_id: String; var bank: String; var vat_rate_bp: Int; var payment_terms: String; var version: Int }

    private static func stored(_ db: any Database) async throws -> Stored? {
        try await db.sql.raw("SELECT name, address, tax_id, bank, vat_rate_bp, payment_terms, version FROM company_details").first(decoding: Stored.self)
    }

    private static func audit(_ db: any Database) async throws -> [String] {
        try await db.sql.raw("SELECT action FROM audit_events WHERE entity = 'company_details' ORDER BY at").all().map { try $0.decode(column: "action", as: String.self) }
    }

    @Test func anAdministratorSetsTheDetailsThroughTheAPIAndOthersAreRefused() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (_, manager) = try await makeUser(app, role: .manager)
            let unset = try await app.api(.GET, "/api/v1/company", headers: .bearer(manager))
            #expect(unset.status == .ok)
            #expect(unset.json["configured"] as? Bool == false)
            #expect(unset.headers.first(name: .eTag) == "\"0\"")
            let refused = try await app.api(.PUT, "/api/v1/company", headers: .bearer(manager, [("If-Match", "\"0\"")]), json: Self.details)
            #expect(refused.status == .forbidden)
            var bad = Self.details
            bad.vat_rate_basis_points = 10_001
            bad.tax_id = " "
            let invalid = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "\"0\"")]), json: bad)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("vat_rate_basis_points") && invalid.text.contains("tax_id"))
            #expect(try await Self.stored(app.db)?.version ?? 0 == 0)
            let set = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "\"0\"")]), json: Self.details)
            #expect(set.status == .ok, "\(set.text)")
            #expect(set.headers.first(name: .eTag) == "\"1\"")
            let stale = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "\"0\"")]), json: Self.details)
            #expect(stale.status == .preconditionFailed)
            let read = try await app.api(.GET, "/api/v1/company", headers: .bearer(manager))
            #expect(read.json["name"] as? String == "Logistika LLC" && read.json["vat_rate_basis_points"] as? Int == 2000 && read.json["configured"] as? Bool == true)
            #expect(try await Self.audit(app.db) == ["create"])
        }
    }

    @Test func thePageSavesWhatTheAPISaves() async throws {
        var throughAPI: Stored?
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            _ = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "*")]), json: Self.details)
            throughAPI = try await Self.stored(app.db)
            #expect(try await Self.audit(app.db) == ["create"])
        }
        try await withApp { app in
            _ = try await makeUser(app, role: .admin, email: "boss@test.example")
            _ = try await makeUser(app, role: .manager, email: "mgr@test.example")
            let browser = Browser(app)
            try await browser.logIn(email: "boss@test.example", password: "correct horse")
            try await browser.get("/settings/company")
            #expect(browser.lastPage.contains("company-unset"))
            let d = Self.details
            let wrong = try await browser.post("/settings/company", form: ["version": "0", "name": d.name!, "address": d.address!, "tax_id": d.tax_id!, "bank": d.bank!,
                                                                          "vat_rate": "twenty", "payment_terms": d.payment_terms!])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("vat_rate-error") && wrong.text.contains("value=\"Logistika LLC\""))
            #expect(try await Self.stored(app.db)?.version ?? 0 == 0)
            let saved = try await browser.post("/settings/company", form: ["version": "0", "name": d.name!, "address": d.address!, "tax_id": d.tax_id!, "bank": d.bank!,
                                                                          "vat_rate": "20", "payment_terms": d.payment_terms!])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(400))")
            #expect(try await Self.stored(app.db) == throughAPI)
            #expect(try await Self.audit(app.db) == ["create"])
            let manager = Browser(app)
            try await manager.logIn(email: "mgr@test.example", password: "correct horse")
            #expect(try await manager.get("/settings/company").status == .forbidden)
        }
    }

    @Test func theInvoiceCarriesTheSellerTheBuyersAddressAndExactVAT() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            var details = Self.details
            details.vat_rate_basis_points = 750 // 7.5 %: 3 × 12.50 = 37.50, VAT 2.8125 → 2.81
            _ = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "*")]), json: details)
            try await app.db.sql.raw("""
                INSERT INTO client_addresses (id, client_id, label, line, city, postal_code, country, position)
                VALUES (\(bind: UUID()), \(bind: world.client), 'office', '5 Franka St', 'Lviv', '79000', 'UA', 0),
                       (\(bind: UUID()), \(bind: world.client), 'delivery', 'Warehouse 2, 14 Stryiska St', 'Lviv', NULL, NULL, 1)
                """).run()
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 3)]), token: admin)
            for to in ["placed", "invoiced"] {
                let r = try await app.step(id, to: to, version: version, token: admin)
                version = try #require(r.json["version"] as? Int)
            }
            // A later change of the details does not rewrite the invoice already issued.
            details.name = "Renamed LLC"
            details.vat_rate_basis_points = 0
            _ = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "*")]), json: details)

            _ = try await makeUser(app, role: .client, email: "buyer@test.example", clientID: world.client)
            _ = try await makeUser(app, role: .client, email: "other@test.example", clientID: world.otherClient)
            let buyer = Browser(app)
            try await buyer.logIn(email: "buyer@test.example", password: "correct horse")
            let invoice = try await buyer.get("/orders/\(id)/invoice")
            #expect(invoice.status == .ok)
            let page = invoice.text
            #expect(page.contains("Logistika LLC") && !page.contains("Renamed LLC"))
            #expect(page.contains("UA1234567890") && page.contains("PrivatBank"))
            #expect(page.contains("5 Franka St, Lviv, 79000, UA"))
            #expect(page.contains("id=\"total-net\">₴37.50<"))
            #expect(page.contains("id=\"total-vat\">₴2.81<"))
            #expect(page.contains("id=\"total-gross\"><b>₴40.31</b>"))
            #expect(page.contains("7.5\u{00A0}%"))
            #expect(page.contains("Within 14 days of the invoice date"))
            #expect(page.contains("data-print"))
            let note = try await buyer.get("/orders/\(id)/picking-list")
            #expect(note.text.contains("Warehouse 2, 14 Stryiska St, Lviv"))

            let other = Browser(app)
            try await other.logIn(email: "other@test.example", password: "correct horse")
            #expect(try await other.get("/orders/\(id)/invoice").status == .notFound)
            #expect(try await other.get("/orders/\(id)/picking-list").status == .notFound)
            #expect(try await app.db.sql.raw("SELECT number FROM invoices").all().count == 1)
        }
    }

    @Test func theInvoiceReadsInRussianWithTheRussianDecimalComma() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (reader, admin) = try await makeUser(app, role: .admin, email: "ru-admin@test.example")
            reader.language = "ru"
            try await reader.save(on: app.db)
            _ = try await app.api(.PUT, "/api/v1/company", headers: .bearer(admin, [("If-Match", "*")]), json: Self.details)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: admin)
            for to in ["placed", "invoiced"] {
                version = try #require(try await app.step(id, to: to, version: version, token: admin).json["version"] as? Int)
            }
            let browser = Browser(app)
            try await browser.logIn(email: "ru-admin@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)/invoice", headers: ["Accept-Language": "ru"]).text
            #expect(page.contains("Продавец") && page.contains("Всего к оплате"))
            #expect(page.contains("id=\"total-vat\">2,50\u{00A0}₴<"))
            #expect(page.contains("id=\"total-gross\"><b>15,00\u{00A0}₴</b>"))
        }
    }
}
