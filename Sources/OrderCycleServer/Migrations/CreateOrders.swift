import Fluent

/// Orders, with the milestones of both views of the cycle (DOMAIN §3.1) and the figures the
/// quality indicators read (§4.4), kept on the row so that reports over millions of orders are
/// single-table aggregates: segment and manager at the time of the order, the company-time-zone
/// days of receipt / promise / milestone reached, whole-day lead times, and the cycle split.
struct CreateOrders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("orders")
            .id()
            .field("version", .int, .required)
            .field("number", .string, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("segment_id", .uuid, .required)
            .field("manager_id", .uuid)
            .field("internal", .bool, .required)
            .field("channel", .string, .required)
            .field("status", .string, .required)
            .field("priority", .string, .required)
            .field("priority_rank", .int, .required)
            .field("currency", .string, .required)
            .field("total_minor", .int64, .required)
            .field("line_count", .int, .required)
            .field("notes", .string)
            .field("external_ref", .string)
            .field("requested_day", .string)
            .field("promised_day", .string)
            .field("promised_milestone", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("received_at", .datetime)
            .field("received_day", .string)
            .field("placed_at", .datetime)
            .field("invoiced_at", .datetime)
            .field("picked_at", .datetime)
            .field("dispatched_at", .datetime)
            .field("delivered_at", .datetime)
            .field("accepted_at", .datetime)
            .field("cancelled_at", .datetime)
            .field("cancel_reason", .string)
            .field("unsatisfied_from_stock", .bool, .required)
            .field("in_full", .bool)
            .field("reached_day", .string)
            .field("on_time", .bool)
            .field("expected_days", .int)
            .field("actual_days", .int)
            .field("cycle_seconds", .int64)
            .field("buyer_cycle_seconds", .int64)
            .field("interruption_seconds", .int64)
            .field("overlap_seconds", .int64)
            .field("claim_count", .int, .required)
            .field("rating", .int)
            .field("rating_comment", .string)
            .unique(on: "number")
            .create()
        for index in [
            "CREATE INDEX orders_created_idx ON orders (created_at, id)",
            "CREATE INDEX orders_client_idx ON orders (client_id, created_at, id)",
            "CREATE INDEX orders_status_idx ON orders (status, promised_day, id)",
            "CREATE INDEX orders_manager_idx ON orders (manager_id, status, promised_day)",
            "CREATE INDEX orders_received_day_idx ON orders (received_day, segment_id)",
            "CREATE INDEX orders_external_ref_idx ON orders (external_ref)",
        ] { try await database.sqlRaw(index) }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("orders").delete()
    }
}
