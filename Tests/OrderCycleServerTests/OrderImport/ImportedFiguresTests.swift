import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// An imported history measures what it recorded and nothing else: each indicator whose inputs
/// the history lacks is no data (with why), never a perfect score made up by the import.
@Suite("Figures an imported history did not measure are no data")
struct ImportedFiguresTests {
    static let period = "2014-01-01..2017-12-31"

    func imported(_ app: Application) async throws -> QualityDashboardDTO {
        _ = try await OrderImportTests().importer(app).run(dryRun: false)
        let (_, token) = try await makeUser(app, role: .analyst)
        let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=\(Self.period)&group=segment", headers: .bearer(token))
        #expect(response.status == .ok, "\(response.text)")
        return try response.decoded(QualityDashboardDTO.self)
    }

    /// Superstore gives dates, ship modes and returns: T, K and Y are measured; P (no order was
    /// placed against stock), N (no required stock), C (the import made every product), F (no
    /// request decided: a return says a claim was made, not how it ended) and the interruption
    /// share (no stages) are not. R is computed from T, K and Y alone and says so.
    @Test func eachIndicatorWithoutItsInputsIsNoDataAndRUsesTheRest() async throws {
        try await withApp { app in
            let dto = try await imported(app)
            for group in [dto.total] + dto.groups {
                for indicator: QualityIndicator in [.stockoutProbability, .demandSaturation, .orderCoverage, .flexibility] {
                    let figure = group.figure(indicator)
                    #expect(figure.value == .noData, "\(group.key) \(indicator.symbol) \(figure.value)")
                    #expect(figure.no_data_reason?.isEmpty == false, "\(group.key) \(indicator.symbol)")
                }
                #expect(group.cycle.orders > 0)
                #expect(group.cycle.mean_seconds != nil)
                #expect(group.cycle.interruption_share == nil, "\(group.key)")
                #expect(group.cycle.interruption_no_data_reason != nil)

                let t = try #require(group.value(.timeExpectations)), k = try #require(group.value(.uninterruptedExecution))
                let y = try #require(group.value(.serviceDeficiency))
                let r = group.figure(.serviceReliability)
                #expect(r.components == [.timeExpectations, .uninterruptedExecution, .serviceDeficiency])
                #expect(r.no_data_reason == nil)
                let expected = (min(1, t) + min(1, k) + (1 - y)) / 3
                #expect(close(r.value.value, expected), "\(group.key): R \(String(describing: r.value.value)) from T \(t), K \(k), Y \(y)")
                #expect(group.figure(.timeExpectations).no_data_reason == nil)
            }
            // Y counts the returns: 2 of 15 orders.
            #expect(close(dto.total.value(.serviceDeficiency), 2.0 / 15))

            // What the import recorded: orders not placed by OrderCycle, open claims, unranged products, all marked imported.
            let placed = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM orders WHERE placed_at IS NOT NULL OR NOT imported").first()
            #expect(try placed?.decode(column: "n", as: Int.self) == 0)
            let claims = try await app.db.sql.raw("SELECT status, imported FROM claims").all()
            #expect(claims.count == 2)
            for claim in claims {
                #expect(try claim.decode(column: "status", as: String.self) == ClaimStatus.open.rawValue)
                #expect(try claim.decode(column: "imported", as: Bool.self))
            }
            let products = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM products WHERE NOT imported").first()
            #expect(try products?.decode(column: "n", as: Int.self) == 0)
        }
    }

    /// The dashboard says "no data" and why, in both languages, and which components R used.
    @Test func theDashboardSaysWhyInBothLanguages() async throws {
        try await withApp { app in
            _ = try await OrderImportTests().importer(app).run(dryRun: false)
            let (user, _) = try await makeUser(app, role: .analyst, password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: user.email, password: "correct horse")
            let en = try await browser.get("/quality?period=\(Self.period)")
            #expect(en.status == .ok)
            #expect(en.text.contains("No order of the period was placed against stock in OrderCycle"))
            #expect(en.text.contains("No stage of the completed orders was recorded"))
            #expect(en.text.contains("From T, K, Y only"))
            _ = try await browser.post("/language", form: ["language": "ru", "next": "/quality"])
            let ru = try await browser.get("/quality?period=\(Self.period)")
            #expect(ru.text.contains("Ни один заказ периода не размещался в OrderCycle"))
            #expect(ru.text.contains("Этапы завершённых заказов не записаны"))
            #expect(ru.text.contains("По T, K, Y — у остальных нет данных"))
        }
    }
}

/// A Superstore-shaped history of the given rows (after the header) in a directory of its own,
/// with the people and returns side files beside it.
func superstoreHistory(_ rows: [String], returns: [String] = []) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let header = "Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,State,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit"
    try ([header] + rows).joined(separator: "\n").appending("\n").write(to: dir.appendingPathComponent("orders.csv"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(at: OrderImportTests.fixtures.appendingPathComponent("superstore_people.csv"), to: dir.appendingPathComponent("superstore_people.csv"))
    try (["Returned,Order ID"] + returns.map { "Yes,\($0)" }).joined(separator: "\n").appending("\n")
        .write(to: dir.appendingPathComponent("superstore_returns.csv"), atomically: true, encoding: .utf8)
    return dir.appendingPathComponent("orders.csv")
}

/// One Superstore line of order `key` by customer `customer`.
func superstoreRow(_ n: Int, _ key: String, _ received: String, _ shipped: String, mode: String = "Standard Class", customer: String = "CG-12520",
                   name: String = "Claire Gute", product: String = "FUR-BO-10001798", quantity: Int = 2) -> String {
    "\(n),\(key),\(received),\(shipped),\(mode),\(customer),\(name),Consumer,United States,Henderson,Kentucky,42420,South,\(product),Furniture,Bookcases,Bookcase,261.96,\(quantity),0,41.9136"
}

@Suite("An imported date is a calendar day")
struct ImportedDaysTests {
    /// Kyiv moved its clocks on 2016-03-27 and 2016-10-30: spans across either are still whole
    /// days, and the mean cycle is exact.
    @Test func spansBetweenDatesAreWholeDaysAcrossDaylightSaving() async throws {
        try await withApp { app in
            #expect(app.appConfig.timeZone.identifier == "Europe/Kyiv")
            let file = try superstoreHistory([
                superstoreRow(1, "CA-2016-000001", "2016-03-25", "2016-03-29"),
                superstoreRow(2, "CA-2016-000002", "2016-10-28", "2016-11-01"),
                superstoreRow(3, "CA-2016-000003", "2016-06-01", "2016-06-03", mode: "Second Class"),
            ])
            let importer = OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(contentsOf: OrderImportTests.mappingFile)), file: file)
            _ = try await importer.run(dryRun: false)
            var cycles: [String: Int64] = [:]
            for order in try await Order.query(on: app.db).all() { cycles[order.externalRef ?? ""] = order.cycleSeconds }
            #expect(cycles == ["CA-2016-000001": 4 * 86_400, "CA-2016-000002": 4 * 86_400, "CA-2016-000003": 2 * 86_400])
            let (_, token) = try await makeUser(app, role: .analyst)
            let dto = try await app.api(.GET, "/api/v1/quality/dashboard?period=2016", headers: .bearer(token)).decoded(QualityDashboardDTO.self)
            #expect(dto.total.cycle.mean_seconds == Double(10 * 86_400) / 3)
        }
    }
}
