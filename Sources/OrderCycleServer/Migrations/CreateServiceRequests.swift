import Fluent

/// The clients' requests (заявки) to the personal service department (DOMAIN §2.4, §4.4 (6)):
/// what is asked (`kind`, a catalog service, a time), where it stands, who plans and does it,
/// whether it was inside the package (counted against the month's allowance) or priced, and how
/// it ended (`satisfied`, `reason`). `decided_at` is the moment it was refused or closed — the
/// moment flexibility F counts it; `done_at` the moment the service was given — the one η counts.
///
/// Indexes: the manager's queue (status, newest first), a client's requests (the cabinet, the
/// card, the month's allowance), the decisions and the services given by period.
struct CreateServiceRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_requests")
            .id()
            .field("version", .int, .required)
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("service_id", .uuid, .references("services", "id"))
            .field("order_id", .uuid, .references("orders", "id", onDelete: .setNull))
            .field("scheduled_at", .datetime)
            .field("outside_hours", .bool, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("inside_package", .bool, .required)
            .field("price_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("month", .string, .required)
            .field("assignee_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("satisfied", .bool)
            .field("reason", .string)
            .field("channel", .string, .required)
            .field("filed_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("done_at", .datetime)
            .field("decided_at", .datetime)
            .create()
        try await database.sqlRaw("CREATE INDEX service_requests_created_idx ON service_requests (created_at, id)")
        try await database.sqlRaw("CREATE INDEX service_requests_status_idx ON service_requests (status, created_at, id)")
        try await database.sqlRaw("CREATE INDEX service_requests_client_idx ON service_requests (client_id, created_at, id)")
        try await database.sqlRaw("CREATE INDEX service_requests_month_idx ON service_requests (client_id, month, service_id)")
        try await database.sqlRaw("CREATE INDEX service_requests_decided_idx ON service_requests (decided_at)")
        try await database.sqlRaw("CREATE INDEX service_requests_done_idx ON service_requests (done_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_requests").delete()
    }
}
