import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The orders list searched and sorted: by number, client, the buyer's reference and creation
/// dates, sorted by any column with keyset pages that never repeat or skip an order; the page
/// takes the same parameters as the API; the global search box finds clients and orders.
@Suite("Order search")
struct OrderSearchTests {
    struct Draft: Encodable, Sendable {
        var client_id: UUID
        var status = "received"
        var external_ref: String?
        var lines: [NewOrder.Line]
    }

    /// Five orders: three of Acme (quantities 1…3, references PO-1…PO-3), two of Other Co.
    func fiveOrders(_ app: Application, _ world: OrderWorld, token: String) async throws -> [String] {
        var ids: [String] = []
        for (i, client) in [world.client, world.client, world.client, world.otherClient, world.otherClient].enumerated() {
            let body = Draft(client_id: client, external_ref: "PO-\(i + 1)", lines: [.init(product_id: world.stocked, quantity: i % 3 + 1)])
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token), json: body)
            #expect(response.status == .created, "\(response.text)")
            ids.append(try #require(response.json["id"] as? String))
        }
        return ids
    }

    func numbers(_ response: TestingHTTPResponse) -> [String] {
        ((response.json["items"] as? [[String: Any]]) ?? []).compactMap { $0["number"] as? String }
    }

    @Test func theAPIFindsByNumberClientReferenceAndDates() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await fiveOrders(app, world, token: staff)
            let all = numbers(try await app.api(.GET, "/api/v1/orders?sort=number&direction=asc", headers: .bearer(staff)))
            #expect(all.count == 5)

            let byNumber = try await app.api(.GET, "/api/v1/orders?number=\(all[1].suffix(4))", headers: .bearer(staff))
            #expect(numbers(byNumber).contains(all[1]))
            let byClient = try await app.api(.GET, "/api/v1/orders?client=acme", headers: .bearer(staff))
            #expect(numbers(byClient).count == 3)
            let byRef = try await app.api(.GET, "/api/v1/orders?external_ref=po-4", headers: .bearer(staff))
            #expect(numbers(byRef).count == 1)
            #expect((byRef.json["items"] as? [[String: Any]])?.first?["external_ref"] as? String == "PO-4")

            let today = CompanyCalendar(timeZone: app.appConfig.timeZone).day(of: app.clock.now())
            let inRange = try await app.api(.GET, "/api/v1/orders?created_from=\(today)&created_to=\(today)", headers: .bearer(staff))
            #expect(numbers(inRange).count == 5)
            let later = try await app.api(.GET, "/api/v1/orders?created_from=\(today.adding(days: 1))", headers: .bearer(staff))
            #expect(numbers(later).isEmpty)

            let wrong = try await app.api(.GET, "/api/v1/orders?created_from=\(today)&created_to=\(today.adding(days: -1))&sort=colour", headers: .bearer(staff))
            #expect(wrong.status == .unprocessableEntity)
            let fields = ((wrong.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["created_to", "sort"])
        }
    }

    @Test func everySortPagesThroughEveryOrderOnceInOrder() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await fiveOrders(app, world, token: staff)
            for sort in OrderListFilter.Sort.allCases {
                for direction in ["asc", "desc"] {
                    var seen: [[String: Any]] = [], cursor: String?
                    repeat {
                        let path = "/api/v1/orders?sort=\(sort.rawValue)&direction=\(direction)&limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                        let page = try await app.api(.GET, path, headers: .bearer(staff))
                        #expect(page.status == .ok, "\(path): \(page.text)")
                        seen += (page.json["items"] as? [[String: Any]]) ?? []
                        cursor = page.json["next_cursor"] as? String
                    } while cursor != nil && seen.count < 20
                    let ids = seen.compactMap { $0["id"] as? String }
                    #expect(ids.count == 5 && Set(ids).count == 5, "\(sort) \(direction): \(ids.count) rows, \(Set(ids).count) different")
                    if sort == .total {
                        let totals = seen.compactMap { $0["total_minor"] as? Int }
                        #expect(totals == (direction == "asc" ? totals.sorted() : totals.sorted(by: >)))
                    }
                    if sort == .client {
                        let names = seen.compactMap { $0["client_name"] as? String }
                        let acmeFirst = names.prefix(3).allSatisfy { $0 == "Acme Logistics" }
                        #expect(direction == "asc" ? acmeFirst : names.suffix(3).allSatisfy { $0 == "Acme Logistics" })
                    }
                }
            }
        }
    }

    @Test func aClientSearchesOnlyItsOwnOrders() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await fiveOrders(app, world, token: staff)
            let (_, buyer) = try await makeUser(app, role: .client, clientID: world.otherClient)
            let mine = try await app.api(.GET, "/api/v1/orders?client=acme", headers: .bearer(buyer))
            #expect(numbers(mine).isEmpty)
            let refs = try await app.api(.GET, "/api/v1/orders?external_ref=PO", headers: .bearer(buyer))
            #expect(numbers(refs).count == 2)
        }
    }

    @Test func thePageSortsByAColumnAndKeepsAWrongSearchBesideItsFields() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await fiveOrders(app, world, token: staff)
            try await makeUser(app, role: .manager, email: "search@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "search@test.example", password: "correct horse")

            let sorted = try await browser.get("/orders?sort=total&direction=asc&client=Acme")
            #expect(sorted.status == .ok)
            #expect(sorted.text.contains("aria-sort=\"ascending\""))
            #expect(sorted.text.components(separatedBy: "Acme Logistics").count - 1 == 3)
            #expect(!sorted.text.contains("Other Co"))
            // A header link keeps the search and turns the direction round.
            #expect(sorted.text.contains("sort=total&amp;direction=desc"))
            #expect(sorted.text.contains("client=Acme&amp;"))

            let wrong = try await browser.get("/orders?created_from=2030-13-01&number=PO", headers: ["Accept-Language": "ru"])
            #expect(wrong.status == .ok)
            #expect(wrong.text.contains("id=\"created_from-error\">должно быть датой ГГГГ-ММ-ДД"))
            #expect(wrong.text.contains("value=\"2030-13-01\""))
            #expect(wrong.text.contains("name=\"number\" value=\"PO\""))

            let empty = try await browser.get("/orders?number=NOTHING-LIKE-IT")
            #expect(empty.text.contains("id=\"no-orders\""))
        }
    }

    @Test func theSearchBoxFindsClientsAndOrdersAndIsRefusedToClients() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .manager)
            _ = try await fiveOrders(app, world, token: staff)
            try await makeUser(app, role: .operator, email: "find@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "find@test.example", password: "correct horse")
            let home = try await browser.get("/")
            #expect(home.text.contains("id=\"global-search\""))

            let found = try await browser.get("/search?q=acme")
            #expect(found.status == .ok)
            #expect(found.text.contains("id=\"found-clients\""))
            #expect(found.text.components(separatedBy: "PO-").count - 1 == 3)
            let byRef = try await browser.get("/search?q=po-5")
            #expect(byRef.text.contains("id=\"no-clients\""))
            #expect(byRef.text.components(separatedBy: "PO-5").count - 1 == 1)

            try await makeUser(app, role: .client, email: "buyer@test.example", password: "correct horse", clientID: world.client)
            let buyer = Browser(app)
            try await buyer.logIn(email: "buyer@test.example", password: "correct horse")
            let refused = try await buyer.get("/search?q=acme")
            #expect(refused.status == .forbidden || refused.status == .notFound)
            #expect(!(try await buyer.get("/orders")).text.contains("id=\"global-search\""))
        }
    }
}
