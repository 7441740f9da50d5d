import Fluent

/// The product-category roll-ups follow an INSERT's order lines once per statement on
/// PostgreSQL (`QualityCategoryRollup.linesAdded`): each order enters the categories it had no
/// line of, and each category's count goes up by its lines, read from the statement's new rows.
/// A trigger call per line made a 1,000-line order cost five statements a line. SQLite keeps
/// its row trigger, which runs inside the statement. The statements are written out as they ran
/// when this migration shipped.
struct UpdateQualityRollupsCategoryLineInsert: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard database.isPostgres else { return }
        for statement in Self.postgres { try await database.sqlRaw(statement) }
    }

    func revert(on database: any Database) async throws {
        guard database.isPostgres else { return }
        for statement in Self.revertPostgres { try await database.sqlRaw(statement) }
    }

    static let postgres: [String] = [
        "DROP TRIGGER IF EXISTS quality_category_line_insert ON order_lines",
        """
        CREATE OR REPLACE FUNCTION quality_category_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_category_months (month, client_id, segment_id, manager_id, internal, category, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(o.received_day, 1, 7), o.client_id, o.segment_id, o.manager_id, o.internal, c.category, (1), (CASE WHEN o.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN o.placed_at IS NOT NULL AND o.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN o.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN o.on_time THEN 1 ELSE 0 END), (CASE WHEN o.on_time AND o.in_full THEN 1 ELSE 0 END), (CASE WHEN o.on_time AND o.in_full AND o.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.expected_days, 0) ELSE 0 END), (CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.actual_days, 0) ELSE 0 END), (CASE WHEN o.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), (CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), (CASE WHEN o.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(o.cycle_seconds, 0)), (CASE WHEN o.cycle_seconds IS NOT NULL THEN COALESCE(o.interruption_seconds, 0) ELSE 0 END), (CASE WHEN o.cycle_seconds > 0 THEN 1 ELSE 0 END) FROM orders o JOIN (SELECT DISTINCT l.order_id, p.category FROM category_lines l JOIN products p ON p.id = l.product_id) c ON c.order_id = o.id WHERE NOT EXISTS (SELECT 1 FROM quality_order_categories m WHERE m.order_id = c.order_id AND m.category = c.category) AND o.received_day IS NOT NULL;
          INSERT INTO quality_category_stage_months (month, segment_id, manager_id, internal, category, stages) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, c.category, (1) FROM orders o JOIN (SELECT DISTINCT l.order_id, p.category FROM category_lines l JOIN products p ON p.id = l.product_id) c ON c.order_id = o.id JOIN stage_intervals s ON s.order_id = o.id WHERE NOT EXISTS (SELECT 1 FROM quality_order_categories m WHERE m.order_id = c.order_id AND m.category = c.category) AND o.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          INSERT INTO quality_category_request_months (month, kind, segment_id, manager_id, internal, category, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, c.category, (1), (CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o JOIN (SELECT DISTINCT l.order_id, p.category FROM category_lines l JOIN products p ON p.id = l.product_id) c ON c.order_id = o.id JOIN order_change_requests r ON r.order_id = o.id WHERE NOT EXISTS (SELECT 1 FROM quality_order_categories m WHERE m.order_id = c.order_id AND m.category = c.category) AND r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL;
          INSERT INTO quality_category_request_months (month, kind, segment_id, manager_id, internal, category, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, c.category, (1), (CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o JOIN (SELECT DISTINCT l.order_id, p.category FROM category_lines l JOIN products p ON p.id = l.product_id) c ON c.order_id = o.id JOIN claims r ON r.order_id = o.id WHERE NOT EXISTS (SELECT 1 FROM quality_order_categories m WHERE m.order_id = c.order_id AND m.category = c.category) AND r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL;
          INSERT INTO quality_order_categories (order_id, category, lines) SELECT l.order_id, p.category, COUNT(*) FROM category_lines l JOIN products p ON p.id = l.product_id GROUP BY l.order_id, p.category ON CONFLICT (order_id, category) DO UPDATE SET lines = quality_order_categories.lines + EXCLUDED.lines;
          RETURN NULL;
        END $$
        """,
        "CREATE TRIGGER quality_category_line_insert AFTER INSERT ON order_lines REFERENCING NEW TABLE AS category_lines FOR EACH STATEMENT EXECUTE FUNCTION quality_category_line_insert()",
    ]

    /// The row trigger as `UpdateQualityRollupsAddCategoryMonths` made it: its function and trigger.
    static var revertPostgres: [String] {
        ["DROP TRIGGER IF EXISTS quality_category_line_insert ON order_lines"]
            + UpdateQualityRollupsAddCategoryMonths.postgres.filter { $0.contains("quality_category_line_insert()") }
    }
}
