import Fluent

/// The product-category roll-ups: the categories of each order with their line counts, the
/// order tallies, decided requests and counted stages per month and category, each filled from
/// the stored rows, then the triggers that keep them current. The statements are written out as
/// they ran when this migration shipped (`+SQLite`, `+PostgreSQL`); a later change to
/// `QualityCategoryRollup` is a new migration.
struct UpdateQualityRollupsAddCategoryMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.postgres : Self.sqlite {
            try await database.sqlRaw(statement)
        }
    }

    func revert(on database: any Database) async throws {
        for (trigger, table) in Self.triggers {
            try await database.sqlRaw(database.isPostgres ? "DROP TRIGGER IF EXISTS \(trigger) ON \(table)" : "DROP TRIGGER IF EXISTS \(trigger)")
        }
        for table in ["quality_category_stage_months", "quality_category_request_months", "quality_category_months", "quality_order_categories"] {
            try await database.sqlRaw("DROP TABLE \(table)")
        }
    }

    /// The triggers this migration installs, and the table each follows.
    static let triggers: [(name: String, table: String)] = [
        ("quality_category_order_update", "orders"),
        ("quality_category_line_insert", "order_lines"),
        ("quality_category_line_update", "order_lines"),
        ("quality_category_line_delete", "order_lines"),
        ("quality_category_stage_insert", "stage_intervals"),
        ("quality_category_stage_update", "stage_intervals"),
        ("quality_category_stage_delete", "stage_intervals"),
        ("quality_category_change_request_insert", "order_change_requests"),
        ("quality_category_change_request_update", "order_change_requests"),
        ("quality_category_change_request_delete", "order_change_requests"),
        ("quality_category_claim_insert", "claims"),
        ("quality_category_claim_update", "claims"),
        ("quality_category_claim_delete", "claims"),
    ]
}
