import Fluent

/// The clients' roll-ups: the kinds of product ordered, the counted stages and the decided
/// requests per month and client, each filled from the stored rows, then the triggers that keep
/// them current. The statements are written out as they ran when this migration shipped
/// (`+SQLite`, `+PostgreSQL`); a later change to `QualityClientRollup` is a new migration.
struct UpdateQualityRollupsAddClientMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.postgres : Self.sqlite {
            try await database.sqlRaw(statement)
        }
    }

    func revert(on database: any Database) async throws {
        for (trigger, table) in Self.triggers {
            try await database.sqlRaw(database.isPostgres ? "DROP TRIGGER IF EXISTS \(trigger) ON \(table)" : "DROP TRIGGER IF EXISTS \(trigger)")
        }
        for table in ["quality_client_request_months", "quality_client_stage_months", "quality_client_kind_months"] {
            try await database.sqlRaw("DROP TABLE \(table)")
        }
    }

    /// The triggers this migration installs, and the table each follows.
    static let triggers: [(name: String, table: String)] = [
        ("quality_client_order_update", "orders"),
        ("quality_client_line_insert", "order_lines"),
        ("quality_client_line_update", "order_lines"),
        ("quality_client_line_delete", "order_lines"),
        ("quality_client_stage_insert", "stage_intervals"),
        ("quality_client_stage_update", "stage_intervals"),
        ("quality_client_stage_delete", "stage_intervals"),
        ("quality_client_change_request_insert", "order_change_requests"),
        ("quality_client_change_request_update", "order_change_requests"),
        ("quality_client_change_request_delete", "order_change_requests"),
        ("quality_client_claim_insert", "claims"),
        ("quality_client_claim_update", "claims"),
        ("quality_client_claim_delete", "claims"),
    ]
}
