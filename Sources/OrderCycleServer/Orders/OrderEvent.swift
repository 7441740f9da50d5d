import Fluent
import Foundation
import OrderCycleCore

/// One step in an order's status history.
final class OrderEvent: Model, @unchecked Sendable {
    static let schema = "order_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "order_id") var orderID: UUID
    @OptionalEnum(key: "from_status") var fromStatus: OrderStatus?
    @Enum(key: "to_status") var toStatus: OrderStatus
    @Field(key: "at") var at: Date
    @OptionalField(key: "by_user_id") var byUserID: UUID?
    @Field(key: "by_label") var byLabel: String
    @OptionalField(key: "reason") var reason: String?

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] { [$id, $orderID, $fromStatus, $toStatus, $at, $byUserID, $byLabel, $reason] }

    init(orderID: UUID, from: OrderStatus?, to: OrderStatus, at: Date, by: Principal?, reason: String?) {
        self.id = UUID()
        self.orderID = orderID
        self.fromStatus = from
        self.toStatus = to
        self.at = at
        self.byUserID = by?.userID
        self.byLabel = by?.label ?? "system"
        self.reason = reason
    }
}
