import Fluent

/// The order-line roll-up triggers follow only what a line adds (`QualityRollupTriggers`):
/// a line's update counts again only when its product or order changes, not when it is
/// reserved or picked, so placing a 1,000-line order no longer appends 2,000 rows that cancel
/// out. On PostgreSQL the lines an INSERT adds are summed per key once per statement, from the
/// statement's new rows, instead of one trigger call per line. The statements are written out
/// as they ran when this migration shipped.
struct UpdateQualityRollupsLineTriggers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.postgres : Self.sqlite {
            try await database.sqlRaw(statement)
        }
    }

    func revert(on database: any Database) async throws {
        for statement in database.isPostgres ? Self.revertPostgres : Self.revertSQLite {
            try await database.sqlRaw(statement)
        }
    }

    static let sqlite = [
        "DROP TRIGGER IF EXISTS quality_rollup_line_update",
        """
        CREATE TRIGGER quality_rollup_line_update AFTER UPDATE OF product_id, order_id ON order_lines BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
        END
        """,
    ]

    static let revertSQLite = [
        "DROP TRIGGER IF EXISTS quality_rollup_line_update",
        """
        CREATE TRIGGER quality_rollup_line_update AFTER UPDATE ON order_lines BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
        END
        """,
    ]

    static let postgres = [
        "DROP TRIGGER IF EXISTS quality_rollup_line_update ON order_lines",
        "CREATE TRIGGER quality_rollup_line_update AFTER UPDATE OF product_id, order_id ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_update()",
        "DROP TRIGGER IF EXISTS quality_rollup_line_insert ON order_lines",
        """
        CREATE OR REPLACE FUNCTION quality_rollup_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, l.product_id, SUM(1) FROM new_lines l JOIN orders o ON o.id = l.order_id WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
          RETURN NULL;
        END $$
        """,
        "CREATE TRIGGER quality_rollup_line_insert AFTER INSERT ON order_lines REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION quality_rollup_line_insert()",
    ]

    static let revertPostgres = [
        "DROP TRIGGER IF EXISTS quality_rollup_line_update ON order_lines",
        "CREATE TRIGGER quality_rollup_line_update AFTER UPDATE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_update()",
        "DROP TRIGGER IF EXISTS quality_rollup_line_insert ON order_lines",
        """
        CREATE OR REPLACE FUNCTION quality_rollup_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        "CREATE TRIGGER quality_rollup_line_insert AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_insert()",
    ]
}
