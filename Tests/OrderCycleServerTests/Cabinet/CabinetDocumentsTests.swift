import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A client opens its own order's invoice and shipping note from the cabinet, never another
/// client's, and reads its orders without the warehouse's working detail.
@Suite("Client documents")
struct CabinetDocumentsTests {
    /// An invoiced order of the world's client whose scarce line stock did not cover (2 on hand, 5 ordered).
    static func shortOrder(_ app: Application, _ world: OrderWorld, client: UUID, staff: String) async throws -> String {
        var (id, version) = try await app.order(NewOrder(client_id: client, status: "received",
                                                         lines: [.init(product_id: world.scarce, quantity: 5), .init(product_id: world.stocked, quantity: 1)]), token: staff)
        for step in ["placed", "invoiced"] {
            let response = try await app.step(id, to: step, version: version, token: staff)
            version = try #require(response.json["version"] as? Int, "\(step): \(response.text)")
        }
        return id
    }

    @Test func aClientOpensItsOwnInvoiceAndShippingNoteButNotAnotherClients() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .admin)
            let mine = try await Self.shortOrder(app, world, client: world.client, staff: staff)
            let theirs = try await Self.shortOrder(app, world, client: world.otherClient, staff: staff)
            try await makeUser(app, role: .client, email: "buyer@test.example", password: "correct horse", clientID: world.client)
            let browser = Browser(app)
            try await browser.logIn(email: "buyer@test.example", password: "correct horse")

            let order = try await browser.get("/orders/\(mine)")
            #expect(order.status == .ok)
            #expect(order.text.contains("id=\"open-invoice\"") && order.text.contains("id=\"open-shipping-note\""))
            // The warehouse's working detail stays with staff.
            #expect(!order.text.contains("badge warn\">reserved"))
            #expect(!order.text.contains("not satisfied from stock"))
            #expect(!order.text.contains("/plan\""))

            let invoice = try await browser.get("/orders/\(mine)/invoice")
            #expect(invoice.status == .ok && invoice.text.contains("id=\"invoice-number\""))
            let note = try await browser.get("/orders/\(mine)/picking-list")
            #expect(note.status == .ok && note.text.contains("Shipping note") && !note.text.contains("From stock"))

            #expect(try await browser.get("/orders/\(theirs)/invoice").status == .notFound)
            #expect(try await browser.get("/orders/\(theirs)/picking-list").status == .notFound)
            #expect(try await browser.get("/orders/\(theirs)").status == .notFound)

            // Staff still see all of it.
            try await makeUser(app, role: .manager, email: "staff@test.example", password: "correct horse")
            let manager = Browser(app)
            try await manager.logIn(email: "staff@test.example", password: "correct horse")
            let staffView = try await manager.get("/orders/\(mine)")
            #expect(staffView.text.contains("badge warn\">reserved") && staffView.text.contains("not satisfied from stock"))
            #expect(try await manager.get("/orders/\(mine)/picking-list").text.contains("From stock"))
        }
    }
}
