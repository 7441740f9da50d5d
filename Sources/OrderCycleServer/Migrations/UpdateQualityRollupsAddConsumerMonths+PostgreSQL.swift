/// `UpdateQualityRollupsAddConsumerMonths` on PostgreSQL, in order: the consumer roll-up and its month index;
/// the roll-up triggers dropped, should the schema have had them; every roll-up emptied and
/// filled again from the orders, summed per key; then the triggers that append each write's
/// signed contribution (a trigger function each).
extension UpdateQualityRollupsAddConsumerMonths {
    static let postgres: [String] = [
        """
        CREATE TABLE quality_consumer_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, client_id UUID NOT NULL, segment_id UUID NOT NULL, manager_id UUID, internal BOOLEAN NOT NULL, orders BIGINT NOT NULL, placed BIGINT NOT NULL, unsatisfied BIGINT NOT NULL, fulfilled BIGINT NOT NULL, on_time BIGINT NOT NULL, otif BIGINT NOT NULL, perfect BIGINT NOT NULL, expected_days BIGINT NOT NULL, actual_days BIGINT NOT NULL, claimed BIGINT NOT NULL, possible BIGINT NOT NULL, provided BIGINT NOT NULL, possible_norm BIGINT NOT NULL, provided_norm BIGINT NOT NULL, cycles BIGINT NOT NULL, cycle_seconds BIGINT NOT NULL, interruption_seconds BIGINT NOT NULL, measurable BIGINT NOT NULL)
        """,
        "CREATE INDEX quality_consumer_months_month_idx ON quality_consumer_months (month)",
        "DROP TRIGGER IF EXISTS quality_rollup_order_insert ON orders",
        "DROP TRIGGER IF EXISTS quality_rollup_order_update ON orders",
        "DROP TRIGGER IF EXISTS quality_rollup_line_insert ON order_lines",
        "DROP TRIGGER IF EXISTS quality_rollup_line_update ON order_lines",
        "DROP TRIGGER IF EXISTS quality_rollup_line_delete ON order_lines",
        "DROP TRIGGER IF EXISTS quality_rollup_stage_insert ON stage_intervals",
        "DROP TRIGGER IF EXISTS quality_rollup_stage_update ON stage_intervals",
        "DROP TRIGGER IF EXISTS quality_rollup_stage_delete ON stage_intervals",
        "DROP TRIGGER IF EXISTS quality_rollup_change_request_insert ON order_change_requests",
        "DROP TRIGGER IF EXISTS quality_rollup_change_request_update ON order_change_requests",
        "DROP TRIGGER IF EXISTS quality_rollup_change_request_delete ON order_change_requests",
        "DROP TRIGGER IF EXISTS quality_rollup_claim_insert ON claims",
        "DROP TRIGGER IF EXISTS quality_rollup_claim_update ON claims",
        "DROP TRIGGER IF EXISTS quality_rollup_claim_delete ON claims",
        "DELETE FROM quality_order_months",
        "DELETE FROM quality_consumer_months",
        "DELETE FROM quality_kind_months",
        "DELETE FROM quality_stage_months",
        "DELETE FROM quality_request_months",
        "DELETE FROM quality_rollup_state",
        """
        INSERT INTO quality_order_months (month, client_id, segment_id, manager_id, internal, delivery_method, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(o.received_day, 1, 7), o.client_id, o.segment_id, o.manager_id, o.internal, o.delivery_method, SUM(1), SUM(CASE WHEN o.placed_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.placed_at IS NOT NULL AND o.unsatisfied_from_stock THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time AND o.in_full THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time AND o.in_full AND o.claim_count = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.expected_days, 0) ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.actual_days, 0) ELSE 0 END), SUM(CASE WHEN o.claim_count > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), SUM(CASE WHEN o.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), SUM(COALESCE(o.cycle_seconds, 0)), SUM(CASE WHEN o.cycle_seconds IS NOT NULL THEN COALESCE(o.interruption_seconds, 0) ELSE 0 END), SUM(CASE WHEN o.cycle_seconds > 0 THEN 1 ELSE 0 END) FROM orders o WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
        """,
        """
        INSERT INTO quality_consumer_months (month, client_id, segment_id, manager_id, internal, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(o.received_day, 1, 7), o.client_id, o.segment_id, o.manager_id, o.internal, SUM(1), SUM(CASE WHEN o.placed_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.placed_at IS NOT NULL AND o.unsatisfied_from_stock THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time AND o.in_full THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time AND o.in_full AND o.claim_count = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.expected_days, 0) ELSE 0 END), SUM(CASE WHEN o.on_time IS NOT NULL THEN COALESCE(o.actual_days, 0) ELSE 0 END), SUM(CASE WHEN o.claim_count > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), SUM(CASE WHEN o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.reached_day IS NOT NULL THEN CASE WHEN (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(o.promised_day AS DATE) - CAST(o.received_day AS DATE)) END ELSE 0 END), SUM(CASE WHEN o.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), SUM(COALESCE(o.cycle_seconds, 0)), SUM(CASE WHEN o.cycle_seconds IS NOT NULL THEN COALESCE(o.interruption_seconds, 0) ELSE 0 END), SUM(CASE WHEN o.cycle_seconds > 0 THEN 1 ELSE 0 END) FROM orders o WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5
        """,
        """
        INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, l.product_id, SUM(1) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
        """,
        """
        INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, s.stage, SUM(1), SUM(s.duration_seconds), SUM(CASE WHEN o.cycle_seconds > 0 THEN CAST(s.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o JOIN stage_intervals s ON s.order_id = o.id WHERE o.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
        """,
        """
        INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, SUM(1), SUM(CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o JOIN order_change_requests r ON r.order_id = o.id WHERE r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
        """,
        """
        INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, SUM(1), SUM(CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o JOIN claims r ON r.order_id = o.id WHERE r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_order_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_order_months (month, client_id, segment_id, manager_id, internal, delivery_method, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
          INSERT INTO quality_consumer_months (month, client_id, segment_id, manager_id, internal, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_order_insert AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION quality_rollup_order_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_order_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_order_months (month, client_id, segment_id, manager_id, internal, delivery_method, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(OLD.received_day, 1, 7), OLD.client_id, OLD.segment_id, OLD.manager_id, OLD.internal, OLD.delivery_method, -(1), -(CASE WHEN OLD.placed_at IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.placed_at IS NOT NULL AND OLD.unsatisfied_from_stock THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time AND OLD.in_full THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time AND OLD.in_full AND OLD.claim_count = 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN COALESCE(OLD.expected_days, 0) ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN COALESCE(OLD.actual_days, 0) ELSE 0 END), -(CASE WHEN OLD.claim_count > 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL AND OLD.reached_day IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL THEN CASE WHEN (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) END ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL AND OLD.reached_day IS NOT NULL THEN CASE WHEN (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) END ELSE 0 END), -(CASE WHEN OLD.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD.cycle_seconds, 0)), -(CASE WHEN OLD.cycle_seconds IS NOT NULL THEN COALESCE(OLD.interruption_seconds, 0) ELSE 0 END), -(CASE WHEN OLD.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE OLD.received_day IS NOT NULL;
          INSERT INTO quality_consumer_months (month, client_id, segment_id, manager_id, internal, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(OLD.received_day, 1, 7), OLD.client_id, OLD.segment_id, OLD.manager_id, OLD.internal, -(1), -(CASE WHEN OLD.placed_at IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.placed_at IS NOT NULL AND OLD.unsatisfied_from_stock THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time AND OLD.in_full THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time AND OLD.in_full AND OLD.claim_count = 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN COALESCE(OLD.expected_days, 0) ELSE 0 END), -(CASE WHEN OLD.on_time IS NOT NULL THEN COALESCE(OLD.actual_days, 0) ELSE 0 END), -(CASE WHEN OLD.claim_count > 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL AND OLD.reached_day IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL THEN CASE WHEN (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) END ELSE 0 END), -(CASE WHEN OLD.status <> 'cancelled' AND OLD.promised_day IS NOT NULL AND OLD.reached_day IS NOT NULL THEN CASE WHEN (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(OLD.promised_day AS DATE) - CAST(OLD.received_day AS DATE)) END ELSE 0 END), -(CASE WHEN OLD.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), -(COALESCE(OLD.cycle_seconds, 0)), -(CASE WHEN OLD.cycle_seconds IS NOT NULL THEN COALESCE(OLD.interruption_seconds, 0) ELSE 0 END), -(CASE WHEN OLD.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE OLD.received_day IS NOT NULL;
          INSERT INTO quality_order_months (month, client_id, segment_id, manager_id, internal, delivery_method, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
          INSERT INTO quality_consumer_months (month, client_id, segment_id, manager_id, internal, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(OLD.received_day, 1, 7), OLD.segment_id, OLD.manager_id, OLD.internal, OLD.delivery_method, l.product_id, -(1) FROM order_lines l WHERE l.order_id = OLD.id AND OLD.received_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(NEW.received_day, 1, 7), NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, l.product_id, (1) FROM order_lines l WHERE l.order_id = NEW.id AND NEW.received_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(OLD.received_day, 1, 7), OLD.segment_id, OLD.manager_id, OLD.internal, OLD.delivery_method, s.stage, -(1), -(s.duration_seconds), -(CASE WHEN OLD.cycle_seconds > 0 THEN CAST(s.duration_seconds AS BIGINT) * 1000000000 / OLD.cycle_seconds ELSE 0 END) FROM stage_intervals s WHERE s.order_id = OLD.id AND OLD.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND OLD.cycle_seconds IS NOT NULL AND ((substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds);
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(NEW.received_day, 1, 7), NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, s.stage, (1), (s.duration_seconds), (CASE WHEN NEW.cycle_seconds > 0 THEN CAST(s.duration_seconds AS BIGINT) * 1000000000 / NEW.cycle_seconds ELSE 0 END) FROM stage_intervals s WHERE s.order_id = NEW.id AND NEW.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND NEW.cycle_seconds IS NOT NULL AND ((substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds);
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', OLD.segment_id, OLD.manager_id, OLD.internal, OLD.delivery_method, -(1), -(CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM order_change_requests r WHERE r.order_id = OLD.id AND r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', OLD.segment_id, OLD.manager_id, OLD.internal, OLD.delivery_method, -(1), -(CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM claims r WHERE r.order_id = OLD.id AND r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, (1), (CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM order_change_requests r WHERE r.order_id = NEW.id AND r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, (1), (CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM claims r WHERE r.order_id = NEW.id AND r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.segment_id IS DISTINCT FROM NEW.segment_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.internal IS DISTINCT FROM NEW.internal OR OLD.delivery_method IS DISTINCT FROM NEW.delivery_method);
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_order_update AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION quality_rollup_order_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_line_insert AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_line_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_line_update AFTER UPDATE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_line_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_line_delete AFTER DELETE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_stage_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.stage, (1), (NEW.duration_seconds), (CASE WHEN o.cycle_seconds > 0 THEN CAST(NEW.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_stage_insert AFTER INSERT ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_stage_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.stage, -(1), -(OLD.duration_seconds), -(CASE WHEN o.cycle_seconds > 0 THEN CAST(OLD.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.stage, (1), (NEW.duration_seconds), (CASE WHEN o.cycle_seconds > 0 THEN CAST(NEW.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_stage_update AFTER UPDATE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_stage_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.stage, -(1), -(OLD.duration_seconds), -(CASE WHEN o.cycle_seconds > 0 THEN CAST(OLD.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_stage_delete AFTER DELETE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_change_request_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_change_request_insert AFTER INSERT ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_change_request_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_change_request_update AFTER UPDATE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_change_request_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_change_request_delete AFTER DELETE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_claim_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_claim_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_claim_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_claim_update AFTER UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_rollup_claim_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_rollup_claim_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_delete()
        """,
    ]
}
