import Fluent

/// Every incoming and outgoing task in one place (DOMAIN §2.2: "none is lost, no deadline is
/// missed and no agreement is forgotten"): its board column and rank there, who is responsible,
/// the deadline first agreed and the one in force, and what it is about.
///
/// The indexes serve the reads that must stay fast at any size: a column's cards in rank order
/// (the board, keyset-paged); a person's open tasks by deadline (the overdue gate reads the
/// overdue ones off this index alone on every pull); a board's open tasks by deadline (a team's
/// overdue work, the week's deadlines); a client's tasks (the cabinet).
struct CreateTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tasks")
            .id()
            .field("version", .int, .required)
            .field("board_id", .uuid, .required, .references("boards", "id"))
            .field("column_id", .uuid, .required, .references("board_columns", "id"))
            .field("rank", .double, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("direction", .string, .required)
            .field("source", .string, .required)
            .field("responsible_id", .uuid, .required, .references("users", "id"))
            .field("creator_id", .uuid, .references("users", "id"))
            .field("deadline_original", .datetime, .required)
            .field("deadline", .datetime, .required)
            .field("priority", .string, .required)
            .field("status", .string, .required)
            .field("client_id", .uuid, .references("clients", "id", onDelete: .setNull))
            .field("order_id", .uuid, .references("orders", "id", onDelete: .setNull))
            .field("claim_id", .uuid, .references("claims", "id", onDelete: .setNull))
            .field("call_id", .uuid, .references("calls", "id", onDelete: .setNull))
            .field("visible_to_client", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("done_at", .datetime)
            .create()
        try await database.sqlRaw("CREATE INDEX tasks_column_rank_idx ON tasks (column_id, rank, id)")
        try await database.sqlRaw("CREATE INDEX tasks_open_responsible_idx ON tasks (responsible_id, deadline, id, status) WHERE status <> 'done'")
        try await database.sqlRaw("CREATE INDEX tasks_open_board_idx ON tasks (board_id, deadline, id) WHERE status <> 'done'")
        try await database.sqlRaw("CREATE INDEX tasks_client_idx ON tasks (client_id, visible_to_client, created_at, id)")
        try await database.sqlRaw("CREATE INDEX tasks_created_idx ON tasks (created_at, id)")
        try await database.sqlRaw("CREATE INDEX tasks_order_idx ON tasks (order_id)")
        try await database.sqlRaw("CREATE INDEX tasks_done_idx ON tasks (responsible_id, done_at) WHERE done_at IS NOT NULL")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tasks").delete()
    }
}
