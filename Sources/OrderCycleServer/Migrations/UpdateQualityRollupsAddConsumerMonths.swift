import Fluent

/// The consumer roll-up (per month and consumer, without the delivery method), then every
/// roll-up made again from the orders, lines, stage intervals and requests, and the triggers
/// that keep them current from then on. The statements are written out as they ran when this
/// migration shipped (`+SQLite`, `+PostgreSQL`): the app's triggers and rebuild may change
/// later (`QualityRollupTriggers`, `QualityRollupRebuild`), and a later change is a new migration.
struct UpdateQualityRollupsAddConsumerMonths: AsyncMigration {
    /// The name the schema history recorded it under when it shipped as `AddQualityConsumerMonths`.
    var name: String { "OrderCycleServer.AddQualityConsumerMonths" }

    func prepare(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.postgres : Self.sqlite {
            try await database.sqlRaw(statement)
        }
    }

    func revert(on database: any Database) async throws {
        for (trigger, table) in Self.triggers {
            try await database.sqlRaw(database.isPostgres ? "DROP TRIGGER IF EXISTS \(trigger) ON \(table)" : "DROP TRIGGER IF EXISTS \(trigger)")
        }
        try await database.sqlRaw("DROP TABLE quality_consumer_months")
    }

    /// The triggers this migration installs, and the table each follows.
    static let triggers: [(name: String, table: String)] = [
        ("quality_rollup_order_insert", "orders"),
        ("quality_rollup_order_update", "orders"),
        ("quality_rollup_line_insert", "order_lines"),
        ("quality_rollup_line_update", "order_lines"),
        ("quality_rollup_line_delete", "order_lines"),
        ("quality_rollup_stage_insert", "stage_intervals"),
        ("quality_rollup_stage_update", "stage_intervals"),
        ("quality_rollup_stage_delete", "stage_intervals"),
        ("quality_rollup_change_request_insert", "order_change_requests"),
        ("quality_rollup_change_request_update", "order_change_requests"),
        ("quality_rollup_change_request_delete", "order_change_requests"),
        ("quality_rollup_claim_insert", "claims"),
        ("quality_rollup_claim_update", "claims"),
        ("quality_rollup_claim_delete", "claims"),
    ]
}
