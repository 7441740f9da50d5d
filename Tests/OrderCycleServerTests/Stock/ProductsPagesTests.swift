import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The catalogue pages: the list with search and keyset pages, the card with its ledger, and a
/// receipt or adjustment by form leaving what the API leaves; the order form's product picker.
@Suite("Products and stock pages, the product picker")
struct ProductsPagesTests {
    private struct Balance: Decodable, Equatable { var on_hand: Int; var reserved: Int }
    private struct MovementRow: Decodable, Equatable { var kind: String; var quantity: Int; var note: String? }

    private static func state(of product: UUID, on db: any Database) async throws -> (Balance, [MovementRow], [String]) {
        let balance = try #require(try await db.sql.raw("SELECT on_hand, reserved FROM stock_items WHERE product_id = \(bind: product)").first(decoding: Balance.self))
        let movements = try await db.sql.raw("SELECT kind, quantity, note FROM stock_movements WHERE product_id = \(bind: product) ORDER BY at, id").all(decoding: MovementRow.self)
        let audit = try await db.sql.raw("SELECT action FROM audit_events WHERE entity = 'products' AND entity_id = \(bind: product) ORDER BY at").all()
            .map { try $0.decode(column: "action", as: String.self) }
        return (balance, movements, audit)
    }

    @Test func aReceiptAndAnAdjustmentByFormLeaveWhatTheAPILeaves() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .logistician, email: "stock@test.example")
            let browser = Browser(app)
            try await browser.logIn(email: "stock@test.example", password: "correct horse")
            for (kind, quantity) in [("receipt", 5), ("adjustment", -3)] {
                let response = try await app.api(.POST, "/api/v1/products/\(world.stocked)/stock-movements", headers: .bearer(token),
                                                 raw: "{\"kind\":\"\(kind)\",\"quantity\":\(quantity),\"note\":\"count 7\"}")
                #expect(response.status == .created, "\(response.text)")
            }
            try await browser.get("/products/\(world.scarce)")
            try await app.db.sql.raw("UPDATE stock_items SET on_hand = 10 WHERE product_id = \(bind: world.scarce)").run()
            for (kind, quantity) in [("receipt", 5), ("adjustment", -3)] {
                let response = try await browser.post("/products/\(world.scarce)/movements", form: ["kind": kind, "quantity": String(quantity), "note": "count 7"])
                #expect(response.status == .seeOther, "\(response.text.prefix(300))")
            }
            let viaAPI = try await Self.state(of: world.stocked, on: app.db)
            let viaForm = try await Self.state(of: world.scarce, on: app.db)
            #expect(viaAPI.0 == Balance(on_hand: 12, reserved: 0))
            #expect(viaAPI.0 == viaForm.0)
            #expect(viaAPI.1 == viaForm.1)
            #expect(viaAPI.2 == ["update", "update"])
            #expect(viaAPI.2 == viaForm.2)
            let card = try await browser.get("/products/\(world.scarce)")
            #expect(card.text.contains("id=\"on-hand\">12<"))
            #expect(card.text.contains("count 7"))
        }
    }

    @Test func anAdjustmentBelowTheReserveIsRefusedBesideTheFieldAndChangesNothing() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            _ = try await makeUser(app, role: .worker, email: "w@test.example")
            try await app.db.sql.raw("UPDATE stock_items SET reserved = 8 WHERE product_id = \(bind: world.stocked)").run()
            let browser = Browser(app)
            try await browser.logIn(email: "w@test.example", password: "correct horse")
            try await browser.get("/products/\(world.stocked)")
            let refused = try await browser.post("/products/\(world.stocked)/movements", form: ["kind": "adjustment", "quantity": "-5", "note": "lost"])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("quantity-error"))
            #expect(refused.text.contains("value=\"-5\""))
            let notNumber = try await browser.post("/products/\(world.stocked)/movements", form: ["kind": "receipt", "quantity": "five"])
            #expect(notNumber.status == .unprocessableEntity)
            #expect(notNumber.text.contains("quantity-error"))
            let (balance, movements, _) = try await Self.state(of: world.stocked, on: app.db)
            #expect(balance == Balance(on_hand: 10, reserved: 8))
            #expect(movements.isEmpty)
        }
    }

    @Test func onlyStockRolesMoveStockAndClientsDoNotSeeTheCatalogue() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            _ = try await makeUser(app, role: .manager, email: "m@test.example")
            let (_, analystToken) = try await makeUser(app, role: .analyst)
            _ = try await makeUser(app, role: .client, email: "c@test.example", clientID: world.client)
            let manager = Browser(app)
            try await manager.logIn(email: "m@test.example", password: "correct horse")
            #expect(try await manager.get("/products").status == .ok)
            try await manager.get("/products/\(world.stocked)")
            #expect(!manager.lastPage.contains("movement-submit"))
            #expect(try await manager.post("/products/\(world.stocked)/movements", form: ["kind": "receipt", "quantity": "1"]).status == .forbidden)
            let refused = try await app.api(.POST, "/api/v1/products/\(world.stocked)/stock-movements", headers: .bearer(analystToken), raw: "{\"kind\":\"receipt\",\"quantity\":1}")
            #expect(refused.status == .forbidden)
            let client = Browser(app)
            try await client.logIn(email: "c@test.example", password: "correct horse")
            #expect(try await client.get("/products").status == .forbidden)
            let (balance, _, _) = try await Self.state(of: world.stocked, on: app.db)
            #expect(balance.on_hand == 10)
        }
    }

    @Test func theListSearchesAndPagesByKeyset() async throws {
        try await withApp { app in
            _ = try await OrderWorld.make(app)
            for name in ["Коробка большая", "коробка малая", "Ящик"] {
                try await Product(sku: "RU-\(UUID().uuidString.prefix(6))", name: name, category: "Boxes", unit: "pcs", priceMinor: 100, currency: "UAH").create(on: app.db)
            }
            _ = try await makeUser(app, role: .operator, email: "o@test.example")
            let browser = Browser(app)
            try await browser.logIn(email: "o@test.example", password: "correct horse")
            let found = try await browser.get("/products?q=%D0%9A%D0%9E%D0%A0%D0%9E%D0%91") // "КОРОБ"
            #expect(found.text.contains("Коробка большая") && found.text.contains("коробка малая") && !found.text.contains("Ящик"))
            let first = try await browser.get("/products?limit=2")
            #expect(first.text.contains("id=\"next-page\""))
            let href = try #require(first.text.range(of: "id=\"next-page\" href=\"").map { String(first.text[$0.upperBound...].prefix { $0 != "\"" }) })
            let second = try await browser.get(href.replacingOccurrences(of: "&amp;", with: "&") + "&limit=2")
            #expect(second.status == .ok)
            #expect(!second.text.contains("Product BOX-1"))
        }
    }

    @Test func thePickerFindsByAnyPartOfTheNameOrTheSKUInAnyCaseAndFillsALine() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await Product(sku: "KOR-7", name: "Коробка гофрированная", category: "Boxes", unit: "pcs", priceMinor: 990, currency: "UAH").create(on: app.db)
            _ = try await makeUser(app, role: .client, email: "buyer@test.example", clientID: world.client)
            let browser = Browser(app)
            try await browser.logIn(email: "buyer@test.example", password: "correct horse")
            try await browser.get("/orders/new")
            #expect(browser.lastPage.contains("id=\"product-find\""))
            let byName = try await browser.post("/orders", form: ["_find": "1", "product_q": "ГОФРИР", "requested_date": "2031-01-05", "notes": "gate 3"])
            #expect(byName.status == .ok)
            #expect(byName.text.contains("data-sku=\"KOR-7\""))
            #expect(byName.text.contains("value=\"gate 3\""))
            let bySKU = try await browser.post("/orders", form: ["_find": "1", "product_q": "box-"])
            #expect(bySKU.text.contains("data-sku=\"BOX-1\"") && bySKU.text.contains("data-sku=\"BOX-2\"") && !bySKU.text.contains("data-sku=\"KOR-7\""))
            let none = try await browser.post("/orders", form: ["_find": "1", "product_q": "%"])
            #expect(none.text.contains("product-matches-none"))
            let added = try await browser.post("/orders", form: ["_add": "KOR-7", "product_q": "гофр", "sku0": "BOX-1", "qty0": "2", "notes": "gate 3"])
            #expect(added.text.contains("id=\"sku1\" value=\"KOR-7\""))
            #expect(added.text.contains("id=\"qty1\" value=\"1\""))
            #expect(added.text.contains("id=\"sku0\" value=\"BOX-1\""))
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }
}
