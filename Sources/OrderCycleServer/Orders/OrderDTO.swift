import Foundation
import OrderCycleCore
import Vapor

/// An order as the API shows it.
struct OrderDTO: Content {
    struct Line: Content {
        var line_no: Int
        var product_id: UUID
        var sku: String
        var name: String
        var quantity: Int
        var unit_price_minor: Int64
        var reserved_quantity: Int
        /// Supplied by production rather than from stock.
        var made_to_order: Bool
    }

    /// Another order this one is linked to, by id and number.
    struct Related: Content {
        var id: UUID
        var number: String
    }

    struct Event: Content {
        var from: OrderStatus?
        var to: OrderStatus
        var at: Date
        var by: String
        var reason: String?
    }

    struct StageTimes: Content {
        var stage: Stage
        var started_at: Date?
        var finished_at: Date?
        var skipped: Bool
        var skip_reason: String?
        var duration_seconds: Int64?
    }

    struct Cycle: Content {
        var seller_seconds: Int?
        var buyer_seconds: Int?
        var stages_sum_seconds: Int?
        var overlap_seconds: Int?
        var interruption_seconds: Int?
        var complete: Bool
    }

    var id: UUID
    var number: String
    var client_id: UUID
    var client_name: String
    var is_internal: Bool
    var channel: OrderChannel
    var status: OrderStatus
    var priority: Priority
    var currency: String
    var total_minor: Int64
    var notes: String?
    var requested_date: String?
    var promised_date: String?
    var promised_milestone: PromisedMilestone
    var delivery_method: String?
    /// The order this one was split from, and the orders split off it (what stock could not cover).
    var split_from: Related?
    var split_into: [Related]
    var created_at: Date
    var sent_at: Date?
    var received_at: Date?
    var placed_at: Date?
    var invoiced_at: Date?
    var picked_at: Date?
    var dispatched_at: Date?
    var delivered_at: Date?
    var accepted_at: Date?
    var cancelled_at: Date?
    var cancel_reason: String?
    var unsatisfied_from_stock: Bool
    var on_time: Bool?
    var claim_count: Int
    var rating: Int?
    var rating_comment: String?
    var allowed_next: [OrderStatus]
    var lines: [Line]
    var history: [Event]
    var stages: [StageTimes]
    var cycle: Cycle?
    var version: Int
}

/// An order in a list: no lines or history.
struct OrderSummaryDTO: Content {
    var id: UUID
    var number: String
    var client_id: UUID
    var client_name: String
    var status: OrderStatus
    var priority: Priority
    var total_minor: Int64
    var currency: String
    var promised_date: String?
    var created_at: Date
    var version: Int
    var external_ref: String?
}
