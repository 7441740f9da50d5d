import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// A buyer's claim on an order that has left the seller (dispatched or later), with the photos
/// that come with it (DOMAIN §3.3 item 6). A photo that is not an image refuses the whole claim.
struct FileClaim: Sendable {
    let orderID: UUID
    let reason: ClaimReason
    let description: String
    var photos: [ByteBuffer] = []

    init(orderID: UUID, reason: String, description: String) throws {
        var v = FieldValidator()
        let chosen = ClaimReason(rawValue: reason)
        if chosen == nil { v.add("reason", "must be one of: " + ClaimReason.allCases.map(\.rawValue).joined(separator: ", ")) }
        let written = v.text("description", description, max: 4_000)
        (self.reason, self.description) = try v.check(chosen, written)
        self.orderID = orderID
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> OrderClaim {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        guard [.dispatched, .delivered, .accepted].contains(order.status) else {
            throw Problem(.conflict, detail: "A claim can be filed once the order is dispatched")
        }
        let claim = OrderClaim()
        claim.id = UUID()
        claim.version = 1
        claim.orderID = orderID
        claim.clientID = order.clientID
        claim.reason = reason
        claim.description = description
        claim.status = .open
        claim.createdBy = actor.userID
        claim.createdAt = now
        claim.createdDay = calendar.day(of: now).description
        try await claim.create(on: db)
        try await db.sql.raw("UPDATE orders SET claim_count = claim_count + 1, version = version + 1 WHERE id = \(bind: orderID)").run()
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: try claim.requireID(), action: .create,
                                    before: ClaimDTO?.none, after: try ClaimDTO(claim), at: now)
        for photo in photos where photo.readableBytes > 0 {
            _ = try await ClaimPhotos.add(photo, to: try claim.requireID(), field: "photos", by: actor, now: now, on: db)
        }
        // The client's manager gets a task for the claim on their board (DOMAIN §2.2).
        try await AutomaticTasks.forClaim(try claim.requireID(), order: orderID, reason: reason.rawValue, by: actor, now: now, on: db)
        return claim
    }
}
