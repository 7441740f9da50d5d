import Testing
import VaporTesting
import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Vapor

/// A small world for order tests: a segment, a client, products with stock.
struct OrderWorld {
    var segment: UUID
    var client: UUID
    var otherClient: UUID
    var stocked: UUID      // 10 on hand
    var scarce: UUID       // 2 on hand
    var madeToOrder: UUID  // new, produced to order, none on hand

    static func make(_ app: Application) async throws -> OrderWorld {
        let db = app.db
        let segment = Segment(code: "retail-\(UUID().uuidString.prefix(6))", nameEN: "Retail", nameRU: "Розница")
        try await segment.create(on: db)
        let client = Client(code: "C-T1-\(UUID().uuidString.prefix(6))", kind: .customer, party: .company, name: "Acme Logistics", taxID: nil, segmentID: segment.id!, managerID: nil, now: app.clock.now())
        try await client.create(on: db)
        let other = Client(code: "C-T2-\(UUID().uuidString.prefix(6))", kind: .customer, party: .company, name: "Other Co", taxID: nil, segmentID: segment.id!, managerID: nil, now: app.clock.now())
        try await other.create(on: db)
        func product(_ sku: String, onHand: Int, isNew: Bool = false, madeToOrder: Bool = false) async throws -> UUID {
            let p = Product(sku: sku, name: "Product \(sku)", category: "Boxes", unit: "pcs", priceMinor: 1_250, currency: "UAH", isNew: isNew, madeToOrder: madeToOrder)
            try await p.create(on: db)
            try await StockItem(productID: p.id!, onHand: onHand, requiredNorm: 5).create(on: db)
            return p.id!
        }
        return OrderWorld(segment: segment.id!, client: client.id!, otherClient: other.id!,
                          stocked: try await product("BOX-1", onHand: 10), scarce: try await product("BOX-2", onHand: 2),
                          madeToOrder: try await product("CRATE-9", onHand: 0, isNew: true, madeToOrder: true))
    }
}

struct NewOrder: Encodable, Sendable {
    struct Line: Encodable, Sendable { var product_id: UUID; var quantity: Int }
    var client_id: UUID?
    var status: String?
    var promised_date: String?
    var lines: [Line]
}

extension Application {
    /// Creates an order through the API and returns its id and ETag version.
    func order(_ body: NewOrder, token: String) async throws -> (id: String, version: Int) {
        let response = try await api(.POST, "/api/v1/orders", headers: .bearer(token), json: body)
        guard response.status == .created, let id = response.json["id"] as? String, let version = response.json["version"] as? Int else {
            throw Abort(.internalServerError, reason: "order not created: \(response.status) \(response.text)")
        }
        return (id, version)
    }

    /// Takes one step; returns the response.
    @discardableResult
    func step(_ id: String, to: String, version: Int, token: String, reason: String? = nil) async throws -> TestingHTTPResponse {
        var body = ["to": to]
        if let reason { body["reason"] = reason }
        return try await api(.POST, "/api/v1/orders/\(id)/transitions", headers: .bearer(token, [("If-Match", "\"\(version)\"")]), json: body)
    }
}
