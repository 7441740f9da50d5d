import Fluent

/// The first monthly quality roll-ups — per month and consumer the order tallies, per month and
/// group the lines ordered per product, the stage times and the decided requests — and the
/// compaction's bookmark table. They are filled, and their triggers installed, by
/// `UpdateQualityRollupsAddConsumerMonths`, which completes the set. The statements are written out as they
/// ran when this migration shipped; `QualityRollup` describes the tables as the app reads them now.
struct CreateQualityRollups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.postgres : Self.sqlite {
            try await database.sqlRaw(statement)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP TABLE quality_rollup_state")
        for table in ["quality_order_months", "quality_kind_months", "quality_stage_months", "quality_request_months"] {
            try await database.sqlRaw("DROP TABLE \(table)")
        }
    }

    static let sqlite: [String] = [
        """
        CREATE TABLE quality_order_months (id INTEGER PRIMARY KEY, month TEXT NOT NULL, client_id TEXT NOT NULL, segment_id TEXT NOT NULL, manager_id TEXT, internal INTEGER NOT NULL, delivery_method TEXT, orders BIGINT NOT NULL, placed BIGINT NOT NULL, unsatisfied BIGINT NOT NULL, fulfilled BIGINT NOT NULL, on_time BIGINT NOT NULL, otif BIGINT NOT NULL, perfect BIGINT NOT NULL, expected_days BIGINT NOT NULL, actual_days BIGINT NOT NULL, claimed BIGINT NOT NULL, possible BIGINT NOT NULL, provided BIGINT NOT NULL, possible_norm BIGINT NOT NULL, provided_norm BIGINT NOT NULL, cycles BIGINT NOT NULL, cycle_seconds BIGINT NOT NULL, interruption_seconds BIGINT NOT NULL, measurable BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_order_months_month_idx ON quality_order_months (month)",
        """
        CREATE TABLE quality_kind_months (id INTEGER PRIMARY KEY, month TEXT NOT NULL, segment_id TEXT NOT NULL, manager_id TEXT, internal INTEGER NOT NULL, delivery_method TEXT, product_id TEXT NOT NULL, lines BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_kind_months_month_idx ON quality_kind_months (month)",
        """
        CREATE TABLE quality_stage_months (id INTEGER PRIMARY KEY, month TEXT NOT NULL, segment_id TEXT NOT NULL, manager_id TEXT, internal INTEGER NOT NULL, delivery_method TEXT, stage TEXT NOT NULL, orders BIGINT NOT NULL, seconds BIGINT NOT NULL, share_units BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_stage_months_month_idx ON quality_stage_months (month)",
        """
        CREATE TABLE quality_request_months (id INTEGER PRIMARY KEY, month TEXT NOT NULL, kind TEXT NOT NULL, segment_id TEXT NOT NULL, manager_id TEXT, internal INTEGER NOT NULL, delivery_method TEXT, decided BIGINT NOT NULL, satisfied BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_request_months_month_idx ON quality_request_months (month)",
        """
        CREATE TABLE quality_rollup_state (name TEXT PRIMARY KEY, through_id BIGINT NOT NULL, kept BIGINT NOT NULL)
        """,
    ]

    static let postgres: [String] = [
        """
        CREATE TABLE quality_order_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, client_id UUID NOT NULL, segment_id UUID NOT NULL, manager_id UUID, internal BOOLEAN NOT NULL, delivery_method TEXT, orders BIGINT NOT NULL, placed BIGINT NOT NULL, unsatisfied BIGINT NOT NULL, fulfilled BIGINT NOT NULL, on_time BIGINT NOT NULL, otif BIGINT NOT NULL, perfect BIGINT NOT NULL, expected_days BIGINT NOT NULL, actual_days BIGINT NOT NULL, claimed BIGINT NOT NULL, possible BIGINT NOT NULL, provided BIGINT NOT NULL, possible_norm BIGINT NOT NULL, provided_norm BIGINT NOT NULL, cycles BIGINT NOT NULL, cycle_seconds BIGINT NOT NULL, interruption_seconds BIGINT NOT NULL, measurable BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_order_months_month_idx ON quality_order_months (month)",
        """
        CREATE TABLE quality_kind_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, segment_id UUID NOT NULL, manager_id UUID, internal BOOLEAN NOT NULL, delivery_method TEXT, product_id UUID NOT NULL, lines BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_kind_months_month_idx ON quality_kind_months (month)",
        """
        CREATE TABLE quality_stage_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, segment_id UUID NOT NULL, manager_id UUID, internal BOOLEAN NOT NULL, delivery_method TEXT, stage TEXT NOT NULL, orders BIGINT NOT NULL, seconds BIGINT NOT NULL, share_units BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_stage_months_month_idx ON quality_stage_months (month)",
        """
        CREATE TABLE quality_request_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, kind TEXT NOT NULL, segment_id UUID NOT NULL, manager_id UUID, internal BOOLEAN NOT NULL, delivery_method TEXT, decided BIGINT NOT NULL, satisfied BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_request_months_month_idx ON quality_request_months (month)",
        """
        CREATE TABLE quality_rollup_state (name TEXT PRIMARY KEY, through_id BIGINT NOT NULL, kept BIGINT NOT NULL)
        """,
    ]
}
