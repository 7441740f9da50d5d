import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The order page's form files a return, an exchange or a warranty case for the order's goods,
/// for the order's client, through the same operation as the API and the cabinet: the goods
/// picked from the order's lines with how many, a refusal beside its field in the reader's
/// language, and only staff who file requests may post it.
@Suite("Services: returns, exchanges and warranty cases filed from the order page")
struct OrderGoodsRequestTests {
    @Test func aManagerFilesAReturnForTheOrdersGoodsAndTheFormKeepsWhatWasTyped() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            // setup
            let w = try await ServicesWorld.make(app, clock: clock)
            let printer = Product(sku: "ORD-G1", name: "Label printer", category: "Devices", unit: "pcs", priceMinor: 90_00, currency: "UAH", isNew: false, madeToOrder: false)
            let labels = Product(sku: "ORD-G2", name: "Thermal labels", category: "Consumables", unit: "pcs", priceMinor: 5_00, currency: "UAH", isNew: false, madeToOrder: false)
            for p in [printer, labels] {
                try await p.create(on: app.db)
                try await StockItem(productID: p.id!, onHand: 50, requiredNorm: 0).create(on: app.db)
            }
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: printer.id!, quantity: 3)]), token: w.admin)
            let orderID = try #require(UUID(uuidString: order.id))
            try await app.db.sql.raw("UPDATE orders SET status = 'delivered' WHERE id = \(bind: orderID)").run()
            let open = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: printer.id!, quantity: 1)]), token: w.admin)
            func requests() async throws -> Int {
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM service_requests").first(decodingColumn: "n", as: Int.self) ?? -1
            }

            let browser = Browser(app)
            _ = try await makeUser(app, role: .manager, email: "goods-manager@test.example", password: "correct horse")
            try await browser.logIn(email: "goods-manager@test.example", password: "correct horse")
            // An order still in the warehouse offers no goods to return.
            #expect(!(try await browser.get("/orders/\(open.id)")).text.contains("goods-request-form"))
            let page = try await browser.get("/orders/\(orderID)")
            #expect(page.text.contains("id=\"goods-request-form\"") && page.text.contains("value=\"\(printer.id!.uuidString)\""))
            #expect(page.text.contains("ORD-G1 Label printer × 3") && !page.text.contains("ORD-G2"))

            // MUT + validate: more than the order had, refused beside the quantity, in Russian; nothing filed.
            browser.cookies[Request.languageCookie] = "ru"
            _ = try await browser.get("/orders/\(orderID)")
            let tooMany = try await browser.post("/orders/\(orderID)/goods-requests",
                                                 form: ["kind": "return", "product_id": printer.id!.uuidString, "quantity": "4", "description": "Два сломаны"])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.text.contains("id=\"quantity-error\"") && tooMany.text.contains("больше, чем в заказе (3)"), "\(tooMany.text.suffix(3000))")
            #expect(tooMany.text.contains("Два сломаны") && tooMany.text.contains("value=\"4\""))
            #expect(tooMany.text.contains("<option value=\"\(printer.id!.uuidString)\" selected>"))
            // A product the order does not have, and no product at all, are refused beside the goods.
            let foreign = try await browser.post("/orders/\(orderID)/goods-requests",
                                                 form: ["kind": "exchange", "product_id": labels.id!.uuidString, "quantity": "1", "description": "Wrong goods"])
            #expect(foreign.status == .unprocessableEntity && foreign.text.contains("id=\"product_id-error\"") && foreign.text.contains("этого товара нет в заказе"))
            browser.cookies[Request.languageCookie] = "en"
            let none = try await browser.post("/orders/\(orderID)/goods-requests", form: ["kind": "return", "product_id": "", "quantity": "1", "description": "Broken"])
            #expect(none.status == .unprocessableEntity && none.text.contains("id=\"product_id-error\"") && none.text.contains("which product?"))
            let unnamed = try await browser.post("/orders/\(orderID)/goods-requests", form: ["kind": "return", "product_id": printer.id!.uuidString, "quantity": "1", "description": ""])
            #expect(unnamed.status == .unprocessableEntity && unnamed.text.contains("id=\"goods-description-error\""))
            // A change or a claim has its own form: this one files the order's goods only.
            let change = try await browser.post("/orders/\(orderID)/goods-requests", form: ["kind": "change", "description": "Friday"])
            #expect(change.status == .unprocessableEntity && change.text.contains("id=\"kind-error\""))
            #expect(try await requests() == 0)

            let filed = try await browser.post("/orders/\(orderID)/goods-requests",
                                               form: ["kind": "return", "product_id": printer.id!.uuidString, "quantity": "2", "description": "Two are broken"])
            #expect(filed.status == .seeOther || filed.status == .found, "\(filed.status) \(filed.text.prefix(400))")
            let warranty = try await browser.post("/orders/\(orderID)/goods-requests",
                                                  form: ["kind": "warranty", "product_id": printer.id!.uuidString, "quantity": "", "description": "Stopped printing"])
            #expect(warranty.status == .seeOther || warranty.status == .found, "\(warranty.status) \(warranty.text.prefix(400))")

            // The same requests the API reads, for the order's client, filed by staff.
            let listed = try await app.api(.GET, "/api/v1/requests?kind=return", headers: .bearer(w.acmeToken))
            let item = try #require((listed.json["items"] as? [[String: Any]])?.first)
            #expect(item["order_id"] as? String == orderID.uuidString && item["product_id"] as? String == printer.id!.uuidString && item["quantity"] as? Int == 2)
            #expect(item["client_id"] as? String == w.acme.id.uuidString && item["channel"] as? String == "staff")
            let cases = try await app.api(.GET, "/api/v1/requests?kind=warranty", headers: .bearer(w.acmeToken))
            let warrantyCase = try #require((cases.json["items"] as? [[String: Any]])?.first)
            #expect(warrantyCase["order_id"] as? String == orderID.uuidString && (warrantyCase["product_id"] == nil || warrantyCase["product_id"] is NSNull))
            let after = try await browser.get("/orders/\(orderID)")
            #expect(after.text.contains("id=\"goods-requests\"") && after.text.contains("Two are broken") && after.text.contains("Stopped printing"))
            // Another client sees neither on its own orders' pages nor through the API.
            let borys = try await app.api(.GET, "/api/v1/requests?kind=return", headers: .bearer(w.borysToken))
            #expect((borys.json["items"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test func onlyStaffWhoFileRequestsMayFileGoodsFromTheOrderPage() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let product = Product(sku: "ORD-G3", name: "Pallet", category: "Packaging", unit: "pcs", priceMinor: 10_00, currency: "UAH", isNew: false, madeToOrder: false)
            try await product.create(on: app.db)
            try await StockItem(productID: product.id!, onHand: 10, requiredNorm: 0).create(on: app.db)
            let order = try await app.order(NewOrder(client_id: w.acme.id, status: "received", lines: [.init(product_id: product.id!, quantity: 2)]), token: w.admin)
            try await app.db.sql.raw("UPDATE orders SET status = 'dispatched' WHERE id = \(bind: UUID(uuidString: order.id)!)").run()
            let form = ["kind": "return", "product_id": product.id!.uuidString, "quantity": "1", "description": "Broken"]

            // The order's own client files from its cabinet; a worker reads the order but files nothing; neither sees the form.
            for (role, email, client) in [(Role.client, "acme-goods-page@test.example", w.acme.id as UUID?), (.worker, "goods-worker@test.example", nil)] {
                let browser = Browser(app)
                _ = try await makeUser(app, role: role, email: email, password: "correct horse", clientID: client)
                try await browser.logIn(email: email, password: "correct horse")
                let page = try await browser.get("/orders/\(order.id)")
                #expect(page.status == .ok && !page.text.contains("goods-request-form"), "\(role)")
                let posted = try await browser.post("/orders/\(order.id)/goods-requests", form: form)
                #expect(posted.status == .forbidden, "\(role) got \(posted.status)")
            }
            // An order that does not exist is not found, for staff too.
            let operatorBrowser = Browser(app)
            _ = try await makeUser(app, role: .operator, email: "goods-operator@test.example", password: "correct horse")
            try await operatorBrowser.logIn(email: "goods-operator@test.example", password: "correct horse")
            _ = try await operatorBrowser.get("/orders/\(order.id)")
            #expect(try await operatorBrowser.post("/orders/\(UUID())/goods-requests", form: form).status == .notFound)
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM service_requests").first(decodingColumn: "n", as: Int.self) == 0)
            // The operator may.
            let filed = try await operatorBrowser.post("/orders/\(order.id)/goods-requests", form: form)
            #expect(filed.status == .seeOther || filed.status == .found, "\(filed.status) \(filed.text.prefix(400))")
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM service_requests").first(decodingColumn: "n", as: Int.self) == 1)
        }
    }
}
