import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A message in an order's thread between the buyer and the supplier (DOMAIN §3.3 item 7).
/// Anyone who may see the order may write; the thread is the record, so no audit entry, and
/// the message goes to the notification feed itself (the other side is told).
struct AddComment: Sendable {
    let orderID: UUID
    let text: String

    init(orderID: UUID, body: String) throws {
        var v = FieldValidator()
        let written = v.text("body", body, max: 4_000)
        self.text = try v.check(written)
        self.orderID = orderID
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> CommentDTO {
        _ = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        let dto = CommentDTO(id: UUID(), author: actor.label, from_client: actor.role == .client, body: text, at: now)
        try await db.sql.insert(into: "order_comments")
            .columns("id", "order_id", "author_id", "author_label", "from_client", "body", "at")
            .values(SQLBind(dto.id), SQLBind(orderID), SQLBind(actor.userID), SQLBind(dto.author), SQLBind(dto.from_client), SQLBind(dto.body), SQLBind(dto.at))
            .run()
        try await NotificationFeed.comment(orderID: orderID, commentID: dto.id, text: dto.body, actor: actor, at: now, on: db)
        return dto
    }
}
