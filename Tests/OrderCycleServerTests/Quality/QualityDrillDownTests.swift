import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Every figure links to the records behind it")
struct QualityDrillDownTests {
    @Test func theOrdersCountedAgainstStockoutProbabilityPageByPage() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let first = try await app.api(.GET, "/api/v1/quality/orders?period=2026-03&indicator=stockout_probability&misses=true&limit=2", headers: .bearer(token))
            #expect(first.status == .ok)
            let page1 = try first.decoded(OrderCycleServer.Page<QualityRecords.OrderRow>.self)
            #expect(page1.items.count == 2)
            #expect(page1.next_cursor != nil)
            let cursor = page1.next_cursor ?? ""
            let second = try await app.api(.GET, "/api/v1/quality/orders?period=2026-03&indicator=stockout_probability&misses=true&limit=2&cursor=\(cursor)", headers: .bearer(token))
            let page2 = try second.decoded(OrderCycleServer.Page<QualityRecords.OrderRow>.self)
            #expect(page2.next_cursor == nil)
            // o1, o4, o5: the March orders stock could not satisfy, in order of receipt
            #expect((page1.items + page2.items).map(\.id) == [world.orders[0], world.orders[3], world.orders[4]])
            #expect((page1.items + page2.items).filter { !$0.unsatisfied_from_stock }.isEmpty)
        }
    }

    @Test func drillDownFollowsTheGroup() async throws {
        try await withApp { app in
            let world = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let late = try await app.api(.GET, "/api/v1/quality/orders?period=2026-03&group=segment&key=\(world.segmentA.uuidString)&indicator=uninterrupted_execution&misses=true", headers: .bearer(token))
            #expect(try late.decoded(OrderCycleServer.Page<QualityRecords.OrderRow>.self).items.map(\.id) == [world.orders[1]])
            let cycle = try await app.api(.GET, "/api/v1/quality/orders?period=2026-03&indicator=cycle", headers: .bearer(token))
            #expect(try cycle.decoded(OrderCycleServer.Page<QualityRecords.OrderRow>.self).items.count == 2)
            let bad = try await app.api(.GET, "/api/v1/quality/orders?indicator=happiness", headers: .bearer(token))
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func requestsStockAndProducts() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (_, token) = try await makeUser(app, role: .analyst)
            let changes = try await app.api(.GET, "/api/v1/quality/requests?period=2026-03", headers: .bearer(token))
            let changeItems = try changes.decoded(OrderCycleServer.Page<QualityRecords.RequestRow>.self).items
            #expect(changeItems.count == 3)
            #expect(changeItems.filter { $0.satisfied == nil }.count == 1) // the open one, not counted in F
            let claims = try await app.api(.GET, "/api/v1/quality/requests?period=2026-03&kind=claim&limit=1", headers: .bearer(token))
            let claimPage = try claims.decoded(OrderCycleServer.Page<QualityRecords.RequestRow>.self)
            #expect(claimPage.items.first?.satisfied == true)
            #expect(claimPage.next_cursor != nil)
            let rest = try await app.api(.GET, "/api/v1/quality/requests?period=2026-03&kind=claim&limit=1&cursor=\(claimPage.next_cursor ?? "")", headers: .bearer(token))
            #expect(try rest.decoded(OrderCycleServer.Page<QualityRecords.RequestRow>.self).items.first?.satisfied == false)
            let stock = try await app.api(.GET, "/api/v1/quality/stock", headers: .bearer(token))
            #expect(try stock.decoded(OrderCycleServer.Page<QualityRecords.StockRow>.self).items.map(\.saturation) == [0.5, 1])
            let products = try await app.api(.GET, "/api/v1/quality/products?period=2026-03", headers: .bearer(token))
            let items = try products.decoded(OrderCycleServer.Page<QualityRecords.ProductRow>.self).items
            #expect(items.map(\.sku) == ["P1", "P2", "P3"])
            #expect(items.map(\.in_range) == [true, true, false])
            #expect(items.map(\.orders) == [3, 2, 1])
        }
    }

    @Test func drillDownPagesListTheOrders() async throws {
        try await withApp { app in
            _ = try await MarchWorld.make(app)
            let (user, _) = try await makeUser(app, role: .analyst, password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: user.email, password: "correct horse")
            let page = try await browser.get("/quality/orders?period=2026-03&group=all&indicator=service_deficiency&misses=true")
            #expect(page.status == .ok)
            #expect(page.text.contains("Client One"))
            #expect(page.text.contains("Client Three"))
            #expect(!page.text.contains("Client Two"))
            for path in ["/quality/requests?period=2026-03&kind=claim", "/quality/stock", "/quality/products?period=2026-03"] {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
        }
    }
}
