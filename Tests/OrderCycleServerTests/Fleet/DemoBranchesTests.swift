import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("The demo's branches, fleet and vehicle orders")
struct DemoBranchesTests {
    @Test func theDemoHasBranchesInTwoCountriesAFleetAndOrdersInEveryStatus() async throws {
        try await withApp(clock: .demoDay) { app in
            try await DemoData.load(app, options: .init(orders: 50, clients: 12, seed: 3))
            let count = { (sql: SQLQueryString) in try await app.db.sql.raw(sql).first()?.decode(column: "n", as: Int.self) ?? -1 }
            #expect(try await count("SELECT COUNT(*) AS n FROM branches") == DemoBranches.places.count)
            #expect(DemoBranches.places.count >= 40)
            #expect(try await count("SELECT COUNT(*) AS n FROM vehicles") == 20)
            let statuses = Set(try await app.db.sql.raw("SELECT DISTINCT status FROM vehicle_orders").all().map { try $0.decode(column: "status", as: String.self) })
            #expect(statuses == Set(VehicleOrderStatus.allCases.map(\.rawValue)))
            // The demo client logs in and sees its own orders only.
            let browser = Browser(app)
            try await browser.logIn(email: DemoBranches.clientEmail, password: DemoData.password)
            let page = try await browser.get("/vehicle-orders")
            #expect(page.status == .ok)
            // The nearest branch to Almaty's centre is in Almaty, with the 24x7 hub open at any hour.
            let near = try await app.api(.GET, "/api/v1/branches/nearest?q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B&limit=2")
            #expect((near.json["items"] as? [[String: Any]])?.allSatisfy { ($0["name_en"] as? String)?.hasPrefix("Almaty") == true } == true, "\(near.text)")
            // Every service a demo branch offers is one of the demo's service catalog, named on its page.
            let offered = Set(DemoBranches.places.flatMap(\.services))
            let catalog = Set(try await app.db.sql.raw("SELECT code FROM services").all(decodingColumn: "code", as: String.self))
            #expect(!offered.isEmpty && offered.isSubset(of: catalog), "\(offered.subtracting(catalog))")
            let hub = try #require(try await app.db.sql.raw("SELECT id FROM branches WHERE name_en = 'Moscow Varshavka hub'").first(decodingColumn: "id", as: UUID.self))
            let hubPage = try await app.testing().sendRequest(.GET, "/branches/\(hub)", headers: ["Accept-Language": "ru"])
            #expect(hubPage.text.contains("data-service=\"cross-dock\">Кросс-докинг<"), "\(hubPage.text.suffix(1500))")
            // A second load leaves the catalog as it is.
            try await DemoBranches.generate(app, seed: 3, now: app.clock.now())
            #expect(try await count("SELECT COUNT(*) AS n FROM branches") == DemoBranches.places.count)
        }
    }
}
