import Fluent
import Foundation
import OrderCycleCore

/// The buyer's rating of a delivered order, 1 to 5 with an optional comment (DOMAIN §3.3 item 6):
/// the customer evaluates the fulfilment, so only the order's client rates it, and there is no
/// rating until it chooses one (`FulfilmentRating`, the rule vehicle orders share). The latest
/// rating counts, and the trail keeps the one it replaced.
struct RateOrder: Sendable {
    let orderID: UUID
    let rating: Int
    let comment: String?
    let expectedVersion: Int?
    /// The language of the refusals: the order page shows them to the person rating.
    let lang: Language

    init(orderID: UUID, rating: Int?, comment: String?, expectedVersion: Int?, lang: Language = .en) throws {
        let given = try FulfilmentRating(rating: rating, comment: comment, lang: lang)
        self.orderID = orderID
        self.rating = given.rating
        self.comment = given.comment
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> Order {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        try FulfilmentRating.mayRate(.order, by: actor, delivered: order.status == .delivered || order.status == .accepted, lang: lang)
        order.version = try await ETag.advance(Order.schema, id: orderID, expected: expectedVersion, on: db)
        let before = ["rating": order.rating.map(String.init) ?? ""]
        order.rating = rating
        order.ratingComment = comment
        try await order.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: orderID, action: .update, before: before,
                                    after: ["rating": String(rating), "comment": comment ?? ""], at: now)
        return order
    }
}
