import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("The monthly quality roll-ups follow every write")
struct QualityRollupTests {
    /// Each roll-up of `tables` summed per key, as sorted text rows: what the report reads of it.
    static func snapshot(_ db: any Database, of tables: [QualityRollup.Table] = QualityRollup.tables) async throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for table in tables {
            let keys = table.keys.enumerated().map { "CAST(\($1) AS TEXT) AS k\($0)" }
            let sums = table.measures.map { "CAST(SUM(\($0)) AS BIGINT) AS \($0)" }
            let rows = try await db.sql.raw(SQLQueryString("""
                SELECT \((keys + sums).joined(separator: ", ")) FROM \(table.name)
                GROUP BY \(table.keys.joined(separator: ", ")) HAVING SUM(\(table.count)) <> 0
                """)).all()
            out[table.name] = try rows.map { row in
                let k = try table.keys.indices.map { try row.decode(column: "k\($0)", as: String?.self) ?? "-" }
                let m = try table.measures.map { String(try row.decode(column: $0, as: Int.self)) }
                return (k + m).joined(separator: "|")
            }.sorted()
        }
        return out
    }

    static func rowCount(_ db: any Database, _ table: QualityRollup.Table) async throws -> Int {
        try await db.sql.raw(SQLQueryString("SELECT COUNT(*) AS n FROM \(table.name)")).first()!.decode(column: "n", as: Int.self)
    }

    func stage(_ app: Application, _ id: String, _ stage: String, _ action: String, version: Int, token: String) async throws -> Int {
        let response = try await app.api(.POST, "/api/v1/orders/\(id)/stages/\(stage)", headers: .bearer(token, [("If-Match", "\"\(version)\"")]),
                                         json: ["action": action])
        #expect(response.status == .ok, "\(stage) \(action): \(response.text)")
        return try #require(response.json["version"] as? Int)
    }

    @Test func triggersKeepWhatARebuildFromTheOrdersWouldMake() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            let (_, logistician) = try await makeUser(app, role: .logistician)

            // One order through every step, with a claim.
            var (walked, version) = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 3)]), token: staff)
            for step in ["sent", "received", "placed", "invoiced", "picked", "dispatched", "delivered", "accepted"] {
                let response = try await app.step(walked, to: step, version: version, token: staff)
                #expect(response.status == .ok, "\(step): \(response.text)")
                version = try #require(response.json["version"] as? Int)
            }
            let claim = try await app.api(.POST, "/api/v1/orders/\(walked)/claims", headers: .bearer(staff), json: ["reason": "damaged", "description": "One box crushed"])
            #expect(claim.status == .created, "\(claim.text)")
            let claimID = try #require(claim.json["id"] as? String)
            let resolved = try await app.api(.PATCH, "/api/v1/claims/\(claimID)", headers: .bearer(staff, [("If-Match", "\"1\"")]),
                                             json: ["status": "resolved", "resolution": "Replaced the box"])
            #expect(resolved.status == .ok, "\(resolved.text)")

            // One made to order, its production timed, then delivered.
            var (made, madeVersion) = try await app.order(NewOrder(client_id: world.otherClient, status: "received",
                                                                   lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: logistician)
            madeVersion = try #require(try await app.step(made, to: "placed", version: madeVersion, token: logistician).json["version"] as? Int)
            madeVersion = try await stage(app, made, "production", "start", version: madeVersion, token: logistician)
            madeVersion = try await stage(app, made, "production", "finish", version: madeVersion, token: logistician)
            for step in ["invoiced", "picked", "dispatched", "delivered"] {
                let response = try await app.step(made, to: step, version: madeVersion, token: logistician)
                #expect(response.status == .ok, "\(step): \(response.text)")
                madeVersion = try #require(response.json["version"] as? Int)
            }

            // One short of stock and split: lines move to a new order.
            let (short, shortVersion) = try await app.order(NewOrder(client_id: world.client, status: "received",
                                                                     lines: [.init(product_id: world.scarce, quantity: 5), .init(product_id: world.stocked, quantity: 2)]), token: staff)
            let placed = try await app.step(short, to: "placed", version: shortVersion, token: staff)
            let split = try await app.api(.POST, "/api/v1/orders/\(short)/split",
                                          headers: .bearer(staff, [("If-Match", "\"\(try #require(placed.json["version"] as? Int))\"")]))
            #expect(split.status == .created, "\(split.text)")

            // One cancelled.
            let (dropped, droppedVersion) = try await app.order(NewOrder(client_id: world.otherClient, status: "received",
                                                                         lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            #expect(try await app.step(dropped, to: "cancelled", version: droppedVersion, token: staff, reason: "Client withdrew").status == .ok)

            // A change request, made and then refused.
            let today = CompanyCalendar(timeZone: app.appConfig.timeZone).day(of: Date()).description
            try await app.db.sql.insert(into: "order_change_requests")
                .columns("id", "version", "order_id", "client_id", "description", "status", "created_at", "created_day")
                .values(SQLBind(UUID()), SQLBind(1), SQLBind(UUID(uuidString: made)!), SQLBind(world.otherClient), SQLBind("Move the date"),
                        SQLBind("open"), SQLBind(Date()), SQLBind(today))
                .run()
            try await app.db.sqlRaw("UPDATE order_change_requests SET status = 'refused' WHERE order_id = '\(made)'")

            // Writes around the application: group keys change (lines and stages move with
            // the order), a line changes product, a stage is removed, a cycle is re-measured.
            try await app.db.sqlRaw("UPDATE orders SET delivery_method = 'Courier', manager_id = NULL WHERE id IN ('\(made)', '\(walked)')")
            try await app.db.sqlRaw("UPDATE order_lines SET product_id = '\(world.scarce)' WHERE order_id = '\(dropped)'")
            try await app.db.sqlRaw("DELETE FROM stage_intervals WHERE order_id = '\(walked)' AND stage = 'receipt'")
            try await app.db.sqlRaw("UPDATE orders SET cycle_seconds = cycle_seconds + 3600 WHERE id = '\(made)'")

            let kept = try await Self.snapshot(app.db)
            #expect(kept[QualityRollup.orders.name]?.isEmpty == false)
            #expect(kept[QualityRollup.kinds.name]?.isEmpty == false)
            #expect(kept[QualityRollup.stages.name]?.isEmpty == false)
            #expect(kept[QualityRollup.requests.name]?.count == 2, "a claim resolved and a change request refused")
            // every order received is counted once, whatever its history
            let received = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM orders WHERE received_day IS NOT NULL").first()!.decode(column: "n", as: Int.self)
            let counted = try await app.db.sql.raw("SELECT CAST(SUM(orders) AS BIGINT) AS n FROM quality_order_months").first()!.decode(column: "n", as: Int.self)
            #expect(counted == received)

            try await QualityRollupCompaction.run(app, force: true)
            #expect(try await Self.snapshot(app.db) == kept)
            for table in QualityRollup.tables {
                let groups = try #require(kept[table.name]?.count)
                #expect(try await Self.rowCount(app.db, table) == groups, "\(table.name) folds to a row per key")
            }

            try await app.db.write(app) { tx in try await QualityRollupRebuild.run(on: tx) }
            #expect(try await Self.snapshot(app.db) == kept)
        }
    }

    /// On PostgreSQL a rebuild leaves its tables analyzed, so that the planner does not take the
    /// rows just written for the rows it last counted.
    @Test func aRebuildLeavesItsTablesAnalyzedOnPostgreSQL() async throws {
        try await withApp { app in
            guard app.db.isPostgres else { return }
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            try await app.db.write(app) { tx in try await QualityRollupRebuild.run(on: tx) }
            var filled = 0
            for table in QualityRollup.tables.map(\.name) + QualityCategoryRollup.tables.map(\.name) + [QualityCategoryRollup.membership] {
                // An empty table leaves no statistics to see.
                let rows = try await app.db.sql.raw("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM \(unsafeRaw: table)").first()!.decode(column: "n", as: Int.self)
                guard rows > 0 else { continue }
                filled += 1
                let analyzed = try await app.db.sql.raw("""
                    SELECT CAST(COUNT(*) AS BIGINT) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = \(bind: table)
                    """).first()!.decode(column: "n", as: Int.self)
                #expect(analyzed > 0, "\(table)")
            }
            #expect(filled >= 5)
        }
    }

    @Test func compactionWaitsForEnoughAppendedRows() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            #expect(try await QualityRollupCompaction.isDue(QualityRollup.orders, on: app.db) == false)
            try await app.db.sqlRaw("""
                INSERT INTO quality_order_months (\(QualityRollup.orders.columns.joined(separator: ", ")))
                SELECT \(QualityRollup.orders.columns.joined(separator: ", ")) FROM quality_order_months
                """)
            let before = try await Self.rowCount(app.db, QualityRollup.orders)
            for _ in 0..<14 {
                try await app.db.sqlRaw("""
                    INSERT INTO quality_order_months (\(QualityRollup.orders.columns.joined(separator: ", ")))
                    SELECT \(QualityRollup.orders.columns.joined(separator: ", ")) FROM quality_order_months
                    """)
            }
            #expect(try await Self.rowCount(app.db, QualityRollup.orders) == before << 14)
            #expect(try await QualityRollupCompaction.isDue(QualityRollup.orders, on: app.db))
            let doubled = try await Self.snapshot(app.db)
            try await QualityRollupCompaction.run(app)
            #expect(try await Self.rowCount(app.db, QualityRollup.orders) == doubled[QualityRollup.orders.name]?.count)
            #expect(try await Self.snapshot(app.db) == doubled)
            #expect(try await QualityRollupCompaction.isDue(QualityRollup.orders, on: app.db) == false)
        }
    }
}
