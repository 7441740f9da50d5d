import Fluent

/// Versions of an order's execution plan (DOMAIN §3.3 item 3): drafted, agreed, approved;
/// changing an approved plan starts a new version with a reason.
struct CreateExecutionPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("execution_plans")
            .id()
            .field("version", .int, .required)
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("revision", .int, .required)
            .field("state", .string, .required)
            .field("current", .bool, .required)
            .field("reason", .string)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("agreed_by", .uuid)
            .field("agreed_at", .datetime)
            .field("approved_by", .uuid)
            .field("approved_at", .datetime)
            .unique(on: "order_id", "revision")
            .create()
        try await database.schema("plan_stages")
            .id()
            .field("plan_id", .uuid, .required, .references("execution_plans", "id", onDelete: .cascade))
            .field("stage", .string, .required)
            .field("planned_start", .datetime)
            .field("planned_end", .datetime)
            .field("skipped", .bool, .required)
            .unique(on: "plan_id", "stage")
            .create()
        try await database.sqlRaw("CREATE INDEX execution_plans_order_idx ON execution_plans (order_id, current)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_stages").delete()
        try await database.schema("execution_plans").delete()
    }
}
