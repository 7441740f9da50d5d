import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor

@Suite("Importing an order history")
struct OrderImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let mappingFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("import/mappings/superstore-orders.json")

    func importer(_ app: Application, file: URL = fixtures.appendingPathComponent("superstore_orders.csv")) throws -> OrderHistoryImport {
        OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(contentsOf: Self.mappingFile)), file: file)
    }

    @Test func superstoreRowsBecomeOrdersWithClientsManagersAndClaims() async throws {
        try await withApp { app in
            let report = try await importer(app).run(dryRun: false)
            #expect(report.rows == 30)
            #expect(report.orders == 15)
            #expect(report.claims == 2)
            #expect(report.managers == 4)
            let order = try #require(try await Order.query(on: app.db).filter(\.$externalRef == "CA-2016-152156").first())
            // Second Class: promised 3 days after the order date; shipped on 2016-11-11, three days later.
            #expect(order.promisedDay == "2016-11-11")
            #expect(order.promisedMilestone == .dispatch)
            #expect(order.onTime == true)
            #expect(order.claimCount == 1)
            #expect(order.lineCount == 2)
            #expect(order.cycleSeconds == Int64(3 * 86_400))
            let client = try #require(try await Client.find(order.clientID, on: app.db))
            #expect(client.code == "CG-12520")
            let manager = try #require(try await User.find(client.managerID, on: app.db))
            #expect(manager.displayName == "Cassandra Brandow") // South region
        }
    }

    @Test func aRerunAddsNothingTwice() async throws {
        try await withApp { app in
            _ = try await importer(app).run(dryRun: false)
            let again = try await importer(app).run(dryRun: false)
            #expect(again.orders == 0)
            #expect(again.skipped == 15)
            #expect(try await Order.query(on: app.db).count() == 15)
        }
    }

    @Test func aDryRunWritesNothing() async throws {
        try await withApp { app in
            do {
                _ = try await importer(app).run(dryRun: true)
                Issue.record("a dry run ends in a rollback")
            } catch let rollback as OrderHistoryImport.DryRunRollback {
                #expect(rollback.report.orders == 15)
            }
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await Client.query(on: app.db).count() == 0)
        }
    }

    @Test func oneBadRowStopsTheWholeImport() async throws {
        try await withApp { app in
            var text = try String(contentsOf: Self.fixtures.appendingPathComponent("superstore_orders.csv"), encoding: .utf8)
            text += "31,CA-2099-000001,2016-13-45,2016-11-11,Second Class,ZZ-1,Zed,Consumer,United States,X,Y,1,South,P-1,Furniture,Chairs,Chair,10,two,0,1\n"
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv")
            try text.write(to: file, atomically: true, encoding: .utf8)
            for side in ["superstore_people.csv", "superstore_returns.csv"] {
                let target = file.deletingLastPathComponent().appendingPathComponent(side)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(side), to: target)
            }
            do {
                _ = try await importer(app, file: file).run(dryRun: false)
                Issue.record("the import should have been refused")
            } catch let failed as OrderHistoryImport.Failed {
                let columns = Set(failed.report.errors.map(\.column))
                #expect(columns == ["Order Date", "Quantity"])
                #expect(failed.report.errors.allSatisfy { $0.line == 32 })
            }
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    /// Superstore's ship modes become delivery methods, and the dashboard shows the on-time share
    /// of each: OTIF, as every imported order shipped in full — the same share the imported
    /// orders give when counted one by one.
    @Test func theOnTimeShareShowsPerShipMode() async throws {
        try await withApp { app in
            _ = try await importer(app).run(dryRun: false)
            let order = try #require(try await Order.query(on: app.db).filter(\.$externalRef == "CA-2016-152156").first())
            #expect(order.deliveryMethod == "Second Class")
            let (_, token) = try await makeUser(app, role: .analyst)
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=2014-01-01..2017-12-31&group=delivery_method", headers: .bearer(token))
            #expect(response.status == .ok, "\(response.text)")
            let dto = try response.decoded(QualityDashboardDTO.self)
            #expect(Set(dto.groups.map(\.key)) == ["Second Class", "Standard Class"])
            for group in dto.groups {
                let orders = try await Order.query(on: app.db).filter(\.$deliveryMethod == group.key).all()
                let judged = orders.filter { $0.onTime != nil }
                let share = Double(judged.filter { $0.onTime == true }.count) / Double(judged.count)
                #expect(group.orders == orders.count)
                #expect(close(group.value(.onTimeInFull), share), "\(group.key)")
            }
        }
    }
}
