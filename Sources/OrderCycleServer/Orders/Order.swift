import Fluent
import Foundation
import OrderCycleCore

/// An order through the logistics order cycle (DOMAIN §3).
final class Order: Model, @unchecked Sendable {
    static let schema = "orders"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "created_by") var createdBy: UUID?

    // data fields
    @Field(key: "number") var number: String
    @Field(key: "client_id") var clientID: UUID
    /// Segment, manager and internal/external as they were when the order came in.
    @Field(key: "segment_id") var segmentID: UUID
    @OptionalField(key: "manager_id") var managerID: UUID?
    @Field(key: "internal") var isInternal: Bool
    @Enum(key: "channel") var channel: OrderChannel
    @Enum(key: "status") var status: OrderStatus
    @Enum(key: "priority") var priority: Priority
    @Field(key: "priority_rank") var priorityRank: Int
    @Field(key: "currency") var currency: String
    @Field(key: "total_minor") var totalMinor: Int64
    @Field(key: "line_count") var lineCount: Int
    @OptionalField(key: "notes") var notes: String?
    @OptionalField(key: "external_ref") var externalRef: String?
    @OptionalField(key: "requested_day") var requestedDay: String?
    @OptionalField(key: "promised_day") var promisedDay: String?
    @Enum(key: "promised_milestone") var promisedMilestone: PromisedMilestone
    @OptionalField(key: "delivery_method") var deliveryMethod: String?
    /// The order this one was split from (its part stock could not cover).
    @OptionalField(key: "split_from_id") var splitFromID: UUID?

    // milestones
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "received_at") var receivedAt: Date?
    @OptionalField(key: "received_day") var receivedDay: String?
    @OptionalField(key: "placed_at") var placedAt: Date?
    @OptionalField(key: "invoiced_at") var invoicedAt: Date?
    @OptionalField(key: "picked_at") var pickedAt: Date?
    @OptionalField(key: "dispatched_at") var dispatchedAt: Date?
    @OptionalField(key: "delivered_at") var deliveredAt: Date?
    @OptionalField(key: "accepted_at") var acceptedAt: Date?
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "cancel_reason") var cancelReason: String?

    // figures for the quality indicators (DOMAIN §4.4)
    @Field(key: "unsatisfied_from_stock") var unsatisfiedFromStock: Bool
    @OptionalField(key: "in_full") var inFull: Bool?
    @OptionalField(key: "reached_day") var reachedDay: String?
    @OptionalField(key: "on_time") var onTime: Bool?
    @OptionalField(key: "expected_days") var expectedDays: Int?
    @OptionalField(key: "actual_days") var actualDays: Int?
    @OptionalField(key: "cycle_seconds") var cycleSeconds: Int64?
    @OptionalField(key: "buyer_cycle_seconds") var buyerCycleSeconds: Int64?
    @OptionalField(key: "interruption_seconds") var interruptionSeconds: Int64?
    @OptionalField(key: "overlap_seconds") var overlapSeconds: Int64?
    @Field(key: "claim_count") var claimCount: Int
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "rating_comment") var ratingComment: String?

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] {
        [$id, $version, $createdAt, $updatedAt, $createdBy, $number, $clientID, $segmentID, $managerID, $isInternal, $channel, $status,
         $priority, $priorityRank, $currency, $totalMinor, $lineCount, $notes, $externalRef, $requestedDay, $promisedDay, $promisedMilestone,
         $deliveryMethod, $splitFromID, $sentAt, $receivedAt, $receivedDay, $placedAt, $invoicedAt, $pickedAt, $dispatchedAt, $deliveredAt,
         $acceptedAt, $cancelledAt, $cancelReason, $unsatisfiedFromStock, $inFull, $reachedDay, $onTime, $expectedDays, $actualDays,
         $cycleSeconds, $buyerCycleSeconds, $interruptionSeconds, $overlapSeconds, $claimCount, $rating, $ratingComment]
    }

    /// A new order's bookkeeping — id, first version, when and by whom, the next number of the
    /// year's series, no claims yet, not short of stock — before its terms are filled in.
    static func numbered(at now: Date, by user: UUID?, calendar: CompanyCalendar, on db: any Database) async throws -> Order {
        let order = Order()
        order.id = UUID()
        order.version = 1
        order.createdAt = now
        order.updatedAt = now
        order.createdBy = user
        // An order number may have gaps: concurrent orders must not wait on one counter row.
        order.number = try await NumberSeries.next("ORD-\(calendar.day(of: now).year)", gapFree: false, on: db)
        order.unsatisfiedFromStock = false
        order.claimCount = 0
        return order
    }

    var milestones: OrderMilestones {
        OrderMilestones(sentAt: sentAt, receivedAt: receivedAt, deliveredAt: deliveredAt, acceptedAt: acceptedAt)
    }
}

