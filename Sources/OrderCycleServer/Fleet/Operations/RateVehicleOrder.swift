import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The client rates a delivered vehicle order, 1 to 5 with an optional comment, as it rates an
/// order (DOMAIN §2.5, §3.3 item 6), by the same rule (`FulfilmentRating`): only the order's
/// client, only once delivered. The latest rating counts, and the trail keeps the one it replaced.
struct RateVehicleOrder: Sendable {
    let orderID: UUID
    let rating: Int
    let comment: String?
    let expectedVersion: Int?
    let lang: Language

    init(orderID: UUID, rating: Int?, comment: String?, expectedVersion: Int?, lang: Language = .en) throws {
        let given = try FulfilmentRating(rating: rating, comment: comment, lang: lang)
        self.rating = given.rating
        self.orderID = orderID
        self.comment = given.comment
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> VehicleOrderDTO {
        let order = try await VehicleOrderWrites.visible(orderID, to: actor, on: db)
        try FulfilmentRating.mayRate(.vehicleOrder, by: actor, delivered: order.status == .delivered, lang: lang)
        let before = try await VehicleOrderWrites.reread(orderID, on: db)
        _ = try await ETag.advance("vehicle_orders", id: orderID, expected: expectedVersion, on: db)
        try await db.sql.raw("""
            UPDATE vehicle_orders SET rating = \(bind: rating), rating_comment = \(bind: comment), rated_at = \(bind: now), updated_at = \(bind: now)
            WHERE id = \(bind: orderID)
            """).run()
        let after = try await VehicleOrderWrites.reread(orderID, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "vehicle_order", id: orderID, action: .update,
                                    before: ["rating": before.rating.map(String.init) ?? ""], after: ["rating": String(rating), "comment": comment ?? ""], at: now)
        return after
    }
}
