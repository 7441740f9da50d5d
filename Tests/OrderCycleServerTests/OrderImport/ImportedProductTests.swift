import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// A product an import made is outside coverage C only until its stock becomes known through
/// OrderCycle: a receipt or adjustment through the stock ledger, or an order placed against it.
@Suite("An imported product joins coverage once its stock is known")
struct ImportedProductTests {
    func importedFlags(_ app: Application) async throws -> [String: Bool] {
        var flags: [String: Bool] = [:]
        for row in try await app.db.sql.raw("SELECT sku, imported FROM products").all() {
            flags[try row.decode(column: "sku", as: String.self)] = try row.decode(column: "imported", as: Bool.self)
        }
        return flags
    }

    func coverage(_ app: Application, token: String) async throws -> QualityDashboardDTO.Indicator {
        let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2016", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(QualityDashboardDTO.self).total.figure(.orderCoverage)
    }

    @Test func aReceiptOrAPlacedOrderClearsTheMarkAndNothingElseDoes() async throws {
        try await withApp { app in
            let file = try superstoreHistory([
                superstoreRow(1, "CA-2016-000001", "2016-03-01", "2016-03-04", product: "OFF-PA-1"),
                superstoreRow(2, "CA-2016-000002", "2016-04-01", "2016-04-04", product: "OFF-PA-2"),
                superstoreRow(3, "CA-2016-000003", "2016-05-01", "2016-05-04", product: "OFF-PA-3"),
            ])
            let importer = OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(contentsOf: OrderImportTests.mappingFile)), file: file)
            _ = try await importer.run(dryRun: false)
            #expect(try await importedFlags(app) == ["OFF-PA-1": true, "OFF-PA-2": true, "OFF-PA-3": true])
            let (_, analyst) = try await makeUser(app, role: .analyst)
            #expect(try await coverage(app, token: analyst).value == .noData)

            func product(_ sku: String) async throws -> UUID { try #require(try await Product.query(on: app.db).filter(\.$sku == sku).first()?.id) }
            // Reading the product, editing nothing: the mark stays.
            let (_, logistician) = try await makeUser(app, role: .logistician)
            #expect(try await app.api(.GET, "/api/v1/products/\(try await product("OFF-PA-1"))", headers: .bearer(logistician)).status == .ok)
            #expect(try await importedFlags(app)["OFF-PA-1"] == true)

            // A receipt through the ledger states the stock.
            let receipt = try await app.api(.POST, "/api/v1/products/\(try await product("OFF-PA-1"))/stock-movements", headers: .bearer(logistician),
                                            raw: #"{"kind": "receipt", "quantity": 5}"#)
            #expect(receipt.status == .created, "\(receipt.text)")

            // An order placed against the second product (its stock is none: placed, not satisfied from stock).
            let (_, manager) = try await makeUser(app, role: .admin)
            let client = try #require(try await Client.query(on: app.db).first()?.id)
            let created = try await app.order(NewOrder(client_id: client, status: "received", lines: [.init(product_id: try await product("OFF-PA-2"), quantity: 1)]), token: manager)
            // A created order is not yet placed: the mark stays until it is.
            #expect(try await importedFlags(app)["OFF-PA-2"] == true)
            let placed = try await app.step(created.id, to: "placed", version: created.version, token: manager)
            #expect(placed.status == .ok, "\(placed.text)")

            #expect(try await importedFlags(app) == ["OFF-PA-1": false, "OFF-PA-2": false, "OFF-PA-3": true])
            // 2016 ordered the three; the two now known are in the range, the third still no kind of C's.
            let c = try await coverage(app, token: analyst)
            #expect(c.value.value == 1, "\(c.value)")
        }
    }
}
