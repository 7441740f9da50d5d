import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Order pages")
struct OrderPagesTests {
    /// Walks one order to delivery and returns its id.
    func deliveredOrder(_ app: Application, _ world: OrderWorld, token: String) async throws -> String {
        var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 2)]), token: token)
        for step in ["placed", "invoiced", "picked", "dispatched", "delivered"] {
            version = try await app.step(id, to: step, version: version, token: token).json["version"] as! Int
        }
        return id
    }

    @Test func theGanttAxisReadsInTheCompanysTimeZoneLikeTheTables() async throws {
        // 2030-06-01 19:35 UTC is 22:35 in Kyiv (summer time, UTC+3).
        let hand = ManualClock(Date(timeIntervalSince1970: 1_906_545_600 + 7 * 3_600 + 35 * 60))
        try await withApp(clock: hand.clock, { $0.timeZone = TimeZone(identifier: "Europe/Kyiv")! }) { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "gz@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: staff)
            let start = try await app.api(.POST, "/api/v1/orders/\(id)/stages/production", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["action": "start"])
            #expect(start.status == .ok)
            hand.advance(by: 3_600)
            let browser = Browser(app)
            try await browser.logIn(email: "gz@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)")
            let opening = try #require(page.text.range(of: "<svg class=\"gantt\""))
            let closing = try #require(page.text.range(of: "</svg>", range: opening.upperBound..<page.text.endIndex))
            let svg = page.text[opening.lowerBound..<closing.upperBound]
            #expect(svg.contains("01.06 22:35"))
            #expect(!svg.contains("19:35"))
        }
    }

    @Test func cycleTimePageCountsDeliveredOrdersAndNamesStages() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .analyst, email: "an@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            _ = try await deliveredOrder(app, world, token: staff)
            let browser = Browser(app)
            try await browser.logIn(email: "an@test.example", password: "correct horse")
            let page = try await browser.get("/cycle-time")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"cycle-count\">1<"))
            #expect(page.text.contains("Order receipt"))
            let ru = try await browser.get("/cycle-time", headers: ["Accept-Language": "ru"])
            #expect(ru.text.contains("Длительность цикла"))
        }
    }

    @Test func portfolioGroupsOrdersInWorkAndExportsCSV() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .manager, email: "mg@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            for _ in 0..<3 { _ = try await app.order(NewOrder(client_id: world.client, status: "received", promised_date: "2020-01-01", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff) }
            _ = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff) // a draft is not in work
            let browser = Browser(app)
            try await browser.logIn(email: "mg@test.example", password: "correct horse")
            let page = try await browser.get("/portfolio?group=client")
            #expect(page.text.contains("id=\"portfolio-count\">3<"))
            #expect(page.text.contains("Acme Logistics"))
            #expect(page.text.contains("late"))
            let csv = try await browser.get("/portfolio.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.text.split(separator: "\n").count == 4)
        }
    }

    @Test func everyPortfolioGroupingNamesItsGroupsAndTheMostUrgentComeFirst() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .analyst, email: "an@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            let later = try await app.order(NewOrder(client_id: world.client, status: "received", promised_date: "2030-05-01", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let sooner = try await app.order(NewOrder(client_id: world.otherClient, status: "received", promised_date: "2020-01-01", lines: [.init(product_id: world.stocked, quantity: 2)]), token: staff)
            let browser = Browser(app)
            try await browser.logIn(email: "an@test.example", password: "correct horse")
            let labels = [("due", "2020-01-01"), ("client", "Other Co"), ("segment", "Retail"), ("manager", "—"),
                          ("status", OrderStatus.received.name(.en)), ("priority", Priority.normal.name(.en))]
            for (group, label) in labels {
                let page = try await browser.get("/portfolio?group=\(group)")
                #expect(page.status == .ok, "\(group)")
                #expect(page.text.contains(">\(label)</td>"), "\(group): \(label)")
                #expect(page.text.contains("id=\"portfolio-count\">2<"), "\(group)")
            }
            let page = try await browser.get("/portfolio?group=segment")
            let first = try #require(page.text.range(of: sooner.id, options: .caseInsensitive))
            let second = try #require(page.text.range(of: later.id, options: .caseInsensitive))
            #expect(first.lowerBound < second.lowerBound)
            let late = try await browser.get("/portfolio?late=1")
            #expect(late.text.contains("id=\"portfolio-count\">1<"))
        }
    }

    @Test func theClientCardListsTheClientsOrders() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .manager, email: "cc@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            let mine = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            _ = try await app.order(NewOrder(client_id: world.otherClient, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let number = try #require(try await Order.find(UUID(uuidString: mine.id), on: app.db)?.number)
            let others = try await Order.query(on: app.db).filter(\.$clientID == world.otherClient).all().map(\.number)
            let browser = Browser(app)
            try await browser.logIn(email: "cc@test.example", password: "correct horse")
            let card = try await browser.get("/clients/\(world.client)")
            #expect(card.text.contains("id=\"client-orders\""))
            #expect(card.text.contains(number))
            #expect(others.allSatisfy { !card.text.contains($0) })
        }
    }

    @Test func csvCellsCannotRunAsSpreadsheetFormulas() {
        #expect(CSVField.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("plain") == "plain")
    }

    @Test func aRequestedDateInThePastIsRefusedBesideItsFieldAndNeverBecomesThePromise() async throws {
        // 2030-06-01 12:00 UTC: the company's today is 2030-06-01.
        let hand = ManualClock(Date(timeIntervalSince1970: 1_906_545_600))
        try await withApp(clock: hand.clock) { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .operator, email: "past@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .operator)
            func create(requested: String) async throws -> TestingHTTPResponse {
                try await app.api(.POST, "/api/v1/orders", headers: .bearer(staff), raw: """
                    {"client_id":"\(world.client)","status":"received","requested_date":"\(requested)","lines":[{"product_id":"\(world.stocked)","quantity":1}]}
                    """)
            }
            let past = try await create(requested: "2020-03-01")
            #expect(past.status == .unprocessableEntity)
            let errors = try #require(past.json["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == "requested_date")
            #expect((errors.first?["message"] as? String)?.contains("past") == true)
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await create(requested: "2030-06-01").status == .created)

            let browser = Browser(app)
            try await browser.logIn(email: "past@test.example", password: "correct horse")
            browser.cookies["oc_lang"] = "ru"
            try await browser.get("/orders/new")
            let page = try await browser.post("/orders", form: ["client_id": world.client.uuidString, "status": "received", "channel": "phone", "priority": "normal",
                                                                "requested_date": "2020-03-01", "notes": "Call before delivery", "sku0": "BOX-1", "qty0": "2"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("id=\"requested_date-error\""))
            #expect(page.text.contains("не может быть в прошлом"))
            #expect(page.text.contains("value=\"Call before delivery\""))
            #expect(try await Order.query(on: app.db).count() == 1)
        }
    }

    @Test func theOrdersNotesAreOnItsPageThePickingListAndTheShippingNote() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "notes@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(staff), raw: """
                {"client_id":"\(world.client)","status":"received","notes":"Gate 3 <b>only</b>, call before","lines":[{"product_id":"\(world.stocked)","quantity":1}]}
                """)
            let id = try #require(created.json["id"] as? String)
            let browser = Browser(app)
            try await browser.logIn(email: "notes@test.example", password: "correct horse")
            let escaped = "Gate 3 &lt;b&gt;only&lt;/b&gt;, call before"
            let page = try await browser.get("/orders/\(id)")
            #expect(page.text.contains("id=\"order-notes\""))
            #expect(page.text.contains(escaped))
            // one page is both the picking list and the shipping note
            let papers = try await browser.get("/orders/\(id)/picking-list")
            #expect(papers.status == .ok)
            #expect(papers.text.contains(escaped))
            let ru = try await browser.get("/orders/\(id)/picking-list", headers: ["Accept-Language": "ru"])
            #expect(ru.text.contains("Примечания"))
        }
    }

    @Test func theComposingFormShowsErrorsBesideTheLines() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .operator, email: "op@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "op@test.example", password: "correct horse")
            try await browser.get("/orders/new")
            let response = try await browser.post("/orders", form: ["client_id": world.client.uuidString, "status": "received", "channel": "phone",
                                                                    "priority": "normal", "sku0": "NO-SUCH-SKU", "qty0": "2", "sku1": "BOX-1", "qty1": "0"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"line0-error\""))
            #expect(response.text.contains("id=\"line1-error\""))
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    @Test func aStaleFormSaysTheOrderChangedAndKeepsTheCurrentState() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .manager, email: "m2@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            let (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            let browser = Browser(app)
            try await browser.logIn(email: "m2@test.example", password: "correct horse")
            try await browser.get("/orders/\(id)")
            try await app.step(id, to: "placed", version: version, token: staff) // someone else moves it meanwhile
            let response = try await browser.post("/orders/\(id)/step", form: ["to": "cancelled", "reason": "x", "version": String(version)])
            #expect(response.status == .preconditionFailed || response.status == .conflict)
            #expect(try await Order.find(UUID(uuidString: id), on: app.db)?.status == .placed)
        }
    }
}
