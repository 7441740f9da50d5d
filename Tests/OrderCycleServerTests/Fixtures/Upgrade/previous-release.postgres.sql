-- Made by scripts/make-upgrade-fixture from a previous release of OrderCycle; read by UpgradeTests.
CREATE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
CREATE FUNCTION quality_rollup_change_request_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_change_request_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_change_request_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_claim_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_claim_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_claim_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
  INSERT INTO quality_request_months (month, kind, segment_id, manager_id, internal, delivery_method, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.segment_id, o.manager_id, o.internal, o.delivery_method, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_line_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_line_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_line_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
  INSERT INTO quality_kind_months (month, segment_id, manager_id, internal, delivery_method, product_id, lines) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_order_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_order_months (month, client_id, segment_id, manager_id, internal, delivery_method, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, NEW.delivery_method, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
  INSERT INTO quality_consumer_months (month, client_id, segment_id, manager_id, internal, orders, placed, unsatisfied, fulfilled, on_time, otif, perfect, expected_days, actual_days, claimed, possible, provided, possible_norm, provided_norm, cycles, cycle_seconds, interruption_seconds, measurable) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, NEW.segment_id, NEW.manager_id, NEW.internal, (1), (CASE WHEN NEW.placed_at IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.placed_at IS NOT NULL AND NEW.unsatisfied_from_stock THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time AND NEW.in_full AND NEW.claim_count = 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.expected_days, 0) ELSE 0 END), (CASE WHEN NEW.on_time IS NOT NULL THEN COALESCE(NEW.actual_days, 0) ELSE 0 END), (CASE WHEN NEW.claim_count > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.status <> 'cancelled' AND NEW.promised_day IS NOT NULL AND NEW.reached_day IS NOT NULL THEN CASE WHEN (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) < 1 THEN 1 ELSE (CAST(NEW.promised_day AS DATE) - CAST(NEW.received_day AS DATE)) END ELSE 0 END), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN 1 ELSE 0 END), (COALESCE(NEW.cycle_seconds, 0)), (CASE WHEN NEW.cycle_seconds IS NOT NULL THEN COALESCE(NEW.interruption_seconds, 0) ELSE 0 END), (CASE WHEN NEW.cycle_seconds > 0 THEN 1 ELSE 0 END) WHERE NEW.received_day IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_order_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
END $$;
CREATE FUNCTION quality_rollup_stage_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.stage, -(1), -(OLD.duration_seconds), -(CASE WHEN o.cycle_seconds > 0 THEN CAST(OLD.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_stage_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.stage, (1), (NEW.duration_seconds), (CASE WHEN o.cycle_seconds > 0 THEN CAST(NEW.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
  RETURN NULL;
END $$;
CREATE FUNCTION quality_rollup_stage_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, OLD.stage, -(1), -(OLD.duration_seconds), -(CASE WHEN o.cycle_seconds > 0 THEN CAST(OLD.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
  INSERT INTO quality_stage_months (month, segment_id, manager_id, internal, delivery_method, stage, orders, seconds, share_units) SELECT substr(o.received_day, 1, 7), o.segment_id, o.manager_id, o.internal, o.delivery_method, NEW.stage, (1), (NEW.duration_seconds), (CASE WHEN o.cycle_seconds > 0 THEN CAST(NEW.duration_seconds AS BIGINT) * 1000000000 / o.cycle_seconds ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
  RETURN NULL;
END $$;
CREATE TABLE _fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);
CREATE TABLE api_tokens (
    id uuid NOT NULL,
    version bigint NOT NULL,
    token_hash text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    role text NOT NULL,
    user_id uuid,
    created_by uuid,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone
);
CREATE TABLE audit_events (
    id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_label text NOT NULL,
    entity text NOT NULL,
    entity_id uuid NOT NULL,
    action text NOT NULL,
    before text,
    after text,
    request_id text
);
CREATE TABLE calls (
    id uuid NOT NULL,
    version bigint NOT NULL,
    exchange_call_id text NOT NULL,
    caller text NOT NULL,
    caller_e164 text,
    called text,
    client_id uuid,
    manager_id uuid,
    routed_to_id uuid,
    routed_kind text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    answered_by_id uuid,
    duration_seconds bigint,
    outcome text,
    note text,
    completed_at timestamp with time zone
);
CREATE TABLE claim_photos (
    id uuid NOT NULL,
    claim_id uuid NOT NULL,
    format text NOT NULL,
    bytes bytea NOT NULL,
    size bigint NOT NULL,
    created_by uuid,
    created_at timestamp with time zone NOT NULL
);
CREATE TABLE claims (
    id uuid NOT NULL,
    version bigint NOT NULL,
    order_id uuid NOT NULL,
    client_id uuid NOT NULL,
    reason text NOT NULL,
    description text NOT NULL,
    status text NOT NULL,
    resolution text,
    created_by uuid,
    created_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    created_day text
);
CREATE TABLE client_addresses (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    label text,
    line text NOT NULL,
    city text,
    region text,
    postal_code text,
    country text,
    latitude double precision,
    longitude double precision,
    "position" bigint DEFAULT 0 NOT NULL
);
CREATE TABLE client_contacts (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    name text NOT NULL,
    "position" text,
    notes text,
    sort_order bigint NOT NULL
);
CREATE TABLE client_emails (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    contact_id uuid,
    email text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL
);
CREATE TABLE client_phones (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    contact_id uuid,
    e164 text NOT NULL,
    extension text,
    as_written text NOT NULL,
    label text,
    "position" bigint DEFAULT 0 NOT NULL
);
CREATE TABLE clients (
    id uuid NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    code text NOT NULL,
    kind text NOT NULL,
    party text NOT NULL,
    name text NOT NULL,
    search_name text NOT NULL,
    tax_id text,
    segment_id uuid NOT NULL,
    manager_id uuid,
    notes text,
    active boolean NOT NULL,
    last_contact_at timestamp with time zone
);
CREATE TABLE execution_plans (
    id uuid NOT NULL,
    version bigint NOT NULL,
    order_id uuid NOT NULL,
    revision bigint NOT NULL,
    state text NOT NULL,
    current boolean NOT NULL,
    reason text,
    created_by uuid,
    created_at timestamp with time zone NOT NULL,
    agreed_by uuid,
    agreed_at timestamp with time zone,
    approved_by uuid,
    approved_at timestamp with time zone
);
CREATE TABLE idempotency_keys (
    id uuid NOT NULL,
    scope text NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    state text NOT NULL,
    status_code bigint,
    response_body text,
    location text,
    etag text,
    created_at timestamp with time zone NOT NULL
);
CREATE TABLE invoices (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    number text NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    total_minor bigint NOT NULL,
    currency text NOT NULL
);
CREATE TABLE live_connections (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL,
    instance_id text NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    seen_at timestamp with time zone NOT NULL
);
CREATE TABLE login_throttles (
    id uuid NOT NULL,
    key text NOT NULL,
    failures bigint NOT NULL,
    window_started_at timestamp with time zone NOT NULL,
    blocked_until timestamp with time zone
);
CREATE TABLE manager_absences (
    id uuid NOT NULL,
    version bigint NOT NULL,
    manager_id uuid NOT NULL,
    deputy_id uuid,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    note text
);
CREATE TABLE manager_assignments (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    from_manager_id uuid,
    to_manager_id uuid,
    reason text NOT NULL,
    by_user_id uuid,
    at timestamp with time zone NOT NULL
);
CREATE TABLE manager_segments (
    id uuid NOT NULL,
    manager_id uuid NOT NULL,
    segment_id uuid NOT NULL
);
CREATE TABLE number_series (
    name text NOT NULL,
    next_value bigint NOT NULL
);
CREATE TABLE order_change_requests (
    id uuid NOT NULL,
    version bigint NOT NULL,
    order_id uuid NOT NULL,
    client_id uuid NOT NULL,
    description text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_day text NOT NULL,
    decided_at timestamp with time zone,
    decided_by uuid
);
CREATE TABLE order_comments (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    author_id uuid,
    author_label text NOT NULL,
    from_client boolean NOT NULL,
    body text NOT NULL,
    at timestamp with time zone NOT NULL
);
CREATE TABLE order_events (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    from_status text,
    to_status text NOT NULL,
    at timestamp with time zone NOT NULL,
    by_user_id uuid,
    by_label text NOT NULL,
    reason text
);
CREATE TABLE order_lines (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    line_no bigint NOT NULL,
    product_id uuid NOT NULL,
    quantity bigint NOT NULL,
    unit_price_minor bigint NOT NULL,
    reserved_quantity bigint NOT NULL
);
CREATE TABLE orders (
    id uuid NOT NULL,
    version bigint NOT NULL,
    number text NOT NULL,
    client_id uuid NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    channel text NOT NULL,
    status text NOT NULL,
    priority text NOT NULL,
    priority_rank bigint NOT NULL,
    currency text NOT NULL,
    total_minor bigint NOT NULL,
    line_count bigint NOT NULL,
    notes text,
    external_ref text,
    requested_day text,
    promised_day text,
    promised_milestone text NOT NULL,
    created_by uuid,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    received_at timestamp with time zone,
    received_day text,
    placed_at timestamp with time zone,
    invoiced_at timestamp with time zone,
    picked_at timestamp with time zone,
    dispatched_at timestamp with time zone,
    delivered_at timestamp with time zone,
    accepted_at timestamp with time zone,
    cancelled_at timestamp with time zone,
    cancel_reason text,
    unsatisfied_from_stock boolean NOT NULL,
    in_full boolean,
    reached_day text,
    on_time boolean,
    expected_days bigint,
    actual_days bigint,
    cycle_seconds bigint,
    buyer_cycle_seconds bigint,
    interruption_seconds bigint,
    overlap_seconds bigint,
    claim_count bigint NOT NULL,
    rating bigint,
    rating_comment text,
    delivery_method text,
    split_from_id uuid
);
CREATE TABLE plan_stages (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    stage text NOT NULL,
    planned_start timestamp with time zone,
    planned_end timestamp with time zone,
    skipped boolean NOT NULL
);
CREATE TABLE products (
    id uuid NOT NULL,
    version bigint NOT NULL,
    sku text NOT NULL,
    name text NOT NULL,
    search_name text NOT NULL,
    category text NOT NULL,
    unit text NOT NULL,
    price_minor bigint NOT NULL,
    currency text NOT NULL,
    is_new boolean NOT NULL,
    made_to_order boolean NOT NULL,
    norm_hours text NOT NULL,
    active boolean NOT NULL
);
CREATE TABLE quality_consumer_months (
    id bigint NOT NULL,
    month text NOT NULL,
    client_id uuid NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    orders bigint NOT NULL,
    placed bigint NOT NULL,
    unsatisfied bigint NOT NULL,
    fulfilled bigint NOT NULL,
    on_time bigint NOT NULL,
    otif bigint NOT NULL,
    perfect bigint NOT NULL,
    expected_days bigint NOT NULL,
    actual_days bigint NOT NULL,
    claimed bigint NOT NULL,
    possible bigint NOT NULL,
    provided bigint NOT NULL,
    possible_norm bigint NOT NULL,
    provided_norm bigint NOT NULL,
    cycles bigint NOT NULL,
    cycle_seconds bigint NOT NULL,
    interruption_seconds bigint NOT NULL,
    measurable bigint NOT NULL
);
CREATE SEQUENCE quality_consumer_months_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE quality_consumer_months_id_seq OWNED BY quality_consumer_months.id;
CREATE TABLE quality_kind_months (
    id bigint NOT NULL,
    month text NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    delivery_method text,
    product_id uuid NOT NULL,
    lines bigint NOT NULL
);
CREATE SEQUENCE quality_kind_months_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE quality_kind_months_id_seq OWNED BY quality_kind_months.id;
CREATE TABLE quality_order_months (
    id bigint NOT NULL,
    month text NOT NULL,
    client_id uuid NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    delivery_method text,
    orders bigint NOT NULL,
    placed bigint NOT NULL,
    unsatisfied bigint NOT NULL,
    fulfilled bigint NOT NULL,
    on_time bigint NOT NULL,
    otif bigint NOT NULL,
    perfect bigint NOT NULL,
    expected_days bigint NOT NULL,
    actual_days bigint NOT NULL,
    claimed bigint NOT NULL,
    possible bigint NOT NULL,
    provided bigint NOT NULL,
    possible_norm bigint NOT NULL,
    provided_norm bigint NOT NULL,
    cycles bigint NOT NULL,
    cycle_seconds bigint NOT NULL,
    interruption_seconds bigint NOT NULL,
    measurable bigint NOT NULL
);
CREATE SEQUENCE quality_order_months_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE quality_order_months_id_seq OWNED BY quality_order_months.id;
CREATE TABLE quality_request_months (
    id bigint NOT NULL,
    month text NOT NULL,
    kind text NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    delivery_method text,
    decided bigint NOT NULL,
    satisfied bigint NOT NULL
);
CREATE SEQUENCE quality_request_months_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE quality_request_months_id_seq OWNED BY quality_request_months.id;
CREATE TABLE quality_rollup_state (
    name text NOT NULL,
    through_id bigint NOT NULL,
    kept bigint NOT NULL
);
CREATE TABLE quality_stage_months (
    id bigint NOT NULL,
    month text NOT NULL,
    segment_id uuid NOT NULL,
    manager_id uuid,
    internal boolean NOT NULL,
    delivery_method text,
    stage text NOT NULL,
    orders bigint NOT NULL,
    seconds bigint NOT NULL,
    share_units bigint NOT NULL
);
CREATE SEQUENCE quality_stage_months_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE quality_stage_months_id_seq OWNED BY quality_stage_months.id;
CREATE TABLE segments (
    id uuid NOT NULL,
    version bigint NOT NULL,
    code text NOT NULL,
    name_en text NOT NULL,
    name_ru text NOT NULL,
    internal boolean NOT NULL,
    active boolean NOT NULL
);
CREATE TABLE service_standards (
    id uuid NOT NULL,
    version bigint NOT NULL,
    segment_id uuid,
    indicators text NOT NULL,
    weights text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by uuid
);
CREATE TABLE stage_intervals (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    stage text NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    skipped boolean NOT NULL,
    skip_reason text,
    duration_seconds bigint
);
CREATE TABLE stock_items (
    id uuid NOT NULL,
    version bigint NOT NULL,
    product_id uuid NOT NULL,
    on_hand bigint NOT NULL,
    reserved bigint NOT NULL,
    required_norm bigint NOT NULL,
    CONSTRAINT stock_on_hand_not_negative CHECK ((on_hand >= 0)),
    CONSTRAINT stock_reserved_within_on_hand CHECK (((reserved >= 0) AND (reserved <= on_hand)))
);
CREATE TABLE stock_movements (
    id uuid NOT NULL,
    product_id uuid NOT NULL,
    kind text NOT NULL,
    quantity bigint NOT NULL,
    order_id uuid,
    at timestamp with time zone NOT NULL,
    by_user_id uuid,
    note text
);
CREATE TABLE users (
    id uuid NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    email text NOT NULL,
    password_hash text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    client_id uuid,
    phone text,
    language text,
    active boolean NOT NULL
);
CREATE TABLE web_sessions (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    user_id uuid NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    address text
);
ALTER TABLE ONLY quality_consumer_months ALTER COLUMN id SET DEFAULT nextval('quality_consumer_months_id_seq'::regclass);
ALTER TABLE ONLY quality_kind_months ALTER COLUMN id SET DEFAULT nextval('quality_kind_months_id_seq'::regclass);
ALTER TABLE ONLY quality_order_months ALTER COLUMN id SET DEFAULT nextval('quality_order_months_id_seq'::regclass);
ALTER TABLE ONLY quality_request_months ALTER COLUMN id SET DEFAULT nextval('quality_request_months_id_seq'::regclass);
ALTER TABLE ONLY quality_stage_months ALTER COLUMN id SET DEFAULT nextval('quality_stage_months_id_seq'::regclass);
INSERT INTO _fluent_migrations VALUES ('297aed99-f24d-48bc-83fd-28e77e69b9fd', 'OrderCycleServer.CreateUsers', 1, '2026-12-02 01:14:35.881886+00', '2026-12-02 01:14:35.881886+00');
INSERT INTO _fluent_migrations VALUES ('2b14b435-df89-4d06-b8f3-25cb895a1fd2', 'OrderCycleServer.CreateWebSessions', 1, '2026-12-02 01:14:35.94157+00', '2026-12-02 01:14:35.94157+00');
INSERT INTO _fluent_migrations VALUES ('ffd8cf9c-fc99-4975-ac31-e2e464201e35', 'OrderCycleServer.CreateApiTokens', 1, '2026-12-02 01:14:36.005553+00', '2026-12-02 01:14:36.005553+00');
INSERT INTO _fluent_migrations VALUES ('d8842e1c-adc3-4ed7-9642-d5ae8c6b5516', 'OrderCycleServer.CreateLoginThrottles', 1, '2026-12-02 01:14:36.047115+00', '2026-12-02 01:14:36.047115+00');
INSERT INTO _fluent_migrations VALUES ('605d655b-b926-45d2-8209-41708718c981', 'OrderCycleServer.CreateIdempotencyKeys', 1, '2026-12-02 01:14:36.10957+00', '2026-12-02 01:14:36.10957+00');
INSERT INTO _fluent_migrations VALUES ('4def7420-8e01-4329-8d8a-11871d25a52d', 'OrderCycleServer.CreateAuditEvents', 1, '2026-12-02 01:14:36.207649+00', '2026-12-02 01:14:36.207649+00');
INSERT INTO _fluent_migrations VALUES ('6d0f8052-37d0-467d-b324-04135d67372d', 'OrderCycleServer.CreateSegments', 1, '2026-12-02 01:14:36.257029+00', '2026-12-02 01:14:36.257029+00');
INSERT INTO _fluent_migrations VALUES ('59f0513c-56a5-486e-abf5-add501e7fac2', 'OrderCycleServer.CreateManagerSegments', 1, '2026-12-02 01:14:36.313634+00', '2026-12-02 01:14:36.313634+00');
INSERT INTO _fluent_migrations VALUES ('c52c7c0e-c1d1-4257-a243-3af32e05399b', 'OrderCycleServer.CreateClients', 1, '2026-12-02 01:14:36.415957+00', '2026-12-02 01:14:36.415957+00');
INSERT INTO _fluent_migrations VALUES ('96860b9a-aaca-41b3-9ce3-fabdbdd1e1c0', 'OrderCycleServer.CreateClientContacts', 1, '2026-12-02 01:14:36.469577+00', '2026-12-02 01:14:36.469577+00');
INSERT INTO _fluent_migrations VALUES ('303bc407-a937-47f0-9b25-4e311b0cb620', 'OrderCycleServer.CreateClientPhones', 1, '2026-12-02 01:14:36.581616+00', '2026-12-02 01:14:36.581616+00');
INSERT INTO _fluent_migrations VALUES ('fa9e60cd-d57c-47b5-89d8-74d31875bb74', 'OrderCycleServer.CreateClientEmails', 1, '2026-12-02 01:14:36.651506+00', '2026-12-02 01:14:36.651506+00');
INSERT INTO _fluent_migrations VALUES ('6831e1bb-f9b1-4c55-ae34-564fafefebe4', 'OrderCycleServer.CreateClientAddresses', 1, '2026-12-02 01:14:36.749062+00', '2026-12-02 01:14:36.749062+00');
INSERT INTO _fluent_migrations VALUES ('9be16237-286b-4217-96df-cd613d92eb24', 'OrderCycleServer.CreateManagerAssignments', 1, '2026-12-02 01:14:36.805809+00', '2026-12-02 01:14:36.805809+00');
INSERT INTO _fluent_migrations VALUES ('33fca9e5-eacc-4115-9787-7013b6ba3239', 'OrderCycleServer.CreateManagerAbsences', 1, '2026-12-02 01:14:36.885616+00', '2026-12-02 01:14:36.885616+00');
INSERT INTO _fluent_migrations VALUES ('0b6ee513-b7c7-4798-a054-8baf478bbdcd', 'OrderCycleServer.CreateCalls', 1, '2026-12-02 01:14:36.960332+00', '2026-12-02 01:14:36.960332+00');
INSERT INTO _fluent_migrations VALUES ('fa5bd658-f2cc-4754-9ac9-17a1b0cd6095', 'OrderCycleServer.CreateLiveConnections', 1, '2026-12-02 01:14:37.065651+00', '2026-12-02 01:14:37.065651+00');
INSERT INTO _fluent_migrations VALUES ('09824596-61ee-469e-aad8-5cb15b6b77d8', 'OrderCycleServer.UpdateClientListsAddPosition', 1, '2026-12-02 01:14:37.113552+00', '2026-12-02 01:14:37.113552+00');
INSERT INTO _fluent_migrations VALUES ('12ab387a-38e3-41eb-b8c3-e9b484b10fd6', 'OrderCycleServer.CreateProducts', 1, '2026-12-02 01:14:37.193559+00', '2026-12-02 01:14:37.193559+00');
INSERT INTO _fluent_migrations VALUES ('54331264-c408-429a-8b44-abcb64db8508', 'OrderCycleServer.CreateStockItems', 1, '2026-12-02 01:14:37.233713+00', '2026-12-02 01:14:37.233713+00');
INSERT INTO _fluent_migrations VALUES ('a56d639f-307f-4edf-b8d5-9d0574d94a4e', 'OrderCycleServer.CreateStockMovements', 1, '2026-12-02 01:14:37.297734+00', '2026-12-02 01:14:37.297734+00');
INSERT INTO _fluent_migrations VALUES ('83c1c78a-a900-44cf-80a2-33c0dfb5492b', 'OrderCycleServer.CreateNumberSeries', 1, '2026-12-02 01:14:37.350218+00', '2026-12-02 01:14:37.350218+00');
INSERT INTO _fluent_migrations VALUES ('81f323ac-5505-4f8a-9965-ff9a4ba809ce', 'OrderCycleServer.CreateOrders', 1, '2026-12-02 01:14:37.539824+00', '2026-12-02 01:14:37.539824+00');
INSERT INTO _fluent_migrations VALUES ('1679f37c-42c7-447c-9b42-97d0871deb55', 'OrderCycleServer.CreateOrderLines', 1, '2026-12-02 01:14:37.601617+00', '2026-12-02 01:14:37.601617+00');
INSERT INTO _fluent_migrations VALUES ('8376f8a9-a11b-46ed-8051-92118fde9bb0', 'OrderCycleServer.CreateOrderEvents', 1, '2026-12-02 01:14:37.641416+00', '2026-12-02 01:14:37.641416+00');
INSERT INTO _fluent_migrations VALUES ('4be95d6e-4a20-47ea-8282-ebaf2196c333', 'OrderCycleServer.CreateStageIntervals', 1, '2026-12-02 01:14:37.673606+00', '2026-12-02 01:14:37.673606+00');
INSERT INTO _fluent_migrations VALUES ('47a398e8-b0b6-480c-afb1-ac0f453f62c5', 'OrderCycleServer.CreateExecutionPlans', 1, '2026-12-02 01:14:37.777606+00', '2026-12-02 01:14:37.777606+00');
INSERT INTO _fluent_migrations VALUES ('c930fc13-23c8-4e75-8992-443caef12467', 'OrderCycleServer.CreateInvoices', 1, '2026-12-02 01:14:37.821627+00', '2026-12-02 01:14:37.821627+00');
INSERT INTO _fluent_migrations VALUES ('5274f24d-afd3-4d19-bb85-7c43c6543e1b', 'OrderCycleServer.CreateClaims', 1, '2026-12-02 01:14:37.909239+00', '2026-12-02 01:14:37.909239+00');
INSERT INTO _fluent_migrations VALUES ('d8ee2408-c098-46ba-8526-5a4937213063', 'OrderCycleServer.CreateOrderComments', 1, '2026-12-02 01:14:37.959196+00', '2026-12-02 01:14:37.959196+00');
INSERT INTO _fluent_migrations VALUES ('61510697-cf1c-4bc8-a317-780c8b6322fa', 'OrderCycleServer.CreateOrderChangeRequests', 1, '2026-12-02 01:14:38.069621+00', '2026-12-02 01:14:38.069621+00');
INSERT INTO _fluent_migrations VALUES ('25845bb6-293e-435a-87ae-6ace9c07b448', 'OrderCycleServer.AddOrderDeliveryMethod', 1, '2026-12-02 01:14:38.089612+00', '2026-12-02 01:14:38.089612+00');
INSERT INTO _fluent_migrations VALUES ('ceeb0310-e1c5-493e-866c-d9c955c93fc5', 'OrderCycleServer.AddOrderSplits', 1, '2026-12-02 01:14:38.145607+00', '2026-12-02 01:14:38.145607+00');
INSERT INTO _fluent_migrations VALUES ('f0163ef0-16b0-4a10-98e3-68ddb80c9810', 'OrderCycleServer.CreateClaimPhotos', 1, '2026-12-02 01:14:38.205499+00', '2026-12-02 01:14:38.205499+00');
INSERT INTO _fluent_migrations VALUES ('29d3d50a-7d54-4b15-9630-aacd219a2b7c', 'OrderCycleServer.AddOrderListIndexes', 1, '2026-12-02 01:14:38.265584+00', '2026-12-02 01:14:38.265584+00');
INSERT INTO _fluent_migrations VALUES ('77238fd5-6874-4cb4-9536-adc28fa3987a', 'OrderCycleServer.AddClaimCreatedDay', 1, '2026-12-02 01:14:38.301548+00', '2026-12-02 01:14:38.301548+00');
INSERT INTO _fluent_migrations VALUES ('c69769cc-47c3-4984-8d5c-09aad919b3df', 'OrderCycleServer.CreateServiceStandards', 1, '2026-12-02 01:14:38.385659+00', '2026-12-02 01:14:38.385659+00');
INSERT INTO _fluent_migrations VALUES ('015360d7-2330-47e3-9c5c-95d199dbb218', 'OrderCycleServer.CreateQualityRollups', 1, '2026-12-02 01:14:38.623592+00', '2026-12-02 01:14:38.623592+00');
INSERT INTO _fluent_migrations VALUES ('301c209c-4e74-4385-a41c-e7e14043fa24', 'OrderCycleServer.AddQualityConsumerMonths', 1, '2026-12-02 01:14:39.153614+00', '2026-12-02 01:14:39.153614+00');
INSERT INTO api_tokens VALUES ('00000000-0000-4000-8000-000000000001', 1, 'fixture-token-hash', 'integration', 'service', 'manager', NULL, '0dd90311-9215-4b61-9b19-0d573f470a80', '2026-01-10 09:00:00+00', NULL, NULL);
INSERT INTO audit_events VALUES ('00000000-0000-4000-8000-000000000005', '2026-01-10 09:00:00+00', '0dd90311-9215-4b61-9b19-0d573f470a80', 'Fixture admin', 'order', '00000000-0001-7f28-929f-0f1357675247', 'update', '{"notes":null}', '{"notes":"call first"}', 'req-1');
INSERT INTO calls VALUES ('00000000-0000-4000-8000-000000000006', 1, 'pbx-1', '+380500000000', '+380500000000', '100', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'b079d979-5366-4db0-b29e-3579cffac70e', 'b079d979-5366-4db0-b29e-3579cffac70e', 'manager', '2026-01-10 09:00:00+00', 'b079d979-5366-4db0-b29e-3579cffac70e', 95, 'answered', 'Asked about delivery', '2026-01-10 09:01:35+00');
INSERT INTO claim_photos VALUES ('00000000-0000-4000-8000-000000000011', '00000000-1115-73d5-8907-10ec1e778cb3', 'png', '\x89504e470d0a1a0a', 8, NULL, '2026-01-10 09:00:00+00');
INSERT INTO claims VALUES ('00000000-1115-73d5-8907-10ec1e778cb3', 1, '00000000-1101-7481-b7f1-2da8ee75f0b2', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'quality', 'Reported on delivery', 'resolved', 'Settled with the client', NULL, '2026-06-28 08:53:22.94153+00', '2026-07-01 07:47:25.05102+00', '2026-06-28');
INSERT INTO client_addresses VALUES ('9b4af9f4-9c29-4975-b061-38d1473e8d59', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'office', 'Soborna St, 123', 'Kyiv', NULL, NULL, 'Ukraine', 50.4285, 30.5004, 0);
INSERT INTO client_addresses VALUES ('3d3f1d82-fc86-4285-b243-f1467082c334', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', 'office', 'Shevchenka St, 25', 'Odesa', NULL, NULL, 'Ukraine', 46.4391, 30.7537, 0);
INSERT INTO client_addresses VALUES ('879e6c6a-65c4-4cda-9f71-291aabe5baa1', '25802dc9-7646-4279-bf9e-0fea21f40637', 'office', 'Shevchenka St, 155', 'Kyiv', NULL, NULL, 'Ukraine', 50.4007, 30.552999999999997, 0);
INSERT INTO client_addresses VALUES ('6f6e07ac-9999-4ce3-aca5-4620e0267b7b', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'office', 'Bankova St, 28', 'Kyiv', NULL, NULL, 'Ukraine', 50.4186, 30.4808, 0);
INSERT INTO client_addresses VALUES ('276dfc31-4064-44b0-a1b5-02529dbeb4bb', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', 'office', 'Bankova St, 35', 'Zaporizhzhia', NULL, NULL, 'Ukraine', 47.8608, 35.1225, 0);
INSERT INTO client_addresses VALUES ('38c17478-c5ee-4c39-ac1d-29efb55ee4c8', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'office', 'Shevchenka St, 45', 'Kyiv', NULL, NULL, 'Ukraine', 50.4163, 30.569799999999997, 0);
INSERT INTO client_addresses VALUES ('cd5dfc2a-d33f-4318-804a-4cf49b85d8df', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'office', 'Hoholia St, 22', 'Zaporizhzhia', NULL, NULL, 'Ukraine', 47.8598, 35.167500000000004, 0);
INSERT INTO client_addresses VALUES ('0d34712c-9393-4e82-bf69-43b53a0cb1ab', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'office', 'Hoholia St, 129', 'Vinnytsia', NULL, NULL, 'Ukraine', 49.2495, 28.4636, 0);
INSERT INTO client_contacts VALUES ('c621e551-9c62-4d96-8e37-4551acdc797e', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'Yulia Tkachenko', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('ef1c13c2-371c-4351-83fd-d9c3c86c811f', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('717c3958-03f4-4b43-b29f-1236385c80b9', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', 'Taras Мельник', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('1a60a2d2-26f6-4583-9cfa-cc1fe919d5f9', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('b94342a2-53c6-4ef8-bc5c-d6aed8ea31e9', '25802dc9-7646-4279-bf9e-0fea21f40637', 'Olena Мельник', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('792382f2-7d26-4be3-b91b-5a3fc1b86131', '25802dc9-7646-4279-bf9e-0fea21f40637', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('ed40c4fc-05bd-497d-a175-70f109f927ff', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'Ирина Соколов', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('3ae6d93f-c954-425a-9815-757c4b08beba', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('7dd80e54-ee7b-41a9-b0e8-fc8feeaff0e2', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', 'Bohdan Соколов', NULL, NULL, 0);
INSERT INTO client_contacts VALUES ('43ccb7ed-011b-4a6a-b49f-e210f06848cb', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('6d121e2d-6a2f-4ed4-bc31-c36bd3e27d51', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'Ирина Bondarenko', NULL, NULL, 0);
INSERT INTO client_contacts VALUES ('734468b4-e960-4c9a-ba45-042c3026cee4', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('f739255a-ce70-4a37-9062-9c1421c25e88', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'Павел Tkachenko', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('8d94716f-8865-466a-9420-79d85f9256a7', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'Office', NULL, NULL, 1);
INSERT INTO client_contacts VALUES ('14c429d7-8d0c-46d9-9e2e-3587609b2df9', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'Дмитрий Петренко', 'Logistics manager', NULL, 0);
INSERT INTO client_contacts VALUES ('746bf8e0-88f8-4541-9d9e-e52a5ae3f496', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'Office', NULL, NULL, 1);
INSERT INTO client_emails VALUES ('811229e6-4221-44d8-93aa-8842d46c0f5b', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c621e551-9c62-4d96-8e37-4551acdc797e', 'client0@example.com', 0);
INSERT INTO client_emails VALUES ('b62cef6b-970a-41aa-adf0-3620da35bd13', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '717c3958-03f4-4b43-b29f-1236385c80b9', 'client1@example.com', 0);
INSERT INTO client_emails VALUES ('c30d7171-c078-47d9-a0ab-a1954dd4a15d', '25802dc9-7646-4279-bf9e-0fea21f40637', 'b94342a2-53c6-4ef8-bc5c-d6aed8ea31e9', 'client2@example.com', 0);
INSERT INTO client_emails VALUES ('ef6b837e-eef8-45cf-b5cf-25d0c627a341', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'ed40c4fc-05bd-497d-a175-70f109f927ff', 'client3@example.com', 0);
INSERT INTO client_emails VALUES ('31487057-d6aa-4315-afd1-592591e9ab8f', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '7dd80e54-ee7b-41a9-b0e8-fc8feeaff0e2', 'client4@example.com', 0);
INSERT INTO client_emails VALUES ('88fa5ecc-5a4a-460d-9439-4413e1c4f38a', 'f54b2aff-7e63-4991-9da4-c4c091468b88', '6d121e2d-6a2f-4ed4-bc31-c36bd3e27d51', 'client5@example.com', 0);
INSERT INTO client_emails VALUES ('bdcfd518-0582-439d-991a-cc6f92bdd8a8', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'f739255a-ce70-4a37-9062-9c1421c25e88', 'client6@example.com', 0);
INSERT INTO client_emails VALUES ('41934e39-2012-41f0-8118-06b181bad283', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', '14c429d7-8d0c-46d9-9e2e-3587609b2df9', 'client7@example.com', 0);
INSERT INTO client_phones VALUES ('81a4a437-ee05-48dc-8507-6392a1b2688d', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c621e551-9c62-4d96-8e37-4551acdc797e', '+380500000000', NULL, '+380 50 000 00 00', 'mobile', 0);
INSERT INTO client_phones VALUES ('3fc2c108-50bd-4d88-a169-caaf31533819', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c621e551-9c62-4d96-8e37-4551acdc797e', '+380660000000', NULL, '(066) 000-00-00', 'mobile', 1);
INSERT INTO client_phones VALUES ('51b859a5-5ec6-428f-873e-719ff2a582ca', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'ef1c13c2-371c-4351-83fd-d9c3c86c811f', '+380670000000', NULL, '067.000.00.00', 'office', 0);
INSERT INTO client_phones VALUES ('4497bbca-97bc-4d1a-9f05-34b23377055d', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '717c3958-03f4-4b43-b29f-1236385c80b9', '+380680000000', NULL, '380680000000', 'mobile', 0);
INSERT INTO client_phones VALUES ('a7e9629b-6851-4a02-869c-48c581a7d504', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '717c3958-03f4-4b43-b29f-1236385c80b9', '+380730000000', NULL, '+380 73 000 00 00', 'mobile', 1);
INSERT INTO client_phones VALUES ('cd654d83-ed39-4ac0-9c87-186f29c957f4', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '1a60a2d2-26f6-4583-9cfa-cc1fe919d5f9', '+380930000000', NULL, '(093) 000-00-00', 'office', 0);
INSERT INTO client_phones VALUES ('a481d75a-9f69-4089-b519-b25affe2c898', '25802dc9-7646-4279-bf9e-0fea21f40637', 'b94342a2-53c6-4ef8-bc5c-d6aed8ea31e9', '+380950000000', NULL, '095.000.00.00', 'mobile', 0);
INSERT INTO client_phones VALUES ('c53941f6-9d6e-430a-b913-c2da10f9edaf', '25802dc9-7646-4279-bf9e-0fea21f40637', 'b94342a2-53c6-4ef8-bc5c-d6aed8ea31e9', '+380960000000', NULL, '380960000000', 'mobile', 1);
INSERT INTO client_phones VALUES ('a7c27f9a-ee33-4b43-a1eb-4c019d1790e2', '25802dc9-7646-4279-bf9e-0fea21f40637', '792382f2-7d26-4be3-b91b-5a3fc1b86131', '+380970000000', NULL, '+380 97 000 00 00', 'office', 0);
INSERT INTO client_phones VALUES ('0500de1f-bb8e-48c9-9698-e9441c2f4133', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'ed40c4fc-05bd-497d-a175-70f109f927ff', '+380980000000', NULL, '(098) 000-00-00', 'mobile', 0);
INSERT INTO client_phones VALUES ('08e4d6d1-271d-4f42-a59e-1f650147c0a1', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'ed40c4fc-05bd-497d-a175-70f109f927ff', '+380990000000', NULL, '099.000.00.00', 'mobile', 1);
INSERT INTO client_phones VALUES ('6165dd1e-69c5-419b-8983-23d4eed13538', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', '3ae6d93f-c954-425a-9815-757c4b08beba', '+380630000000', NULL, '380630000000', 'office', 0);
INSERT INTO client_phones VALUES ('f6bb85cd-aec1-4ecd-8c5d-5bf2cb75a632', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '7dd80e54-ee7b-41a9-b0e8-fc8feeaff0e2', '+380500000001', NULL, '+380 50 000 00 01', 'mobile', 0);
INSERT INTO client_phones VALUES ('f3ba6cdd-47dc-455a-9681-271179bd7525', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '7dd80e54-ee7b-41a9-b0e8-fc8feeaff0e2', '+380660000001', NULL, '(066) 000-00-01', 'mobile', 1);
INSERT INTO client_phones VALUES ('6caf39b2-f0a8-4078-a1ce-6ed8cd885e9f', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '43ccb7ed-011b-4a6a-b49f-e210f06848cb', '+380670000001', NULL, '067.000.00.01', 'office', 0);
INSERT INTO client_phones VALUES ('d125e1bb-3408-4991-9ff7-6207c19a2d61', 'f54b2aff-7e63-4991-9da4-c4c091468b88', '6d121e2d-6a2f-4ed4-bc31-c36bd3e27d51', '+380680000001', NULL, '380680000001', 'mobile', 0);
INSERT INTO client_phones VALUES ('8e30f6bd-ea36-4a8f-ac1d-a53410aa35a0', 'f54b2aff-7e63-4991-9da4-c4c091468b88', '6d121e2d-6a2f-4ed4-bc31-c36bd3e27d51', '+380730000001', NULL, '+380 73 000 00 01', 'mobile', 1);
INSERT INTO client_phones VALUES ('6adbf2ac-6bf3-442c-a8e9-4d854ed53fd1', 'f54b2aff-7e63-4991-9da4-c4c091468b88', '734468b4-e960-4c9a-ba45-042c3026cee4', '+380930000001', NULL, '(093) 000-00-01', 'office', 0);
INSERT INTO client_phones VALUES ('a7c05c28-33ed-4820-8e3c-46b549747e0a', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'f739255a-ce70-4a37-9062-9c1421c25e88', '+380950000001', NULL, '095.000.00.01', 'mobile', 0);
INSERT INTO client_phones VALUES ('db381162-94ee-4baa-beb4-a77f2acf7cdb', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 'f739255a-ce70-4a37-9062-9c1421c25e88', '+380960000001', NULL, '380960000001', 'mobile', 1);
INSERT INTO client_phones VALUES ('3fbfc7bc-f2c4-4ad0-9c85-e54bf6ea4a5b', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '8d94716f-8865-466a-9420-79d85f9256a7', '+380970000001', NULL, '+380 97 000 00 01', 'office', 0);
INSERT INTO client_phones VALUES ('9998dd44-74ed-4f7e-8830-692499e7ab07', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', '14c429d7-8d0c-46d9-9e2e-3587609b2df9', '+380980000001', NULL, '(098) 000-00-01', 'mobile', 0);
INSERT INTO client_phones VALUES ('15e5c63c-c1d7-4c4b-a030-e68aa41e314c', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', '14c429d7-8d0c-46d9-9e2e-3587609b2df9', '+380990000001', NULL, '099.000.00.01', 'mobile', 1);
INSERT INTO client_phones VALUES ('8ff0a593-0a14-4723-bffd-6903b55ba117', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', '746bf8e0-88f8-4541-9d9e-e52a5ae3f496', '+380630000001', NULL, '380630000001', 'office', 0);
INSERT INTO clients VALUES ('caf41a65-cdd1-4582-abae-7b7da7f0e303', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000001', 'supplier', 'company', 'Карпаты Print Ltd #0', 'карпаты print ltd #0', '10000000', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', NULL, true, NULL);
INSERT INTO clients VALUES ('617dcd1a-0126-493c-98f2-4599a9c7cd8b', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000002', 'customer', 'company', 'Black Sea Build Ltd #1', 'black sea build ltd #1', '10000001', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', NULL, true, NULL);
INSERT INTO clients VALUES ('25802dc9-7646-4279-bf9e-0fea21f40637', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000003', 'partner', 'company', 'Baltic Steel LLC #2', 'baltic steel llc #2', '10000002', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', NULL, true, NULL);
INSERT INTO clients VALUES ('1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000004', 'supplier', 'company', 'Ural Textile Ltd #3', 'ural textile ltd #3', '10000003', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', NULL, true, NULL);
INSERT INTO clients VALUES ('1e2e0cbd-d545-4fa3-8f5d-345135b18808', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000005', 'customer', 'person', 'Bohdan Соколов #4', 'bohdan соколов #4', NULL, '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', NULL, true, NULL);
INSERT INTO clients VALUES ('f54b2aff-7e63-4991-9da4-c4c091468b88', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000006', 'customer', 'person', 'Ирина Bondarenko #5', 'ирина bondarenko #5', NULL, 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', NULL, true, NULL);
INSERT INTO clients VALUES ('2ef8eaaa-671f-4495-8be6-955cf3e0d11c', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000007', 'customer', 'company', 'Podillia Trade ООО #6', 'podillia trade ооо #6', '10000006', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', NULL, true, NULL);
INSERT INTO clients VALUES ('1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 1, '2026-12-02 01:14:39.325499+00', '2026-12-02 01:14:39.325499+00', 'CL-000008', 'customer', 'company', 'Polissia Energo ТОВ #7', 'polissia energo тов #7', '10000007', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', NULL, true, NULL);
INSERT INTO execution_plans VALUES ('00000000-1f12-7a42-89dc-9120830cfd7c', 1, '00000000-1f01-7271-b89f-8f94b3e58b1c', 1, 'approved', true, NULL, 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-30 11:51:00.312775+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-30 11:51:00.312775+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-30 11:51:00.312775+00');
INSERT INTO idempotency_keys VALUES ('00000000-0000-4000-8000-000000000004', 'user:fixture', 'key-1', 'fingerprint', 'done', 201, '{}', '/api/v1/orders/x', '"1"', '2026-01-10 09:00:00+00');
INSERT INTO invoices VALUES ('00000000-0000-4000-8000-000000000008', '00000000-0001-7f28-929f-0f1357675247', 'INV-000001', '2026-01-12 15:48:41.241852+00', 2216100, 'UAH');
INSERT INTO live_connections VALUES ('00000000-0000-4000-8000-000000000007', 'b079d979-5366-4db0-b29e-3579cffac70e', 'manager', 'instance-1', '2026-01-10 09:00:00+00', '2026-01-10 09:00:30+00');
INSERT INTO login_throttles VALUES ('00000000-0000-4000-8000-000000000003', 'email:someone@example.com', 2, '2026-01-10 09:00:00+00', NULL);
INSERT INTO manager_absences VALUES ('c0017066-ae84-4f4d-8d03-7f9b39e7ff42', 1, '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', 'b079d979-5366-4db0-b29e-3579cffac70e', '2026-12-01 01:14:39.325499+00', '2026-12-08 01:14:39.325499+00', 'Vacation');
INSERT INTO manager_absences VALUES ('2d8e544b-d4b6-4cd8-b7cb-958c726a4745', 1, '74e6d0d6-3bcb-4f92-be1a-5d9b627d080b', NULL, '2026-12-09 01:14:39.325499+00', '2026-12-12 01:14:39.325499+00', 'Business trip to Lviv');
INSERT INTO manager_assignments VALUES ('fddbbb07-3e95-415e-a20f-7c36801bafed', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', NULL, '373d997b-1e4b-4119-8e33-8ec9b4fe8877', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('65ba1595-fee3-4739-84ba-419bff12f56c', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', NULL, '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('98c56dc9-4e2a-4e6e-9752-19ffd609dc90', '25802dc9-7646-4279-bf9e-0fea21f40637', NULL, 'b079d979-5366-4db0-b29e-3579cffac70e', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('fd21c5ec-4dc6-47a7-8414-6f0abee21a5d', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', NULL, 'b079d979-5366-4db0-b29e-3579cffac70e', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('c5104e62-8994-4ef0-9d72-6e9161db0617', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', NULL, 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('9656de98-a022-46ea-a8f2-46f3f6e0bbed', 'f54b2aff-7e63-4991-9da4-c4c091468b88', NULL, '373d997b-1e4b-4119-8e33-8ec9b4fe8877', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('54eca6e4-3c79-4c3e-9d87-02abb4735be6', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', NULL, '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_assignments VALUES ('337f6eef-e289-4c63-a098-d6655ecdb6da', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', NULL, 'b079d979-5366-4db0-b29e-3579cffac70e', 'automatic: new client', NULL, '2026-12-02 01:14:39.325499+00');
INSERT INTO manager_segments VALUES ('40082f6d-1fff-4179-af49-31ed3c6418d6', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', '53085d03-0ea3-4e61-a9d1-8d83ce40e655');
INSERT INTO manager_segments VALUES ('84e43ecc-2340-4e14-88f4-173257a6f3bd', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2');
INSERT INTO manager_segments VALUES ('214a20ea-4986-4abf-ac98-db796a40e621', 'b079d979-5366-4db0-b29e-3579cffac70e', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2');
INSERT INTO manager_segments VALUES ('630c3202-9511-4be3-92db-06aca277ff7c', 'b079d979-5366-4db0-b29e-3579cffac70e', '5ab6c50f-dca4-443f-b242-fde54f38751e');
INSERT INTO manager_segments VALUES ('aabf2fbe-d8b4-49b7-83f1-47697e6eff89', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', '5ab6c50f-dca4-443f-b242-fde54f38751e');
INSERT INTO manager_segments VALUES ('ad7a6713-ff24-4e3a-acab-01f291d0d97e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', '0ae3c5fd-4bd8-4736-b0f2-1e254b06af03');
INSERT INTO manager_segments VALUES ('0037003e-1228-443f-972f-a7bf7f37fac0', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', '5ab6c50f-dca4-443f-b242-fde54f38751e');
INSERT INTO manager_segments VALUES ('bb25d611-dd15-42ee-a8f5-ed32551f6b19', '74e6d0d6-3bcb-4f92-be1a-5d9b627d080b', '53085d03-0ea3-4e61-a9d1-8d83ce40e655');
INSERT INTO number_series VALUES ('invoice', 2);
INSERT INTO order_change_requests VALUES ('00000000-0e13-713f-ac94-90f068761ad1', 1, '00000000-0e01-7b19-8e95-b6f9f6e46c45', '25802dc9-7646-4279-bf9e-0fea21f40637', 'Move the delivery date', 'satisfied', '2026-03-23 22:26:01.439648+00', '2026-03-24', '2026-03-24 00:42:47.727286+00', NULL);
INSERT INTO order_change_requests VALUES ('00000000-1a13-7a00-be7c-1c83a74bec34', 1, '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'Move the delivery date', 'refused', '2026-07-04 14:30:03.515136+00', '2026-07-04', '2026-07-04 23:44:01.327041+00', NULL);
INSERT INTO order_comments VALUES ('00000000-0000-4000-8000-000000000009', '00000000-0001-7f28-929f-0f1357675247', NULL, 'Buyer', true, 'Please deliver before noon', '2026-01-10 09:00:00+00');
INSERT INTO order_comments VALUES ('00000000-0000-4000-8000-000000000010', '00000000-0001-7f28-929f-0f1357675247', 'b079d979-5366-4db0-b29e-3579cffac70e', 'Manager', false, 'Noted', '2026-01-10 09:05:00+00');
INSERT INTO order_events VALUES ('00000000-000a-78c6-b300-45ff915b15ab', '00000000-0001-7f28-929f-0f1357675247', NULL, 'draft', '2026-01-12 13:19:57.971506+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-000b-7652-aa64-7d9c0699a015', '00000000-0001-7f28-929f-0f1357675247', 'draft', 'sent', '2026-01-12 13:19:57.971506+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-000c-7b24-ae5b-a13e933c3f81', '00000000-0001-7f28-929f-0f1357675247', 'sent', 'received', '2026-01-12 14:40:56.210755+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-000d-78f8-81bb-d59d0a2c405e', '00000000-0001-7f28-929f-0f1357675247', 'received', 'placed', '2026-01-12 15:34:21.554071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-000e-7130-a42d-cc39b1af8127', '00000000-0001-7f28-929f-0f1357675247', 'placed', 'invoiced', '2026-01-12 15:48:41.241852+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-000f-7551-b5fa-9d1c0507ad06', '00000000-0001-7f28-929f-0f1357675247', 'invoiced', 'picked', '2026-01-12 15:34:21.554071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0010-7fd2-817a-f2cd410b08af', '00000000-0001-7f28-929f-0f1357675247', 'picked', 'dispatched', '2026-01-12 21:21:33.408349+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0011-738e-b0b7-a90bac2609e0', '00000000-0001-7f28-929f-0f1357675247', 'dispatched', 'delivered', '2026-01-13 12:43:42.83088+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0012-7208-9610-57f4ce7f5742', '00000000-0001-7f28-929f-0f1357675247', 'delivered', 'accepted', '2026-01-14 09:33:08.935629+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-010c-74e0-b978-f203c9a37c7f', '00000000-0101-789c-aaba-a029d4cb7d0b', NULL, 'draft', '2026-09-04 12:58:53.561062+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-010d-7afe-8edb-2db1e3f5e4db', '00000000-0101-789c-aaba-a029d4cb7d0b', 'draft', 'sent', '2026-09-04 12:58:53.561062+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-010e-71d6-b656-33f9e54ab35b', '00000000-0101-789c-aaba-a029d4cb7d0b', 'sent', 'received', '2026-09-04 14:52:02.389971+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-010f-750c-8d77-4499a2170132', '00000000-0101-789c-aaba-a029d4cb7d0b', 'received', 'placed', '2026-09-04 15:14:52.477444+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0110-7a1b-ac56-7eacb8edf00c', '00000000-0101-789c-aaba-a029d4cb7d0b', 'placed', 'invoiced', '2026-09-04 16:18:29.474625+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0111-7563-8519-ae4925dffa0a', '00000000-0101-789c-aaba-a029d4cb7d0b', 'invoiced', 'picked', '2026-09-11 05:03:33.779429+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0112-7282-b730-5bb2ffaba3c3', '00000000-0101-789c-aaba-a029d4cb7d0b', 'picked', 'dispatched', '2026-09-11 06:54:39.281092+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0113-7072-81e7-efe61cd39ef8', '00000000-0101-789c-aaba-a029d4cb7d0b', 'dispatched', 'delivered', '2026-09-14 19:16:06.237173+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-020c-7e7e-8e01-79ba92be182d', '00000000-0201-7df2-8e7c-d5ecaff5ce95', NULL, 'draft', '2026-06-20 03:54:21.336996+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-020d-768e-8703-241329fa764b', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'draft', 'sent', '2026-06-20 03:54:21.336996+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-020e-7dc7-b14d-977aaaff13a2', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'sent', 'received', '2026-06-20 06:49:18.160475+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-020f-70a4-b57b-086ba12b13c5', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'received', 'placed', '2026-06-20 09:37:34.251059+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0210-798c-bdc6-6411ad833bf5', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'placed', 'invoiced', '2026-06-20 10:21:06.277096+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0211-798b-bd26-df2ab63ed296', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'invoiced', 'picked', '2026-07-01 19:45:50.982053+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0212-79ec-913c-e33266dc35eb', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'picked', 'dispatched', '2026-07-01 23:55:45.151836+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0213-792b-b2db-5b8f48e93ec8', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'dispatched', 'delivered', '2026-07-04 18:28:10.51095+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0214-7c6d-abb7-8e621cfe9fc0', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'delivered', 'accepted', '2026-07-05 10:09:53.106123+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0309-73dc-93d8-2d990600b921', '00000000-0301-7ac4-9356-d063b5a187a8', NULL, 'draft', '2025-12-19 01:39:13.345955+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030a-7e03-9439-421e6b855f4d', '00000000-0301-7ac4-9356-d063b5a187a8', 'draft', 'sent', '2025-12-19 01:39:13.345955+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030b-7fe8-8cad-382c83f5bdaa', '00000000-0301-7ac4-9356-d063b5a187a8', 'sent', 'received', '2025-12-19 06:02:03.631249+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030c-7c6a-830b-d6adb1f826d2', '00000000-0301-7ac4-9356-d063b5a187a8', 'received', 'placed', '2025-12-19 06:57:31.602214+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030d-7303-be0e-8908e118c9d7', '00000000-0301-7ac4-9356-d063b5a187a8', 'placed', 'invoiced', '2025-12-19 08:45:35.986319+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030e-784b-8049-1d44bedcb1d1', '00000000-0301-7ac4-9356-d063b5a187a8', 'invoiced', 'picked', '2025-12-19 06:57:31.602214+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-030f-7bdc-b840-9d0c5ba27d2e', '00000000-0301-7ac4-9356-d063b5a187a8', 'picked', 'dispatched', '2025-12-19 12:41:47.649609+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0310-77cf-bbed-d01b23645c27', '00000000-0301-7ac4-9356-d063b5a187a8', 'dispatched', 'delivered', '2025-12-22 18:03:49.874521+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0311-7d96-83f6-f8c76ac74926', '00000000-0301-7ac4-9356-d063b5a187a8', 'delivered', 'accepted', '2025-12-23 10:29:57.292948+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-040c-7950-89b9-50d6cd106978', '00000000-0401-7d4c-b4ee-641c3a7f13ea', NULL, 'draft', '2026-10-21 08:43:26.984687+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-040d-73ee-bb86-5ab5b719ad24', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'draft', 'sent', '2026-10-21 08:43:26.984687+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-040e-735e-b410-9011e9adc051', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'sent', 'received', '2026-10-21 14:32:32.467388+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-040f-734a-94ba-e97747e84ec1', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'received', 'placed', '2026-10-21 18:52:24.657224+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0410-7763-88a4-8aae7ada0529', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'placed', 'invoiced', '2026-10-21 19:39:10.40711+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0411-7a6f-9a4f-fbf3d7ad18bf', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'invoiced', 'picked', '2026-10-29 19:20:02.860846+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0412-7645-b223-338954ba464f', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'picked', 'dispatched', '2026-10-29 22:18:30.724759+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0413-7dfa-8db3-09447c6e7cda', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'dispatched', 'delivered', '2026-11-02 12:55:47.907907+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0414-7022-b293-227bff9c6d58', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'delivered', 'accepted', '2026-11-02 13:47:00.44407+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0509-7d59-822e-fe5d71f2c937', '00000000-0501-7793-8fc3-438d33279db5', NULL, 'draft', '2026-02-12 04:32:28.919823+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050a-760d-8711-96994c1d45d5', '00000000-0501-7793-8fc3-438d33279db5', 'draft', 'sent', '2026-02-12 04:32:28.919823+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050b-7933-af37-5c9cf3d845d3', '00000000-0501-7793-8fc3-438d33279db5', 'sent', 'received', '2026-02-12 06:59:18.301775+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050c-71a9-afc0-a5d708d6f90c', '00000000-0501-7793-8fc3-438d33279db5', 'received', 'placed', '2026-02-12 08:16:46.987726+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050d-7ead-b241-3c5aade75040', '00000000-0501-7793-8fc3-438d33279db5', 'placed', 'invoiced', '2026-02-12 09:11:09.508235+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050e-7a10-b5f1-3fab878b079f', '00000000-0501-7793-8fc3-438d33279db5', 'invoiced', 'picked', '2026-02-12 17:03:25.226418+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-050f-7031-80bc-025928cee176', '00000000-0501-7793-8fc3-438d33279db5', 'picked', 'dispatched', '2026-02-12 22:16:48.408686+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0510-7cf7-9757-8472dcf8b31e', '00000000-0501-7793-8fc3-438d33279db5', 'dispatched', 'delivered', '2026-02-16 17:13:34.356133+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0511-7190-ab36-5d8a3bfb3717', '00000000-0501-7793-8fc3-438d33279db5', 'delivered', 'accepted', '2026-02-17 13:41:03.552911+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0609-7dd9-8502-e88aaa2494ed', '00000000-0601-7448-a41e-f66624e5caee', NULL, 'draft', '2026-11-20 04:25:43.613382+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060a-7557-bf6d-6ebdd5050163', '00000000-0601-7448-a41e-f66624e5caee', 'draft', 'sent', '2026-11-20 04:25:43.613382+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060b-77ec-9746-fcf781440ccb', '00000000-0601-7448-a41e-f66624e5caee', 'sent', 'received', '2026-11-20 08:27:05.40002+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060c-7def-a9e6-c743a240e76f', '00000000-0601-7448-a41e-f66624e5caee', 'received', 'placed', '2026-11-20 13:33:40.264666+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060d-7cac-9341-a3c10a450d67', '00000000-0601-7448-a41e-f66624e5caee', 'placed', 'invoiced', '2026-11-20 14:11:05.397763+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060e-73f2-841f-9a7586543678', '00000000-0601-7448-a41e-f66624e5caee', 'invoiced', 'picked', '2026-11-20 13:33:40.264666+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-060f-71fd-ab0a-bb74aa7bffa0', '00000000-0601-7448-a41e-f66624e5caee', 'picked', 'dispatched', '2026-11-20 18:46:58.056003+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0610-7620-bc9f-f0e7f7a2bc90', '00000000-0601-7448-a41e-f66624e5caee', 'dispatched', 'delivered', '2026-11-24 11:27:38.945939+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0611-782c-9b84-4d65be6ad675', '00000000-0601-7448-a41e-f66624e5caee', 'delivered', 'accepted', '2026-11-25 00:15:10.56064+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-070c-7571-809a-df29335c69ca', '00000000-0701-7524-b3f0-c3598634cf0b', NULL, 'draft', '2026-06-08 01:09:04.606114+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-070d-7f4d-9ce4-a37d5d92bcc7', '00000000-0701-7524-b3f0-c3598634cf0b', 'draft', 'sent', '2026-06-08 01:09:04.606114+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-070e-7a58-bc83-62cb4df2b648', '00000000-0701-7524-b3f0-c3598634cf0b', 'sent', 'received', '2026-06-08 06:31:43.214212+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-070f-7bf5-962b-00a62923a872', '00000000-0701-7524-b3f0-c3598634cf0b', 'received', 'placed', '2026-06-08 22:29:08.702613+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0710-7da2-a0d8-07aa5eb5b20c', '00000000-0701-7524-b3f0-c3598634cf0b', 'placed', 'invoiced', '2026-06-08 23:15:21.969122+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0711-745f-a50f-9638a84d19a6', '00000000-0701-7524-b3f0-c3598634cf0b', 'invoiced', 'picked', '2026-06-11 08:23:13.266012+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0712-727e-8fa8-cb537ab8e1eb', '00000000-0701-7524-b3f0-c3598634cf0b', 'picked', 'dispatched', '2026-06-11 10:19:10.765711+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0713-7d79-9221-7b340bb32046', '00000000-0701-7524-b3f0-c3598634cf0b', 'dispatched', 'delivered', '2026-06-13 14:18:57.011302+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-080c-780b-8baa-36fad62a0985', '00000000-0801-762f-9ecb-325f48bff3ab', NULL, 'draft', '2026-06-01 04:38:04.431203+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-080d-782f-b5ec-383073d875bb', '00000000-0801-762f-9ecb-325f48bff3ab', 'draft', 'sent', '2026-06-01 04:38:04.431203+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-080e-78f5-a792-7a625ab625bb', '00000000-0801-762f-9ecb-325f48bff3ab', 'sent', 'received', '2026-06-01 05:17:42.957262+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-080f-726e-b5d2-88ab3a05d07e', '00000000-0801-762f-9ecb-325f48bff3ab', 'received', 'placed', '2026-06-01 10:13:41.65184+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0810-75eb-938a-03a18f210062', '00000000-0801-762f-9ecb-325f48bff3ab', 'placed', 'invoiced', '2026-06-01 10:31:30.872337+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0811-75fd-8e2a-c2981e22a305', '00000000-0801-762f-9ecb-325f48bff3ab', 'invoiced', 'picked', '2026-06-01 10:13:41.65184+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0812-7c2a-857a-b06046d6fd2b', '00000000-0801-762f-9ecb-325f48bff3ab', 'picked', 'dispatched', '2026-06-01 11:39:23.891008+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0813-7854-9068-e0e1f5932d27', '00000000-0801-762f-9ecb-325f48bff3ab', 'dispatched', 'delivered', '2026-06-02 16:09:32.354974+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0814-7c4e-b25d-432f28f52a0f', '00000000-0801-762f-9ecb-325f48bff3ab', 'delivered', 'accepted', '2026-06-03 17:52:51.383874+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-090c-770d-8f6b-cec9ad8bbc16', '00000000-0901-7ecd-942d-8f5679965422', NULL, 'draft', '2026-10-12 09:44:42.473167+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-090d-79b1-a477-a98a271749ae', '00000000-0901-7ecd-942d-8f5679965422', 'draft', 'sent', '2026-10-12 09:44:42.473167+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-090e-78f4-935d-1c49eb1498e8', '00000000-0901-7ecd-942d-8f5679965422', 'sent', 'received', '2026-10-12 14:53:28.06394+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-090f-7db7-9be2-fe9956c0e6b6', '00000000-0901-7ecd-942d-8f5679965422', 'received', 'placed', '2026-10-12 17:47:37.922536+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0910-7f30-a1f7-838a81ebc888', '00000000-0901-7ecd-942d-8f5679965422', 'placed', 'invoiced', '2026-10-12 19:13:06.170936+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0911-7568-8598-18c0709ab6a8', '00000000-0901-7ecd-942d-8f5679965422', 'invoiced', 'picked', '2026-10-12 17:47:37.922536+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0912-7902-9598-8c8f608b9618', '00000000-0901-7ecd-942d-8f5679965422', 'picked', 'dispatched', '2026-10-12 19:50:10.627188+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0913-756f-9e7c-5c2671c84f27', '00000000-0901-7ecd-942d-8f5679965422', 'dispatched', 'delivered', '2026-10-16 03:32:29.500103+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0914-72ed-b24b-992d835021f0', '00000000-0901-7ecd-942d-8f5679965422', 'delivered', 'accepted', '2026-10-16 20:21:01.944074+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0a-7f20-85af-bd8c6cb814f7', '00000000-0a01-7c8a-b02d-ef071975e01e', NULL, 'draft', '2026-05-29 09:00:28.903791+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0b-7dd0-81b7-9b1928970ffe', '00000000-0a01-7c8a-b02d-ef071975e01e', 'draft', 'sent', '2026-05-29 09:00:28.903791+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0c-7d07-9603-dcb7e7c23aab', '00000000-0a01-7c8a-b02d-ef071975e01e', 'sent', 'received', '2026-05-29 14:06:53.51417+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0d-711b-b41c-0f2601ef4c20', '00000000-0a01-7c8a-b02d-ef071975e01e', 'received', 'placed', '2026-05-29 17:36:52.722917+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0e-7b25-8c0d-52f0bb435b3d', '00000000-0a01-7c8a-b02d-ef071975e01e', 'placed', 'invoiced', '2026-05-29 19:19:26.188378+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a0f-7f46-b11d-e929d17861f4', '00000000-0a01-7c8a-b02d-ef071975e01e', 'invoiced', 'picked', '2026-05-29 17:36:52.722917+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a10-7401-b94b-33c9cba40ce0', '00000000-0a01-7c8a-b02d-ef071975e01e', 'picked', 'dispatched', '2026-05-29 20:08:18.442073+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a11-74a0-a084-ecb99af1edef', '00000000-0a01-7c8a-b02d-ef071975e01e', 'dispatched', 'delivered', '2026-05-31 23:16:02.872011+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0a12-78ee-8052-9c42c7488724', '00000000-0a01-7c8a-b02d-ef071975e01e', 'delivered', 'accepted', '2026-06-01 16:33:04.589021+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b09-71e6-a4cc-811b21bbd877', '00000000-0b01-7712-8471-51ea7187b3aa', NULL, 'draft', '2026-06-27 02:05:27.083418+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0a-7812-8965-f12b16f4662b', '00000000-0b01-7712-8471-51ea7187b3aa', 'draft', 'sent', '2026-06-27 02:05:27.083418+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0b-7c3f-8d7f-c2f235b0adb2', '00000000-0b01-7712-8471-51ea7187b3aa', 'sent', 'received', '2026-06-27 06:09:32.30891+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0c-778a-a49e-fdc3d12d0d48', '00000000-0b01-7712-8471-51ea7187b3aa', 'received', 'placed', '2026-06-27 07:05:36.216389+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0d-7434-b032-2e693bcfff75', '00000000-0b01-7712-8471-51ea7187b3aa', 'placed', 'invoiced', '2026-06-27 07:19:10.092343+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0e-711e-811f-0c1b7ebd6b30', '00000000-0b01-7712-8471-51ea7187b3aa', 'invoiced', 'picked', '2026-06-27 07:05:36.216389+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b0f-73fb-b644-77100c957eca', '00000000-0b01-7712-8471-51ea7187b3aa', 'picked', 'dispatched', '2026-06-27 10:55:04.164369+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b10-704d-8193-e77173a2784a', '00000000-0b01-7712-8471-51ea7187b3aa', 'dispatched', 'delivered', '2026-06-28 08:17:46.403297+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0b11-76b3-a426-c2915c893a12', '00000000-0b01-7712-8471-51ea7187b3aa', 'delivered', 'accepted', '2026-06-29 02:55:00.779756+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0a-741a-b81b-6bb09e8350f4', '00000000-0c01-7693-9d73-585bfe185b55', NULL, 'draft', '2026-09-13 08:06:48.902098+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0b-7268-8646-5fdf177c47b5', '00000000-0c01-7693-9d73-585bfe185b55', 'draft', 'sent', '2026-09-13 08:06:48.902098+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0c-7dfc-8c5f-20fb14e453ce', '00000000-0c01-7693-9d73-585bfe185b55', 'sent', 'received', '2026-09-13 11:00:20.810268+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0d-73fa-a27a-b0c18b9bc545', '00000000-0c01-7693-9d73-585bfe185b55', 'received', 'placed', '2026-09-13 15:51:18.364658+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0e-7ba0-9c17-b668e73abb18', '00000000-0c01-7693-9d73-585bfe185b55', 'placed', 'invoiced', '2026-09-13 17:21:34.128526+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c0f-7f54-a9f8-d957b5b6a362', '00000000-0c01-7693-9d73-585bfe185b55', 'invoiced', 'picked', '2026-09-16 22:19:49.979616+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c10-78e8-ba8f-40cd5e39b58a', '00000000-0c01-7693-9d73-585bfe185b55', 'picked', 'dispatched', '2026-09-16 23:21:07.074713+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c11-7811-92e9-db78ef99c27f', '00000000-0c01-7693-9d73-585bfe185b55', 'dispatched', 'delivered', '2026-09-18 01:58:52.361107+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0c12-795a-9ca7-7e028801c5ea', '00000000-0c01-7693-9d73-585bfe185b55', 'delivered', 'accepted', '2026-09-18 19:26:51.074029+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d09-721c-86ea-82cd46ed3e53', '00000000-0d01-748f-986e-1c9816a9d21d', NULL, 'draft', '2026-07-10 07:47:05.362585+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0a-779e-8ceb-d7a045896e76', '00000000-0d01-748f-986e-1c9816a9d21d', 'draft', 'sent', '2026-07-10 07:47:05.362585+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0b-7f7e-b08e-c9b717890dc0', '00000000-0d01-748f-986e-1c9816a9d21d', 'sent', 'received', '2026-07-10 09:13:47.389412+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0c-78aa-9ac3-5361ee03c349', '00000000-0d01-748f-986e-1c9816a9d21d', 'received', 'placed', '2026-07-11 04:57:06.427071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0d-76e9-8fa2-1906d4670445', '00000000-0d01-748f-986e-1c9816a9d21d', 'placed', 'invoiced', '2026-07-11 05:40:19.478825+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0e-752a-b7b8-d9b59fb17a15', '00000000-0d01-748f-986e-1c9816a9d21d', 'invoiced', 'picked', '2026-07-11 04:57:06.427071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d0f-7414-ad7d-59b8ccb5addb', '00000000-0d01-748f-986e-1c9816a9d21d', 'picked', 'dispatched', '2026-07-11 07:06:08.783736+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d10-72c3-b9e6-8c787e63b57e', '00000000-0d01-748f-986e-1c9816a9d21d', 'dispatched', 'delivered', '2026-07-11 19:48:54.744889+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0d11-745a-a15b-ac1969dfce33', '00000000-0d01-748f-986e-1c9816a9d21d', 'delivered', 'accepted', '2026-07-12 13:13:04.81228+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0a-7060-8b71-daf758c4e2d5', '00000000-0e01-7b19-8e95-b6f9f6e46c45', NULL, 'draft', '2026-03-23 13:02:12.44063+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0b-7511-954e-282e5f6e26ac', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'draft', 'sent', '2026-03-23 13:02:12.44063+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0c-7cc2-8f4c-71f2868dd186', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'sent', 'received', '2026-03-23 13:19:55.089346+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0d-779e-ab3a-972b92908923', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'received', 'placed', '2026-03-23 13:39:07.966597+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0e-763e-88c5-85e4ac7853dc', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'placed', 'invoiced', '2026-03-23 15:37:34.527416+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e0f-740f-98c8-12e13ae3e5a8', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'invoiced', 'picked', '2026-03-30 02:32:53.505233+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e10-749c-8cc8-2890a4faef1c', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'picked', 'dispatched', '2026-03-30 05:01:25.00071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e11-741a-a128-0e43c79b44d3', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'dispatched', 'delivered', '2026-03-31 17:03:08.721594+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0e12-7814-8c10-a5c33f142b0b', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'delivered', 'accepted', '2026-04-01 02:09:29.328653+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f09-7b2b-a7ef-f316190c1f79', '00000000-0f01-783d-9cb0-41122f6bb212', NULL, 'draft', '2026-11-16 11:25:09.709057+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0a-7bf5-926e-c497fbc44ffe', '00000000-0f01-783d-9cb0-41122f6bb212', 'draft', 'sent', '2026-11-16 11:25:09.709057+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0b-76b0-8997-0310ae801fad', '00000000-0f01-783d-9cb0-41122f6bb212', 'sent', 'received', '2026-11-16 14:59:39.752942+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0c-7b99-9e56-9752ed172e07', '00000000-0f01-783d-9cb0-41122f6bb212', 'received', 'placed', '2026-11-16 22:20:04.378285+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0d-74a5-bc8f-aae632c559d5', '00000000-0f01-783d-9cb0-41122f6bb212', 'placed', 'invoiced', '2026-11-16 23:11:30.641799+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0e-78f2-aea1-51ee102139e2', '00000000-0f01-783d-9cb0-41122f6bb212', 'invoiced', 'picked', '2026-11-17 16:54:04.72318+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f0f-755d-9fb5-c5f4e40f2fa9', '00000000-0f01-783d-9cb0-41122f6bb212', 'picked', 'dispatched', '2026-11-17 18:50:26.511379+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f10-708c-879f-434106387a29', '00000000-0f01-783d-9cb0-41122f6bb212', 'dispatched', 'delivered', '2026-11-18 10:25:57.410071+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-0f11-7e75-8216-292cc12fccc9', '00000000-0f01-783d-9cb0-41122f6bb212', 'delivered', 'accepted', '2026-11-18 17:40:51.982345+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100a-76cf-be1d-fa0a711e6fef', '00000000-1001-70e2-9bb8-0f0035a00586', NULL, 'draft', '2026-09-01 11:24:25.553829+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100b-796c-8ad4-446a25722402', '00000000-1001-70e2-9bb8-0f0035a00586', 'draft', 'sent', '2026-09-01 11:24:25.553829+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100c-7b8d-a003-53753a3c5398', '00000000-1001-70e2-9bb8-0f0035a00586', 'sent', 'received', '2026-09-01 12:54:25.755788+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100d-73b9-ae3b-7a8499005666', '00000000-1001-70e2-9bb8-0f0035a00586', 'received', 'placed', '2026-09-01 15:59:31.212407+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100e-74b4-b63d-bcef64f4af0d', '00000000-1001-70e2-9bb8-0f0035a00586', 'placed', 'invoiced', '2026-09-01 16:57:36.571404+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-100f-7bb2-81a8-031c36dd0292', '00000000-1001-70e2-9bb8-0f0035a00586', 'invoiced', 'picked', '2026-09-01 15:59:31.212407+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1010-7f3a-a6f1-a52c7ef2d559', '00000000-1001-70e2-9bb8-0f0035a00586', 'picked', 'dispatched', '2026-09-01 20:34:12.933649+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1011-7b1d-b401-96ec09cb79b4', '00000000-1001-70e2-9bb8-0f0035a00586', 'dispatched', 'delivered', '2026-09-02 08:21:39.589468+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1012-7df5-b0a2-fefa3035dfef', '00000000-1001-70e2-9bb8-0f0035a00586', 'delivered', 'accepted', '2026-09-03 05:10:51.007432+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-110c-7a7a-a6d1-060553b9356c', '00000000-1101-7481-b7f1-2da8ee75f0b2', NULL, 'draft', '2026-06-21 06:42:27.101339+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-110d-7820-8f54-c35b013fa5a5', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'draft', 'sent', '2026-06-21 06:42:27.101339+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-110e-7ff3-92b3-6a74e446f905', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'sent', 'received', '2026-06-21 07:34:21.648481+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-110f-7b25-8b00-da5d48a6a3a7', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'received', 'placed', '2026-06-21 12:33:42.445313+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1110-7507-9799-89ba635562c5', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'placed', 'invoiced', '2026-06-21 13:51:52.789254+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1111-7ba0-ba50-62621c0388fc', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'invoiced', 'picked', '2026-06-24 23:34:22.369517+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1112-7468-a66a-e7ae0a2c9df0', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'picked', 'dispatched', '2026-06-25 04:08:49.52648+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1113-7fce-8665-db8a42da8a80', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'dispatched', 'delivered', '2026-06-27 23:30:55.706626+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1114-793c-aeea-9cc3a6fa5aab', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'delivered', 'accepted', '2026-06-28 21:10:51.961436+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-120b-7e31-8fde-dbebfbccb273', '00000000-1201-7ea4-b8ef-03419a8e79b3', NULL, 'draft', '2026-09-24 12:20:36.400659+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-120c-7768-a999-6d3ceea3d8e6', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'draft', 'sent', '2026-09-24 12:20:36.400659+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-120d-7cac-9323-e8304e1e18d7', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'sent', 'received', '2026-09-24 14:25:13.441108+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-120e-7ee0-9d77-8ef3b6896486', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'received', 'placed', '2026-09-24 16:03:17.832542+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-120f-7bde-8ca8-6092977aca3c', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'placed', 'invoiced', '2026-09-24 16:52:43.981086+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1210-7f03-8dae-71655173935d', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'invoiced', 'picked', '2026-09-25 00:24:27.495888+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1211-738f-8617-5e2bf5c49b29', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'picked', 'dispatched', '2026-09-25 03:59:27.733765+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1212-7fbd-8896-bf451acdab34', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'dispatched', 'delivered', '2026-09-27 08:02:41.028385+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1213-793e-a8b1-1759af3b56b3', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'delivered', 'accepted', '2026-09-28 05:35:14.992186+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-130c-7382-aaf6-680f48e834c8', '00000000-1301-7fdc-a661-d614b8723ddf', NULL, 'draft', '2026-07-15 10:45:59.565573+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-130d-73e1-b380-5d7fcb237fb1', '00000000-1301-7fdc-a661-d614b8723ddf', 'draft', 'sent', '2026-07-15 10:45:59.565573+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-130e-759f-8729-9298dab4fd99', '00000000-1301-7fdc-a661-d614b8723ddf', 'sent', 'received', '2026-07-15 14:47:01.537586+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-130f-7055-88fb-4fd3eca167d4', '00000000-1301-7fdc-a661-d614b8723ddf', 'received', 'placed', '2026-07-15 18:48:37.590183+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1310-73d3-9aea-984198026e7d', '00000000-1301-7fdc-a661-d614b8723ddf', 'placed', 'invoiced', '2026-07-15 18:57:31.234305+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1311-7e63-9d55-e8df71ef9318', '00000000-1301-7fdc-a661-d614b8723ddf', 'invoiced', 'picked', '2026-07-16 06:43:17.78867+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1312-7d80-bdc1-f6e4858b85b3', '00000000-1301-7fdc-a661-d614b8723ddf', 'picked', 'dispatched', '2026-07-16 09:38:43.990361+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1313-7e6d-8e20-7e90d49337d6', '00000000-1301-7fdc-a661-d614b8723ddf', 'dispatched', 'delivered', '2026-07-20 02:31:58.834272+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1314-7632-b684-bd10bc1c0737', '00000000-1301-7fdc-a661-d614b8723ddf', 'delivered', 'accepted', '2026-07-20 09:11:37.31131+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1409-71b4-8d53-a4bb817645bc', '00000000-1401-777d-8acb-045e74637eba', NULL, 'draft', '2025-12-29 13:38:55.429227+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140a-74c2-a463-8c98278da93a', '00000000-1401-777d-8acb-045e74637eba', 'draft', 'sent', '2025-12-29 13:38:55.429227+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140b-7271-aaaa-9929e6cd7fca', '00000000-1401-777d-8acb-045e74637eba', 'sent', 'received', '2025-12-29 13:55:39.692783+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140c-7928-b976-7b2f73ac5a80', '00000000-1401-777d-8acb-045e74637eba', 'received', 'placed', '2025-12-29 19:05:18.971654+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140d-7d6a-bba8-aaf6da7a009d', '00000000-1401-777d-8acb-045e74637eba', 'placed', 'invoiced', '2025-12-29 20:36:26.694163+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140e-773d-9306-f091b28ac923', '00000000-1401-777d-8acb-045e74637eba', 'invoiced', 'picked', '2025-12-29 19:05:18.971654+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-140f-7f0f-a130-7ff9f837ba50', '00000000-1401-777d-8acb-045e74637eba', 'picked', 'dispatched', '2025-12-29 23:04:53.661615+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1410-7db3-9dcf-eecd6ebc6a1e', '00000000-1401-777d-8acb-045e74637eba', 'dispatched', 'delivered', '2026-01-03 06:49:59.370014+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1411-7ff9-b8df-8e7660db23a3', '00000000-1401-777d-8acb-045e74637eba', 'delivered', 'accepted', '2026-01-04 00:53:39.990034+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-150c-7e04-9248-3d2d02dc14b4', '00000000-1501-7eb8-a286-8e02880cf45a', NULL, 'draft', '2026-04-01 13:36:38.946939+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-150d-7519-acf2-11beeaa330ae', '00000000-1501-7eb8-a286-8e02880cf45a', 'draft', 'sent', '2026-04-01 13:36:38.946939+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-150e-7459-814e-cdbec6e9c6e8', '00000000-1501-7eb8-a286-8e02880cf45a', 'sent', 'received', '2026-04-01 13:40:07.604062+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-150f-7585-ae0a-65373ac89a1f', '00000000-1501-7eb8-a286-8e02880cf45a', 'received', 'placed', '2026-04-02 08:56:37.887107+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1510-76be-b72d-bd546f3f5502', '00000000-1501-7eb8-a286-8e02880cf45a', 'placed', 'invoiced', '2026-04-02 09:29:44.269446+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1511-7320-906d-01d8a96be2bb', '00000000-1501-7eb8-a286-8e02880cf45a', 'invoiced', 'picked', '2026-04-02 08:56:37.887107+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1512-7a62-996d-60811c0bee2f', '00000000-1501-7eb8-a286-8e02880cf45a', 'picked', 'dispatched', '2026-04-02 13:31:59.811507+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1513-7886-ad5d-eb9cc0906d59', '00000000-1501-7eb8-a286-8e02880cf45a', 'dispatched', 'delivered', '2026-04-06 11:05:22.943149+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1514-7805-bc86-dbd6fd9eb189', '00000000-1501-7eb8-a286-8e02880cf45a', 'delivered', 'accepted', '2026-04-06 22:42:07.201135+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-160c-731a-a8a8-b9a798a37689', '00000000-1601-7674-a5cd-48f6dc1f5b61', NULL, 'draft', '2026-03-29 07:58:04.105556+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-160d-72f7-938c-422cf8e359f2', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'draft', 'sent', '2026-03-29 07:58:04.105556+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-160e-7efd-bb95-c50eaa0e5c16', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'sent', 'received', '2026-03-29 12:32:18.119193+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-160f-7b1d-93b0-fcb698da10f9', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'received', 'placed', '2026-03-29 22:29:06.367056+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1610-735b-9de1-b7dccb0ea649', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'placed', 'invoiced', '2026-03-29 23:47:42.811404+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1611-776e-b274-a619cb3b91bf', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'invoiced', 'picked', '2026-04-06 04:36:35.218738+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1612-7712-a4e7-be2228f0a1f5', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'picked', 'dispatched', '2026-04-06 05:39:42.275236+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1613-74eb-a138-c5871740ae34', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'dispatched', 'delivered', '2026-04-10 07:44:12.747252+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1614-7e72-9b55-6acd21b0f297', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'delivered', 'accepted', '2026-04-11 05:27:24.648981+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1707-7124-9a36-da5f48994ef4', '00000000-1701-78cb-9882-553853ffddc0', NULL, 'draft', '2026-07-03 10:33:17.932755+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1708-70cf-bfc9-7fd985524e45', '00000000-1701-78cb-9882-553853ffddc0', 'draft', 'cancelled', '2026-07-06 04:32:44.901818+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', 'Client withdrew the order');
INSERT INTO order_events VALUES ('00000000-1809-7759-aa80-2eb4f15a1a87', '00000000-1801-793d-9ac2-6d26072aa651', NULL, 'draft', '2026-05-15 11:41:32.622956+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180a-7fed-b17c-917b62b416e1', '00000000-1801-793d-9ac2-6d26072aa651', 'draft', 'sent', '2026-05-15 11:41:32.622956+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180b-743a-acfd-594c365ca242', '00000000-1801-793d-9ac2-6d26072aa651', 'sent', 'received', '2026-05-15 12:05:54.303007+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180c-74fd-9093-3f85db875aac', '00000000-1801-793d-9ac2-6d26072aa651', 'received', 'placed', '2026-05-15 15:35:28.719126+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180d-7d22-ae8d-7fe61a31f572', '00000000-1801-793d-9ac2-6d26072aa651', 'placed', 'invoiced', '2026-05-15 16:15:53.565549+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180e-77da-a1fd-98c66e073c94', '00000000-1801-793d-9ac2-6d26072aa651', 'invoiced', 'picked', '2026-05-15 15:35:28.719126+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-180f-79d8-ad8e-9e906bcedbf8', '00000000-1801-793d-9ac2-6d26072aa651', 'picked', 'dispatched', '2026-05-15 20:23:58.172621+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1810-7a02-800b-6486f3173d70', '00000000-1801-793d-9ac2-6d26072aa651', 'dispatched', 'delivered', '2026-05-19 04:39:17.225648+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1811-79cc-91dc-a426dd9ca90a', '00000000-1801-793d-9ac2-6d26072aa651', 'delivered', 'accepted', '2026-05-19 09:25:29.117581+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190a-71a9-b6ac-1da52fa360f7', '00000000-1901-7f85-8a37-607086e49d10', NULL, 'draft', '2026-01-16 09:10:42.739963+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190b-7de8-b304-22a2b36487e4', '00000000-1901-7f85-8a37-607086e49d10', 'draft', 'sent', '2026-01-16 09:10:42.739963+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190c-776f-aea8-3d024341825f', '00000000-1901-7f85-8a37-607086e49d10', 'sent', 'received', '2026-01-16 11:42:42.812928+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190d-7b99-b2dd-13b186556725', '00000000-1901-7f85-8a37-607086e49d10', 'received', 'placed', '2026-01-16 15:14:24.761619+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190e-79d6-934f-e7ac2a31d164', '00000000-1901-7f85-8a37-607086e49d10', 'placed', 'invoiced', '2026-01-16 15:54:10.372472+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-190f-7e53-b1fc-cebdb09f067a', '00000000-1901-7f85-8a37-607086e49d10', 'invoiced', 'picked', '2026-01-16 18:39:58.458988+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1910-7d26-8e47-58de6b0e0f73', '00000000-1901-7f85-8a37-607086e49d10', 'picked', 'dispatched', '2026-01-16 23:26:07.972804+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1911-7143-8db0-a950710ad007', '00000000-1901-7f85-8a37-607086e49d10', 'dispatched', 'delivered', '2026-01-18 10:09:25.552873+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1912-7f43-b4a6-694300c6ce2b', '00000000-1901-7f85-8a37-607086e49d10', 'delivered', 'accepted', '2026-01-19 15:11:35.321909+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0a-7ab8-8d10-53b9341bc828', '00000000-1a01-7ad9-a7a8-f1dc852766c1', NULL, 'draft', '2026-07-04 02:01:40.973347+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0b-742c-926e-2043da9a81f4', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'draft', 'sent', '2026-07-04 02:01:40.973347+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0c-7aaa-91c1-dac8178d7f89', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'sent', 'received', '2026-07-04 07:51:57.12558+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0d-7ae8-8724-08414f06c210', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'received', 'placed', '2026-07-04 09:55:26.040699+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0e-71d3-bcd0-51f24544f84b', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'placed', 'invoiced', '2026-07-04 10:35:40.410062+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a0f-72b9-b14d-c6965e88a4b7', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'invoiced', 'picked', '2026-07-04 11:10:50.083785+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a10-7cf1-9636-83579da48d43', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'picked', 'dispatched', '2026-07-04 14:21:33.803177+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a11-7b62-8b38-1409e26eea36', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'dispatched', 'delivered', '2026-07-07 16:04:20.410418+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1a12-7ef8-95b7-ffe463c339ed', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'delivered', 'accepted', '2026-07-08 12:26:53.830436+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0a-7c40-8b5a-9a4e7aaf528e', '00000000-1b01-7a3b-856e-b54fbf8e28f5', NULL, 'draft', '2026-10-12 09:02:16.007566+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0b-7b49-878d-fe7c3b83f51c', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'draft', 'sent', '2026-10-12 09:02:16.007566+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0c-7632-8640-00fc8144559e', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'sent', 'received', '2026-10-12 12:21:34.493497+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0d-7aed-9fe8-5a9d54cf7dea', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'received', 'placed', '2026-10-12 17:37:29.730556+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0e-790c-a8c9-e955de353550', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'placed', 'invoiced', '2026-10-12 19:27:58.542925+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b0f-7fe8-8715-5542b406c2a5', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'invoiced', 'picked', '2026-10-12 17:37:29.730556+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b10-75d9-892c-e6ce0627517b', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'picked', 'dispatched', '2026-10-12 22:53:19.877746+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b11-77ca-a8b6-42d4526d02aa', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'dispatched', 'delivered', '2026-10-16 00:08:50.644069+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1b12-7dd8-b756-a9bd1e6caa31', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'delivered', 'accepted', '2026-10-17 03:25:59.508812+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c0b-7e86-a969-32e413aad9d2', '00000000-1c01-7484-be68-d578caf4deb5', NULL, 'draft', '2026-04-11 06:12:01.347751+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c0c-7526-b7a0-7a64001ac1ee', '00000000-1c01-7484-be68-d578caf4deb5', 'draft', 'sent', '2026-04-11 06:12:01.347751+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c0d-79de-b88a-8a5859ba938f', '00000000-1c01-7484-be68-d578caf4deb5', 'sent', 'received', '2026-04-11 10:07:16.311346+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c0e-78ee-a0bb-cb9c76473f91', '00000000-1c01-7484-be68-d578caf4deb5', 'received', 'placed', '2026-04-11 11:05:01.231316+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c0f-71b4-974d-b7cbc6ace95a', '00000000-1c01-7484-be68-d578caf4deb5', 'placed', 'invoiced', '2026-04-11 11:37:09.457204+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c10-7002-866a-43cf25bbb5cf', '00000000-1c01-7484-be68-d578caf4deb5', 'invoiced', 'picked', '2026-04-19 11:37:33.189002+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c11-7b91-86a6-d9065f3669e6', '00000000-1c01-7484-be68-d578caf4deb5', 'picked', 'dispatched', '2026-04-19 15:29:56.797602+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c12-74b9-bb83-fa05a92b94c8', '00000000-1c01-7484-be68-d578caf4deb5', 'dispatched', 'delivered', '2026-04-23 01:43:15.80756+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1c13-7749-a2dc-448dec257e0f', '00000000-1c01-7484-be68-d578caf4deb5', 'delivered', 'accepted', '2026-04-24 03:25:56.175222+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d0c-74f6-ad13-ec396cd41d62', '00000000-1d01-7872-9919-028b280eccec', NULL, 'draft', '2026-03-15 05:40:20.39849+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d0d-79c9-859b-af67309ea20f', '00000000-1d01-7872-9919-028b280eccec', 'draft', 'sent', '2026-03-15 05:40:20.39849+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d0e-72cb-ab51-0059cc81c823', '00000000-1d01-7872-9919-028b280eccec', 'sent', 'received', '2026-03-15 11:00:33.814598+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d0f-7ba9-bdc4-7828a95bf3f5', '00000000-1d01-7872-9919-028b280eccec', 'received', 'placed', '2026-03-15 12:10:17.639444+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d10-7a26-a6b8-6231b3f9eb44', '00000000-1d01-7872-9919-028b280eccec', 'placed', 'invoiced', '2026-03-15 13:18:41.932218+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d11-78b6-b738-e6b3e5f07055', '00000000-1d01-7872-9919-028b280eccec', 'invoiced', 'picked', '2026-03-15 17:38:05.322876+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d12-77f3-a849-1aa78d42aaaf', '00000000-1d01-7872-9919-028b280eccec', 'picked', 'dispatched', '2026-03-15 23:28:58.861996+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d13-7ba2-8f19-d3375e33d239', '00000000-1d01-7872-9919-028b280eccec', 'dispatched', 'delivered', '2026-03-19 23:07:53.583148+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1d14-7720-b283-6a894a3f0917', '00000000-1d01-7872-9919-028b280eccec', 'delivered', 'accepted', '2026-03-20 09:13:04.98606+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e0b-7a52-b5df-c319e745a428', '00000000-1e01-7c77-8db0-aa57d2917268', NULL, 'draft', '2025-12-15 06:32:11.673964+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e0c-767b-9f45-18c85cc579ba', '00000000-1e01-7c77-8db0-aa57d2917268', 'draft', 'sent', '2025-12-15 06:32:11.673964+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e0d-7049-95d6-8c97a92dd38e', '00000000-1e01-7c77-8db0-aa57d2917268', 'sent', 'received', '2025-12-15 12:11:21.100527+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e0e-7a51-8beb-d5ad77cd00a0', '00000000-1e01-7c77-8db0-aa57d2917268', 'received', 'placed', '2025-12-16 08:58:43.929074+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e0f-7594-ba3e-51abba1e6287', '00000000-1e01-7c77-8db0-aa57d2917268', 'placed', 'invoiced', '2025-12-16 10:37:50.798494+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e10-7c26-b261-32f90cff765f', '00000000-1e01-7c77-8db0-aa57d2917268', 'invoiced', 'picked', '2025-12-16 14:50:33.583796+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e11-7c13-a250-508eb78df172', '00000000-1e01-7c77-8db0-aa57d2917268', 'picked', 'dispatched', '2025-12-16 20:17:46.466455+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e12-7212-9ae8-8352a322de1a', '00000000-1e01-7c77-8db0-aa57d2917268', 'dispatched', 'delivered', '2025-12-19 18:04:02.610832+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1e13-725a-bca7-cf282795dc08', '00000000-1e01-7c77-8db0-aa57d2917268', 'delivered', 'accepted', '2025-12-20 11:18:02.728774+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f0b-7a8b-85c6-6bb292c9a08d', '00000000-1f01-7271-b89f-8f94b3e58b1c', NULL, 'draft', '2026-11-30 09:57:18.667191+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f0c-7520-97c0-d1bde217820a', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'draft', 'sent', '2026-11-30 09:57:18.667191+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f0d-7c04-a899-435ab53d4180', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'sent', 'received', '2026-11-30 11:51:00.312775+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f0e-722e-acda-84f95ea59742', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'received', 'placed', '2026-12-01 01:17:02.954445+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f0f-73f2-9d74-7e0373d41c93', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'placed', 'invoiced', '2026-12-01 02:18:07.093056+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f10-72fe-b015-7bf0294375ca', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'invoiced', 'picked', '2026-12-01 01:17:02.954445+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-1f11-7e86-8454-dbbfff4bd8d3', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'picked', 'dispatched', '2026-12-01 03:46:03.251159+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-200b-70e5-9276-6e6904fbd0b0', '00000000-2001-76f0-9604-5a0a8f9d442e', NULL, 'draft', '2026-10-19 09:39:55.006918+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-200c-726c-ba74-079e5549eb31', '00000000-2001-76f0-9604-5a0a8f9d442e', 'draft', 'sent', '2026-10-19 09:39:55.006918+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-200d-7824-a183-e822d4b5cf76', '00000000-2001-76f0-9604-5a0a8f9d442e', 'sent', 'received', '2026-10-19 10:06:49.229183+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-200e-74b3-84fb-a619d778926e', '00000000-2001-76f0-9604-5a0a8f9d442e', 'received', 'placed', '2026-10-19 11:39:35.543034+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-200f-7cd3-8003-19ec1d8165ff', '00000000-2001-76f0-9604-5a0a8f9d442e', 'placed', 'invoiced', '2026-10-19 12:00:56.890861+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2010-7271-8012-00650ee4ee6f', '00000000-2001-76f0-9604-5a0a8f9d442e', 'invoiced', 'picked', '2026-10-23 09:49:54.008181+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2011-7bc9-beab-f12d912e48ff', '00000000-2001-76f0-9604-5a0a8f9d442e', 'picked', 'dispatched', '2026-10-23 11:43:17.894653+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2012-7e5b-89b7-66ed76cfaba1', '00000000-2001-76f0-9604-5a0a8f9d442e', 'dispatched', 'delivered', '2026-10-24 07:48:38.958404+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2013-7751-add0-02f849f62e62', '00000000-2001-76f0-9604-5a0a8f9d442e', 'delivered', 'accepted', '2026-10-25 00:55:09.865919+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210a-7697-9760-ff4c8b59d630', '00000000-2101-7b51-8015-073d18147a43', NULL, 'draft', '2026-10-16 11:33:39.00626+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210b-7abe-839c-3775366da54f', '00000000-2101-7b51-8015-073d18147a43', 'draft', 'sent', '2026-10-16 11:33:39.00626+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210c-7f79-a2e8-20b792c640d3', '00000000-2101-7b51-8015-073d18147a43', 'sent', 'received', '2026-10-16 13:22:29.338743+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210d-783a-8d87-bb3866a3cbe6', '00000000-2101-7b51-8015-073d18147a43', 'received', 'placed', '2026-10-16 18:15:24.774863+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210e-7b82-843b-e2e4adaaedff', '00000000-2101-7b51-8015-073d18147a43', 'placed', 'invoiced', '2026-10-16 19:06:34.158011+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-210f-7ce1-952c-347971dfdd6a', '00000000-2101-7b51-8015-073d18147a43', 'invoiced', 'picked', '2026-10-17 01:05:31.551871+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2110-71fb-b6cc-996ea99136d2', '00000000-2101-7b51-8015-073d18147a43', 'picked', 'dispatched', '2026-10-17 02:41:10.095113+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2111-77ee-9af3-6a605ce10b77', '00000000-2101-7b51-8015-073d18147a43', 'dispatched', 'delivered', '2026-10-20 11:50:08.742974+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2112-7dd6-a00e-0c0b51f20812', '00000000-2101-7b51-8015-073d18147a43', 'delivered', 'accepted', '2026-10-20 22:30:46.086373+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-220c-7dc0-ae04-c420e39367bf', '00000000-2201-72d4-8157-f18929650261', NULL, 'draft', '2026-10-20 05:39:06.769641+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-220d-7588-87c1-80001e3c5e4a', '00000000-2201-72d4-8157-f18929650261', 'draft', 'sent', '2026-10-20 05:39:06.769641+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-220e-72a3-9ea0-f54014771f2b', '00000000-2201-72d4-8157-f18929650261', 'sent', 'received', '2026-10-20 09:54:41.634447+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-220f-7a63-bda1-eccd4ad863c3', '00000000-2201-72d4-8157-f18929650261', 'received', 'placed', '2026-10-20 13:20:25.68896+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2210-7214-a631-40fd0383cff5', '00000000-2201-72d4-8157-f18929650261', 'placed', 'invoiced', '2026-10-20 15:10:28.782946+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2211-7c3d-80da-a2013fa3c6a6', '00000000-2201-72d4-8157-f18929650261', 'invoiced', 'picked', '2026-10-21 01:04:07.072302+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2212-7213-b058-6771dd5aec9b', '00000000-2201-72d4-8157-f18929650261', 'picked', 'dispatched', '2026-10-21 03:51:09.680202+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2213-757a-a985-a75bdb9685d7', '00000000-2201-72d4-8157-f18929650261', 'dispatched', 'delivered', '2026-10-24 13:55:42.754611+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2214-7ff7-a345-35e95888e66a', '00000000-2201-72d4-8157-f18929650261', 'delivered', 'accepted', '2026-10-24 18:44:58.645+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2309-7cc4-a114-ee47d9c20f62', '00000000-2301-75b9-a014-adf79a00c2e9', NULL, 'draft', '2026-07-15 06:02:50.042982+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230a-7bd6-a5d7-a5cd0e73e277', '00000000-2301-75b9-a014-adf79a00c2e9', 'draft', 'sent', '2026-07-15 06:02:50.042982+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230b-786d-862e-eda84fb17f5f', '00000000-2301-75b9-a014-adf79a00c2e9', 'sent', 'received', '2026-07-15 06:07:23.619995+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230c-7547-aaea-71cedcaf37a7', '00000000-2301-75b9-a014-adf79a00c2e9', 'received', 'placed', '2026-07-15 10:36:01.624051+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230d-7f90-a3c6-b9df2135479e', '00000000-2301-75b9-a014-adf79a00c2e9', 'placed', 'invoiced', '2026-07-15 10:44:41.916083+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230e-709f-854e-191b7dde62e0', '00000000-2301-75b9-a014-adf79a00c2e9', 'invoiced', 'picked', '2026-07-15 22:03:59.323353+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-230f-72d9-939f-f423cb097c9d', '00000000-2301-75b9-a014-adf79a00c2e9', 'picked', 'dispatched', '2026-07-16 01:55:32.228807+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2310-7b5a-b684-1aafe2582f73', '00000000-2301-75b9-a014-adf79a00c2e9', 'dispatched', 'delivered', '2026-07-19 15:37:49.590807+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2311-7f87-b6a4-c94f00d0cff3', '00000000-2301-75b9-a014-adf79a00c2e9', 'delivered', 'accepted', '2026-07-20 18:42:10.516691+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-240b-7c93-956a-86e320aaf1be', '00000000-2401-7b65-b27c-fcf187232e5e', NULL, 'draft', '2025-12-21 11:50:11.979387+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-240c-717e-962c-f745592a1dce', '00000000-2401-7b65-b27c-fcf187232e5e', 'draft', 'sent', '2025-12-21 11:50:11.979387+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-240d-7634-a30e-157bf82ea5e1', '00000000-2401-7b65-b27c-fcf187232e5e', 'sent', 'received', '2025-12-21 12:34:54.857876+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-240e-76a5-a613-74b2e9962853', '00000000-2401-7b65-b27c-fcf187232e5e', 'received', 'placed', '2025-12-21 20:14:49.054938+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-240f-78c6-b22a-51002ef08f30', '00000000-2401-7b65-b27c-fcf187232e5e', 'placed', 'invoiced', '2025-12-21 20:37:08.917629+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2410-74f3-a0e2-a424b7d53851', '00000000-2401-7b65-b27c-fcf187232e5e', 'invoiced', 'picked', '2025-12-21 20:14:49.054938+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2411-7de0-80da-43a931e5cc09', '00000000-2401-7b65-b27c-fcf187232e5e', 'picked', 'dispatched', '2025-12-21 23:04:37.230735+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2412-7ebb-a70a-a25ffcab5e49', '00000000-2401-7b65-b27c-fcf187232e5e', 'dispatched', 'delivered', '2025-12-25 23:22:55.089662+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2413-7d75-b875-118489a48e9e', '00000000-2401-7b65-b27c-fcf187232e5e', 'delivered', 'accepted', '2025-12-26 11:04:23.080284+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-250b-737f-acee-9e427286bdb8', '00000000-2501-774a-b7c9-5a39d31217e5', NULL, 'draft', '2026-06-17 06:15:47.409328+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-250c-7c63-afaa-a87071489b6c', '00000000-2501-774a-b7c9-5a39d31217e5', 'draft', 'sent', '2026-06-17 06:15:47.409328+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-250d-7bd9-879b-30006739d7e7', '00000000-2501-774a-b7c9-5a39d31217e5', 'sent', 'received', '2026-06-17 10:39:33.12651+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-250e-79d7-b0d6-b700732bb3a1', '00000000-2501-774a-b7c9-5a39d31217e5', 'received', 'placed', '2026-06-17 17:30:49.926823+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-250f-728e-b7b7-2ba354e9447b', '00000000-2501-774a-b7c9-5a39d31217e5', 'placed', 'invoiced', '2026-06-17 18:58:15.823897+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2510-724b-9598-03da7788d448', '00000000-2501-774a-b7c9-5a39d31217e5', 'invoiced', 'picked', '2026-06-18 10:10:59.971225+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2511-7eb3-9a5b-68832f05feb2', '00000000-2501-774a-b7c9-5a39d31217e5', 'picked', 'dispatched', '2026-06-18 13:16:51.148881+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2512-7775-9151-2498a8f30755', '00000000-2501-774a-b7c9-5a39d31217e5', 'dispatched', 'delivered', '2026-06-21 18:56:10.483105+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2513-770e-b865-fb4335ddf086', '00000000-2501-774a-b7c9-5a39d31217e5', 'delivered', 'accepted', '2026-06-22 14:41:57.124289+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-260b-7c49-a3b9-33b9976fac76', '00000000-2601-7a45-b39a-74065a25dc0f', NULL, 'draft', '2026-11-13 01:53:16.537777+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-260c-703b-8606-1bbfca0b8a16', '00000000-2601-7a45-b39a-74065a25dc0f', 'draft', 'sent', '2026-11-13 01:53:16.537777+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-260d-7f86-ba01-69e9b2fd357d', '00000000-2601-7a45-b39a-74065a25dc0f', 'sent', 'received', '2026-11-13 07:33:11.044014+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-260e-7b88-b6cc-723201d60d0d', '00000000-2601-7a45-b39a-74065a25dc0f', 'received', 'placed', '2026-11-13 12:36:06.606205+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-260f-753f-b692-5569a092bdcb', '00000000-2601-7a45-b39a-74065a25dc0f', 'placed', 'invoiced', '2026-11-13 12:47:18.008601+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2610-78bf-8349-26b748d01d33', '00000000-2601-7a45-b39a-74065a25dc0f', 'invoiced', 'picked', '2026-11-13 12:36:06.606205+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2611-7d97-865d-35624df46b80', '00000000-2601-7a45-b39a-74065a25dc0f', 'picked', 'dispatched', '2026-11-13 16:45:07.298204+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2612-7b1f-acf8-f7f64d99f933', '00000000-2601-7a45-b39a-74065a25dc0f', 'dispatched', 'delivered', '2026-11-15 09:41:01.900615+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2613-742a-b4fc-d449080f880b', '00000000-2601-7a45-b39a-74065a25dc0f', 'delivered', 'accepted', '2026-11-15 18:54:57.06644+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270a-729e-9bc6-f5c3eb427c75', '00000000-2701-7b9a-8246-154031a3ffc9', NULL, 'draft', '2026-03-31 05:27:24.174632+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270b-7e6a-8bfd-ee70a8083a54', '00000000-2701-7b9a-8246-154031a3ffc9', 'draft', 'sent', '2026-03-31 05:27:24.174632+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270c-7ac6-8f17-33173f5c1ea0', '00000000-2701-7b9a-8246-154031a3ffc9', 'sent', 'received', '2026-03-31 05:43:17.309202+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270d-7b3c-9e30-bd69ad7117f7', '00000000-2701-7b9a-8246-154031a3ffc9', 'received', 'placed', '2026-03-31 09:04:00.397702+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270e-7e93-a6e9-c12bfaa38952', '00000000-2701-7b9a-8246-154031a3ffc9', 'placed', 'invoiced', '2026-03-31 10:07:24.779217+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-270f-7291-8506-9a518eab8e38', '00000000-2701-7b9a-8246-154031a3ffc9', 'invoiced', 'picked', '2026-03-31 09:04:00.397702+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2710-7108-9ccc-12d39413c41d', '00000000-2701-7b9a-8246-154031a3ffc9', 'picked', 'dispatched', '2026-03-31 10:45:05.145669+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2711-771b-9ead-13c7caf49067', '00000000-2701-7b9a-8246-154031a3ffc9', 'dispatched', 'delivered', '2026-04-01 20:19:15.97715+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2712-706e-ad3e-fb0c3cebf947', '00000000-2701-7b9a-8246-154031a3ffc9', 'delivered', 'accepted', '2026-04-02 19:54:49.346227+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-280c-735e-ac8e-8eac0bc5f962', '00000000-2801-7d50-aeef-e778c0b022bd', NULL, 'draft', '2026-02-07 07:40:17.196608+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-280d-7ad3-86aa-a8b4f4b5332b', '00000000-2801-7d50-aeef-e778c0b022bd', 'draft', 'sent', '2026-02-07 07:40:17.196608+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-280e-77e7-962d-faafa55d261c', '00000000-2801-7d50-aeef-e778c0b022bd', 'sent', 'received', '2026-02-07 12:11:29.619241+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-280f-76b1-be2e-83f8b030805c', '00000000-2801-7d50-aeef-e778c0b022bd', 'received', 'placed', '2026-02-08 09:20:56.352389+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2810-72e5-8dba-b0f2cf63adaf', '00000000-2801-7d50-aeef-e778c0b022bd', 'placed', 'invoiced', '2026-02-08 11:07:23.039481+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2811-7a08-affd-ca486e39c11e', '00000000-2801-7d50-aeef-e778c0b022bd', 'invoiced', 'picked', '2026-02-08 22:17:04.448386+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2812-76d6-b88c-ed3501214e11', '00000000-2801-7d50-aeef-e778c0b022bd', 'picked', 'dispatched', '2026-02-09 00:19:11.81277+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2813-70c1-9658-b50325355e64', '00000000-2801-7d50-aeef-e778c0b022bd', 'dispatched', 'delivered', '2026-02-11 10:51:42.400408+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2814-7467-9c99-82239a069c63', '00000000-2801-7d50-aeef-e778c0b022bd', 'delivered', 'accepted', '2026-02-12 07:59:12.303148+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-290b-7592-9603-3226bcff3091', '00000000-2901-7bc7-8fd0-6c5e49924bc9', NULL, 'draft', '2026-10-07 08:26:12.493892+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-290c-7e28-b03d-6978af765314', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'draft', 'sent', '2026-10-07 08:26:12.493892+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-290d-71f7-8951-53f234fc7938', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'sent', 'received', '2026-10-07 09:41:01.75508+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-290e-7118-b162-5b271f8e746f', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'received', 'placed', '2026-10-07 20:34:46.662493+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-290f-71d2-afe9-32cbde0a69ce', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'placed', 'invoiced', '2026-10-07 21:08:35.188469+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2910-7605-a633-434048aceb71', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'invoiced', 'picked', '2026-10-11 09:40:29.633007+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2911-7f31-9baa-502d274d4019', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'picked', 'dispatched', '2026-10-11 13:14:27.461218+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2912-779c-bae1-31f28bc0bc1c', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'dispatched', 'delivered', '2026-10-13 15:45:57.582081+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2913-7185-b566-d3ab4ccbc52b', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'delivered', 'accepted', '2026-10-14 18:01:23.84836+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a0b-7212-a4ec-dcffc464c0f3', '00000000-2a01-729b-b1ed-fef872b6e0c1', NULL, 'draft', '2026-09-09 04:36:36.28327+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a0c-751e-9f52-ba9760069d0e', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'draft', 'sent', '2026-09-09 04:36:36.28327+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a0d-7742-af69-ac66d255bb1a', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'sent', 'received', '2026-09-09 05:23:44.158655+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a0e-7dae-acd7-f2d2812fd0b7', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'received', 'placed', '2026-09-09 10:43:27.251808+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a0f-70a9-b101-e98213a32cf0', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'placed', 'invoiced', '2026-09-09 11:14:57.677854+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a10-7469-9d44-914fba548766', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'invoiced', 'picked', '2026-09-13 04:09:39.101712+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a11-746f-8bdb-3fb541c81349', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'picked', 'dispatched', '2026-09-13 09:03:55.472582+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a12-7bc8-8c83-8d5544a0fd12', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'dispatched', 'delivered', '2026-09-13 19:41:10.639078+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2a13-7b53-98d8-8e5a883c26bf', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'delivered', 'accepted', '2026-09-14 21:56:20.768573+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b0c-7dbe-98cc-5ca5cbd2331b', '00000000-2b01-7607-bfd0-3cb0ed21b146', NULL, 'draft', '2026-05-19 06:54:11.816626+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b0d-7756-9580-9c2dbfe59653', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'draft', 'sent', '2026-05-19 06:54:11.816626+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b0e-72a2-bfb9-b6e1c321b383', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'sent', 'received', '2026-05-19 08:09:23.143237+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b0f-7aa0-b635-3ce32cab8d3d', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'received', 'placed', '2026-05-19 10:32:44.986392+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b10-78a6-9a49-7b32416c42fa', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'placed', 'invoiced', '2026-05-19 10:43:39.320469+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b11-76a8-be1d-4b74aad23f29', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'invoiced', 'picked', '2026-05-24 12:08:15.733263+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b12-77be-a29a-09ce423d319b', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'picked', 'dispatched', '2026-05-24 16:51:22.705508+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b13-7a7b-8dc4-fad4e7a7b398', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'dispatched', 'delivered', '2026-05-27 16:49:25.157673+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2b14-7f91-8249-3d89319134fa', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'delivered', 'accepted', '2026-05-28 08:03:28.594163+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c0b-7879-a374-d2f13a9982aa', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', NULL, 'draft', '2026-06-18 13:38:54.738523+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c0c-787e-a50c-0673884ab3c1', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'draft', 'sent', '2026-06-18 13:38:54.738523+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c0d-7893-93e2-96e53608c9cd', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'sent', 'received', '2026-06-18 14:07:35.063773+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c0e-79fc-b110-fc7a83db0bd6', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'received', 'placed', '2026-06-18 16:40:26.87054+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c0f-7918-a9c8-ff49cf720bc6', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'placed', 'invoiced', '2026-06-18 18:24:28.297846+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c10-7aa3-ba75-026e9fd97aef', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'invoiced', 'picked', '2026-06-25 16:03:23.020049+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c11-7ed2-95a4-eaf2ca1a86d8', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'picked', 'dispatched', '2026-06-25 21:13:13.161536+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c12-7125-a556-a3ae2bee720f', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'dispatched', 'delivered', '2026-06-26 11:58:58.589246+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2c13-741b-b6ae-1b938f43ceb4', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'delivered', 'accepted', '2026-06-27 01:57:53.981844+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d09-7577-910a-3a6cf8f4f1e6', '00000000-2d01-7c04-a8cd-8535476b8355', NULL, 'draft', '2026-08-03 08:04:18.806132+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0a-7882-bce0-9963f415f03c', '00000000-2d01-7c04-a8cd-8535476b8355', 'draft', 'sent', '2026-08-03 08:04:18.806132+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0b-7830-87fb-8a80f5f8ebfe', '00000000-2d01-7c04-a8cd-8535476b8355', 'sent', 'received', '2026-08-03 08:24:13.11002+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0c-7d95-8de0-f6b5c02198f1', '00000000-2d01-7c04-a8cd-8535476b8355', 'received', 'placed', '2026-08-03 11:48:43.494769+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0d-7ccc-9e3a-46784f0f2b04', '00000000-2d01-7c04-a8cd-8535476b8355', 'placed', 'invoiced', '2026-08-03 12:41:09.22012+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0e-78ab-ba74-d81ea3e1eadc', '00000000-2d01-7c04-a8cd-8535476b8355', 'invoiced', 'picked', '2026-08-03 11:48:43.494769+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d0f-7e7c-9010-e2f84ccaade8', '00000000-2d01-7c04-a8cd-8535476b8355', 'picked', 'dispatched', '2026-08-03 13:57:29.123938+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d10-739b-bbec-381deacc8780', '00000000-2d01-7c04-a8cd-8535476b8355', 'dispatched', 'delivered', '2026-08-04 18:39:11.377653+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2d11-783b-8c46-2c024d11d996', '00000000-2d01-7c04-a8cd-8535476b8355', 'delivered', 'accepted', '2026-08-04 22:46:16.244068+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0a-73cf-9455-42b39c0798bd', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', NULL, 'draft', '2026-03-14 07:59:50.106987+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0b-741d-871c-89b4eda12ecb', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'draft', 'sent', '2026-03-14 07:59:50.106987+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0c-75ae-bd4a-cdaa14d785b7', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'sent', 'received', '2026-03-14 10:00:18.79469+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0d-7bcb-be91-a60060fd8cc9', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'received', 'placed', '2026-03-14 11:50:11.004763+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0e-74e8-8d91-49d97ea4fbc6', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'placed', 'invoiced', '2026-03-14 13:21:01.153482+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e0f-7e73-a983-3b95060a8755', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'invoiced', 'picked', '2026-03-19 21:28:02.502987+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e10-74e9-ba26-05e96049f38c', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'picked', 'dispatched', '2026-03-20 03:26:28.870196+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e11-7fce-b8ca-195a4e01aec7', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'dispatched', 'delivered', '2026-03-21 19:04:44.444163+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2e12-7d1b-ad3e-1b820dbc4dff', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'delivered', 'accepted', '2026-03-22 22:09:44.914282+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0a-7020-b645-2354c2df054b', '00000000-2f01-7b8d-851c-742f89144206', NULL, 'draft', '2026-03-22 00:40:24.822437+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0b-7b7e-bf4a-0ca46ca6101c', '00000000-2f01-7b8d-851c-742f89144206', 'draft', 'sent', '2026-03-22 00:40:24.822437+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0c-73d6-a03c-e3f975c71785', '00000000-2f01-7b8d-851c-742f89144206', 'sent', 'received', '2026-03-22 06:33:28.951939+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0d-75a7-942a-46b7722bcb9d', '00000000-2f01-7b8d-851c-742f89144206', 'received', 'placed', '2026-03-22 10:56:45.97238+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0e-7609-83a3-f65899cc52da', '00000000-2f01-7b8d-851c-742f89144206', 'placed', 'invoiced', '2026-03-22 12:17:17.530409+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f0f-7dd8-af3a-1e62c9b29e16', '00000000-2f01-7b8d-851c-742f89144206', 'invoiced', 'picked', '2026-03-22 10:56:45.97238+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f10-7a10-b668-a09a4a0ade4a', '00000000-2f01-7b8d-851c-742f89144206', 'picked', 'dispatched', '2026-03-22 13:41:18.43334+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f11-7e98-ae27-e404108e3550', '00000000-2f01-7b8d-851c-742f89144206', 'dispatched', 'delivered', '2026-03-23 02:21:08.418869+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-2f12-7c49-8ed6-03103846582e', '00000000-2f01-7b8d-851c-742f89144206', 'delivered', 'accepted', '2026-03-23 06:20:27.766991+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-300c-7928-9ff9-5c0e8d915e6b', '00000000-3001-7801-badf-0a9853290e38', NULL, 'draft', '2026-07-28 06:43:17.749048+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-300d-7bdb-adc8-e6faa5f71d63', '00000000-3001-7801-badf-0a9853290e38', 'draft', 'sent', '2026-07-28 06:43:17.749048+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-300e-7b67-8e24-c2f24fa26d2d', '00000000-3001-7801-badf-0a9853290e38', 'sent', 'received', '2026-07-28 12:21:02.178743+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-300f-77e3-8985-af9f4f955b9f', '00000000-3001-7801-badf-0a9853290e38', 'received', 'placed', '2026-07-28 16:20:48.605446+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3010-7bea-83cc-63cff79a70c1', '00000000-3001-7801-badf-0a9853290e38', 'placed', 'invoiced', '2026-07-28 17:53:00.077675+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3011-70c6-8e37-9d24ecb56df1', '00000000-3001-7801-badf-0a9853290e38', 'invoiced', 'picked', '2026-08-03 04:41:42.216194+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3012-7255-8b57-e72ed17447e7', '00000000-3001-7801-badf-0a9853290e38', 'picked', 'dispatched', '2026-08-03 06:07:17.673048+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3013-7bb5-a51c-a8287c83654d', '00000000-3001-7801-badf-0a9853290e38', 'dispatched', 'delivered', '2026-08-07 17:36:45.284827+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3014-7e56-89dc-c77ba1b3cf0b', '00000000-3001-7801-badf-0a9853290e38', 'delivered', 'accepted', '2026-08-08 15:07:48.214333+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3109-7f43-a351-4267434ff876', '00000000-3101-745d-a8d6-bdf9f5b7acb7', NULL, 'draft', '2026-09-02 04:09:54.883482+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310a-79eb-b228-fb7c86062f33', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'draft', 'sent', '2026-09-02 04:09:54.883482+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310b-72fc-954d-e768021a91e9', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'sent', 'received', '2026-09-02 08:25:04.858479+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310c-7a80-821d-f089f6712dbe', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'received', 'placed', '2026-09-02 08:53:18.578437+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310d-74da-894e-2b56882eee1c', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'placed', 'invoiced', '2026-09-02 09:14:54.694879+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310e-777d-93f5-549c021b9b6d', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'invoiced', 'picked', '2026-09-02 11:46:20.764819+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-310f-762c-94f8-0f22f1e76724', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'picked', 'dispatched', '2026-09-02 16:12:25.784047+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3110-7c43-8391-81539f23008a', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'dispatched', 'delivered', '2026-09-04 00:15:35.41953+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_events VALUES ('00000000-3111-71a6-88ef-4421c4824bba', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'delivered', 'accepted', '2026-09-04 12:10:02.588622+00', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', 'demo', NULL);
INSERT INTO order_lines VALUES ('00000000-0002-76c9-876d-c8cd312622f1', '00000000-0001-7f28-929f-0f1357675247', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 9, 57000, 9);
INSERT INTO order_lines VALUES ('00000000-0003-75b1-b5d9-1342a16d37ca', '00000000-0001-7f28-929f-0f1357675247', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 21, 81100, 21);
INSERT INTO order_lines VALUES ('00000000-0102-7536-8b42-9e2879c8ebb6', '00000000-0101-789c-aaba-a029d4cb7d0b', 1, 'b994a436-2946-4ae9-8249-491fc881722d', 27, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-0103-7e39-ba7c-1b8b2f2595b5', '00000000-0101-789c-aaba-a029d4cb7d0b', 2, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 34, 47300, 34);
INSERT INTO order_lines VALUES ('00000000-0104-7629-8024-f6c2d043eac6', '00000000-0101-789c-aaba-a029d4cb7d0b', 3, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 33, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-0105-78cf-9a7b-4fc40224f6b8', '00000000-0101-789c-aaba-a029d4cb7d0b', 4, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 33, 47300, 33);
INSERT INTO order_lines VALUES ('00000000-0202-729b-b569-6d574bd36a59', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 1, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 31, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-0203-716e-aacb-f49f12ae1710', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 1, 81100, 1);
INSERT INTO order_lines VALUES ('00000000-0204-73ed-9006-4bc78eb9681a', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 3, '9a733f25-191d-4f1e-b21e-959f487c01b5', 29, 81100, 29);
INSERT INTO order_lines VALUES ('00000000-0205-79f2-af97-44129b9cd47f', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 4, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 31, 39400, 31);
INSERT INTO order_lines VALUES ('00000000-0302-7acf-8062-634b0228cb2d', '00000000-0301-7ac4-9356-d063b5a187a8', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 31, 57000, 31);
INSERT INTO order_lines VALUES ('00000000-0402-7204-a125-cefeacced9a1', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 1, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 18, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-0403-7a84-956e-ac364163b797', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 2, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 40, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-0404-7082-9e84-a0a508762aa9', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 3, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 26, 47300, 26);
INSERT INTO order_lines VALUES ('00000000-0405-7839-80fd-92bcde4e45d4', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 4, 'b994a436-2946-4ae9-8249-491fc881722d', 38, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-0502-74be-b9fc-06a0202c3f1a', '00000000-0501-7793-8fc3-438d33279db5', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 2, 29200, 2);
INSERT INTO order_lines VALUES ('00000000-0602-7bf2-be33-0fe4794e03ea', '00000000-0601-7448-a41e-f66624e5caee', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 14, 47300, 14);
INSERT INTO order_lines VALUES ('00000000-0702-71ca-8853-c91aba8101b0', '00000000-0701-7524-b3f0-c3598634cf0b', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 20, 39400, 20);
INSERT INTO order_lines VALUES ('00000000-0703-7845-8e18-b1bc5c076978', '00000000-0701-7524-b3f0-c3598634cf0b', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 21, 81100, 21);
INSERT INTO order_lines VALUES ('00000000-0704-7f6e-9384-7dbd5389c401', '00000000-0701-7524-b3f0-c3598634cf0b', 3, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 32, 29200, 32);
INSERT INTO order_lines VALUES ('00000000-0705-7b5b-8ed0-ba48edcd7696', '00000000-0701-7524-b3f0-c3598634cf0b', 4, 'b994a436-2946-4ae9-8249-491fc881722d', 29, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-0802-770b-ac64-55b6fd185549', '00000000-0801-762f-9ecb-325f48bff3ab', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 30, 4000, 30);
INSERT INTO order_lines VALUES ('00000000-0803-7773-ad3e-8396772b744c', '00000000-0801-762f-9ecb-325f48bff3ab', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 34, 81100, 34);
INSERT INTO order_lines VALUES ('00000000-0804-72bb-967c-71b586b168dc', '00000000-0801-762f-9ecb-325f48bff3ab', 3, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 14, 40300, 14);
INSERT INTO order_lines VALUES ('00000000-0805-7e06-a2ac-9aa401f45801', '00000000-0801-762f-9ecb-325f48bff3ab', 4, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 8, 40300, 8);
INSERT INTO order_lines VALUES ('00000000-0902-723d-8054-3244c2e7ea05', '00000000-0901-7ecd-942d-8f5679965422', 1, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 13, 40300, 13);
INSERT INTO order_lines VALUES ('00000000-0903-7d04-99a9-5219f28c0006', '00000000-0901-7ecd-942d-8f5679965422', 2, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 3, 39400, 3);
INSERT INTO order_lines VALUES ('00000000-0904-723e-b199-00b1a45da831', '00000000-0901-7ecd-942d-8f5679965422', 3, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 30, 57000, 30);
INSERT INTO order_lines VALUES ('00000000-0905-7bcf-8cd3-264ecdb378ee', '00000000-0901-7ecd-942d-8f5679965422', 4, 'bae29ffe-4108-4b3e-9609-44d99148955c', 3, 29700, 3);
INSERT INTO order_lines VALUES ('00000000-0a02-71a8-8169-98d492a7d406', '00000000-0a01-7c8a-b02d-ef071975e01e', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 8, 4000, 8);
INSERT INTO order_lines VALUES ('00000000-0a03-7737-bee7-01c8ced27977', '00000000-0a01-7c8a-b02d-ef071975e01e', 2, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 15, 29200, 15);
INSERT INTO order_lines VALUES ('00000000-0b02-7c04-bdd1-dcb0f0419c5b', '00000000-0b01-7712-8471-51ea7187b3aa', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 23, 81100, 23);
INSERT INTO order_lines VALUES ('00000000-0c02-7355-8b4b-7e42ea3e8284', '00000000-0c01-7693-9d73-585bfe185b55', 1, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 18, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-0c03-78f9-a8ba-cd3313d3515c', '00000000-0c01-7693-9d73-585bfe185b55', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 26, 81100, 26);
INSERT INTO order_lines VALUES ('00000000-0d02-7851-a952-f8a378efeffd', '00000000-0d01-748f-986e-1c9816a9d21d', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 20, 47300, 20);
INSERT INTO order_lines VALUES ('00000000-0e02-78ed-a623-53a596067508', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 20, 39400, 20);
INSERT INTO order_lines VALUES ('00000000-0e03-7d3d-9c70-78b8cd66bba7', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 2, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 34, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-0f02-751b-ba3c-425e413d93b2', '00000000-0f01-783d-9cb0-41122f6bb212', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 37, 29700, 37);
INSERT INTO order_lines VALUES ('00000000-1002-7c3f-962e-634995025306', '00000000-1001-70e2-9bb8-0f0035a00586', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 2, 29200, 2);
INSERT INTO order_lines VALUES ('00000000-1003-7780-bd41-29db90f4dbd3', '00000000-1001-70e2-9bb8-0f0035a00586', 2, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 34, 39400, 34);
INSERT INTO order_lines VALUES ('00000000-1102-7746-9ae2-2bf39af147a4', '00000000-1101-7481-b7f1-2da8ee75f0b2', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 39, 57000, 39);
INSERT INTO order_lines VALUES ('00000000-1103-70e5-9ee9-3c98972b7769', '00000000-1101-7481-b7f1-2da8ee75f0b2', 2, 'b994a436-2946-4ae9-8249-491fc881722d', 10, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-1104-7d53-85a1-a8a865eda967', '00000000-1101-7481-b7f1-2da8ee75f0b2', 3, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 30, 29200, 30);
INSERT INTO order_lines VALUES ('00000000-1105-7756-a4ed-25980173a1da', '00000000-1101-7481-b7f1-2da8ee75f0b2', 4, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 10, 9600, 10);
INSERT INTO order_lines VALUES ('00000000-1202-7aee-b7e9-b410291a8aef', '00000000-1201-7ea4-b8ef-03419a8e79b3', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 16, 47300, 16);
INSERT INTO order_lines VALUES ('00000000-1203-70b8-852b-1c6118c6833b', '00000000-1201-7ea4-b8ef-03419a8e79b3', 2, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 37, 9600, 37);
INSERT INTO order_lines VALUES ('00000000-1204-7ed0-bc55-afbd33727310', '00000000-1201-7ea4-b8ef-03419a8e79b3', 3, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 19, 57000, 19);
INSERT INTO order_lines VALUES ('00000000-1302-7728-b907-a248520151ff', '00000000-1301-7fdc-a661-d614b8723ddf', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 26, 4000, 26);
INSERT INTO order_lines VALUES ('00000000-1303-7bcb-8662-6d3c62143681', '00000000-1301-7fdc-a661-d614b8723ddf', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 17, 81100, 17);
INSERT INTO order_lines VALUES ('00000000-1304-7579-bce0-8ff0853a27eb', '00000000-1301-7fdc-a661-d614b8723ddf', 3, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 33, 47300, 33);
INSERT INTO order_lines VALUES ('00000000-1305-71c9-bb9c-64331eaf0cce', '00000000-1301-7fdc-a661-d614b8723ddf', 4, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 15, 9600, 15);
INSERT INTO order_lines VALUES ('00000000-1402-71c4-9e4b-226fbe9d9ee2', '00000000-1401-777d-8acb-045e74637eba', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 40, 29200, 40);
INSERT INTO order_lines VALUES ('00000000-1502-7a44-8482-8bb6ba862dd9', '00000000-1501-7eb8-a286-8e02880cf45a', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 8, 81100, 8);
INSERT INTO order_lines VALUES ('00000000-1503-7484-8069-08bf9c46ef90', '00000000-1501-7eb8-a286-8e02880cf45a', 2, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 39, 47300, 39);
INSERT INTO order_lines VALUES ('00000000-1504-7739-b423-e58d20ae1d29', '00000000-1501-7eb8-a286-8e02880cf45a', 3, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 27, 9600, 27);
INSERT INTO order_lines VALUES ('00000000-1505-76c0-8d28-71925216fbcd', '00000000-1501-7eb8-a286-8e02880cf45a', 4, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 13, 9600, 13);
INSERT INTO order_lines VALUES ('00000000-1602-7454-91e5-e6756ffd3caf', '00000000-1601-7674-a5cd-48f6dc1f5b61', 1, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 40, 40300, 40);
INSERT INTO order_lines VALUES ('00000000-1603-7f80-98cc-f030c5eaeb5d', '00000000-1601-7674-a5cd-48f6dc1f5b61', 2, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 37, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-1604-79d1-b74a-398cbc7d7092', '00000000-1601-7674-a5cd-48f6dc1f5b61', 3, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 20, 47300, 20);
INSERT INTO order_lines VALUES ('00000000-1605-7771-873f-be6c26e2c419', '00000000-1601-7674-a5cd-48f6dc1f5b61', 4, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 16, 29200, 16);
INSERT INTO order_lines VALUES ('00000000-1702-78db-b039-7e8c40dac4f5', '00000000-1701-78cb-9882-553853ffddc0', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 33, 57000, 0);
INSERT INTO order_lines VALUES ('00000000-1703-7fbf-bce8-627dce48d983', '00000000-1701-78cb-9882-553853ffddc0', 2, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 25, 29200, 0);
INSERT INTO order_lines VALUES ('00000000-1704-71ae-9ca5-df0e0fb71a27', '00000000-1701-78cb-9882-553853ffddc0', 3, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 31, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-1705-720c-aebe-114ad98610d6', '00000000-1701-78cb-9882-553853ffddc0', 4, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 14, 57000, 0);
INSERT INTO order_lines VALUES ('00000000-1802-752a-9df2-1fe71216ae23', '00000000-1801-793d-9ac2-6d26072aa651', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 3, 39400, 3);
INSERT INTO order_lines VALUES ('00000000-1902-710f-976f-887ae532802c', '00000000-1901-7f85-8a37-607086e49d10', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 10, 57000, 10);
INSERT INTO order_lines VALUES ('00000000-1903-75bd-8c04-1438fca41de8', '00000000-1901-7f85-8a37-607086e49d10', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 21, 81100, 21);
INSERT INTO order_lines VALUES ('00000000-1a02-7cdd-a2fc-4ac0666b23e8', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 24, 39400, 24);
INSERT INTO order_lines VALUES ('00000000-1a03-7225-ab02-a956f8de1d84', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 2, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 23, 47300, 23);
INSERT INTO order_lines VALUES ('00000000-1b02-7601-8f10-8858b7db936e', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 9, 47300, 9);
INSERT INTO order_lines VALUES ('00000000-1b03-707c-9b7a-0e1c327fa28c', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 17, 81100, 17);
INSERT INTO order_lines VALUES ('00000000-1c02-75c5-86e9-fc05b77ea5f6', '00000000-1c01-7484-be68-d578caf4deb5', 1, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 17, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-1c03-7995-98b1-a370594958e6', '00000000-1c01-7484-be68-d578caf4deb5', 2, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 8, 4000, 8);
INSERT INTO order_lines VALUES ('00000000-1c04-7b18-938d-4ad98a7fede8', '00000000-1c01-7484-be68-d578caf4deb5', 3, 'bae29ffe-4108-4b3e-9609-44d99148955c', 5, 29700, 5);
INSERT INTO order_lines VALUES ('00000000-1d02-7a71-8a14-ba205a2ec808', '00000000-1d01-7872-9919-028b280eccec', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 9, 29200, 9);
INSERT INTO order_lines VALUES ('00000000-1d03-77e5-ac76-30a3bceb7e42', '00000000-1d01-7872-9919-028b280eccec', 2, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 21, 4000, 21);
INSERT INTO order_lines VALUES ('00000000-1d04-7be5-9727-101af8fe0825', '00000000-1d01-7872-9919-028b280eccec', 3, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 32, 29200, 32);
INSERT INTO order_lines VALUES ('00000000-1d05-778d-a9e0-6beaf2670e31', '00000000-1d01-7872-9919-028b280eccec', 4, '9a733f25-191d-4f1e-b21e-959f487c01b5', 24, 81100, 24);
INSERT INTO order_lines VALUES ('00000000-1e02-7f8d-8277-9413c5b86796', '00000000-1e01-7c77-8db0-aa57d2917268', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 13, 29200, 13);
INSERT INTO order_lines VALUES ('00000000-1e03-76a0-9f0e-3f8ed47d5318', '00000000-1e01-7c77-8db0-aa57d2917268', 2, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 16, 40300, 16);
INSERT INTO order_lines VALUES ('00000000-1e04-753e-90e0-15a067070610', '00000000-1e01-7c77-8db0-aa57d2917268', 3, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 10, 4000, 10);
INSERT INTO order_lines VALUES ('00000000-1f02-764d-9b21-5aa407cd91b9', '00000000-1f01-7271-b89f-8f94b3e58b1c', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 15, 29700, 15);
INSERT INTO order_lines VALUES ('00000000-1f03-794f-9b28-da1be2313cfc', '00000000-1f01-7271-b89f-8f94b3e58b1c', 2, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 8, 29200, 8);
INSERT INTO order_lines VALUES ('00000000-1f04-7171-a7cd-8cf8097b1187', '00000000-1f01-7271-b89f-8f94b3e58b1c', 3, '9a733f25-191d-4f1e-b21e-959f487c01b5', 23, 81100, 23);
INSERT INTO order_lines VALUES ('00000000-2002-781b-b854-752f62ca0565', '00000000-2001-76f0-9604-5a0a8f9d442e', 1, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 27, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-2003-76d6-aef4-c9abc0b225d3', '00000000-2001-76f0-9604-5a0a8f9d442e', 2, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 9, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-2004-7874-b8f7-f4a6e9dc70f9', '00000000-2001-76f0-9604-5a0a8f9d442e', 3, 'bae29ffe-4108-4b3e-9609-44d99148955c', 30, 29700, 30);
INSERT INTO order_lines VALUES ('00000000-2102-7387-ba1e-0d8346a18963', '00000000-2101-7b51-8015-073d18147a43', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 29, 81100, 29);
INSERT INTO order_lines VALUES ('00000000-2103-76fd-b2d4-b25d4cf9a28f', '00000000-2101-7b51-8015-073d18147a43', 2, 'bae29ffe-4108-4b3e-9609-44d99148955c', 19, 29700, 19);
INSERT INTO order_lines VALUES ('00000000-2202-782d-914d-575ff40bbdfa', '00000000-2201-72d4-8157-f18929650261', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 30, 4000, 30);
INSERT INTO order_lines VALUES ('00000000-2203-7931-b4b5-e159688cc043', '00000000-2201-72d4-8157-f18929650261', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 20, 81100, 20);
INSERT INTO order_lines VALUES ('00000000-2204-73bd-b0e6-18b3d39aeda4', '00000000-2201-72d4-8157-f18929650261', 3, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 4, 47300, 4);
INSERT INTO order_lines VALUES ('00000000-2205-79d7-b29e-81afb752c3d4', '00000000-2201-72d4-8157-f18929650261', 4, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 16, 47300, 16);
INSERT INTO order_lines VALUES ('00000000-2302-774d-ab5e-3fb424f4c70e', '00000000-2301-75b9-a014-adf79a00c2e9', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 13, 4000, 13);
INSERT INTO order_lines VALUES ('00000000-2402-71cd-8d81-5112d4a13a84', '00000000-2401-7b65-b27c-fcf187232e5e', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 16, 29700, 16);
INSERT INTO order_lines VALUES ('00000000-2403-793d-ac09-830525cf8460', '00000000-2401-7b65-b27c-fcf187232e5e', 2, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 32, 40300, 32);
INSERT INTO order_lines VALUES ('00000000-2404-7d26-a63d-1bde696cecfd', '00000000-2401-7b65-b27c-fcf187232e5e', 3, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 7, 9600, 7);
INSERT INTO order_lines VALUES ('00000000-2502-7441-9ecc-2532c05ee86b', '00000000-2501-774a-b7c9-5a39d31217e5', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 11, 29700, 11);
INSERT INTO order_lines VALUES ('00000000-2503-7f0e-ba1b-bb75f37e365c', '00000000-2501-774a-b7c9-5a39d31217e5', 2, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 37, 4000, 37);
INSERT INTO order_lines VALUES ('00000000-2504-7049-8e5f-f8cc7ccdac1a', '00000000-2501-774a-b7c9-5a39d31217e5', 3, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 21, 47300, 21);
INSERT INTO order_lines VALUES ('00000000-2602-773b-8e5d-ce082202e952', '00000000-2601-7a45-b39a-74065a25dc0f', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 9, 29700, 9);
INSERT INTO order_lines VALUES ('00000000-2603-7a8f-b4b8-fba8bca72686', '00000000-2601-7a45-b39a-74065a25dc0f', 2, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 28, 9600, 28);
INSERT INTO order_lines VALUES ('00000000-2604-759e-894f-173efb54ad92', '00000000-2601-7a45-b39a-74065a25dc0f', 3, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 9, 29200, 9);
INSERT INTO order_lines VALUES ('00000000-2702-7d85-a431-022fa0c6d1eb', '00000000-2701-7b9a-8246-154031a3ffc9', 1, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 29, 9600, 29);
INSERT INTO order_lines VALUES ('00000000-2703-72bb-8f5e-61a75c7cebd5', '00000000-2701-7b9a-8246-154031a3ffc9', 2, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 17, 39400, 17);
INSERT INTO order_lines VALUES ('00000000-2802-7edc-84bf-bde2e1633f29', '00000000-2801-7d50-aeef-e778c0b022bd', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 16, 81100, 16);
INSERT INTO order_lines VALUES ('00000000-2803-763c-90a6-dd155eb35667', '00000000-2801-7d50-aeef-e778c0b022bd', 2, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 19, 39400, 19);
INSERT INTO order_lines VALUES ('00000000-2804-7676-9dbe-d8c26e87878d', '00000000-2801-7d50-aeef-e778c0b022bd', 3, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 17, 29200, 17);
INSERT INTO order_lines VALUES ('00000000-2805-7bb6-9203-c57f8da2660a', '00000000-2801-7d50-aeef-e778c0b022bd', 4, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 26, 9600, 26);
INSERT INTO order_lines VALUES ('00000000-2902-76c1-a680-938559bb5821', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 1, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 3, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-2903-7290-8b5a-8451a11ec04d', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 2, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 25, 57000, 25);
INSERT INTO order_lines VALUES ('00000000-2904-77c5-ba93-c1ed4ba5155c', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 3, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 9, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-2a02-7d70-9299-445688b5b8de', '00000000-2a01-729b-b1ed-fef872b6e0c1', 1, 'b994a436-2946-4ae9-8249-491fc881722d', 30, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-2a03-7457-ba2a-9c4e4fe67e87', '00000000-2a01-729b-b1ed-fef872b6e0c1', 2, 'bae29ffe-4108-4b3e-9609-44d99148955c', 33, 29700, 33);
INSERT INTO order_lines VALUES ('00000000-2a04-7779-82d0-d180e5ef8471', '00000000-2a01-729b-b1ed-fef872b6e0c1', 3, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 2, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-2b02-7857-8f8a-d8d9fe54e448', '00000000-2b01-7607-bfd0-3cb0ed21b146', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1, 57000, 1);
INSERT INTO order_lines VALUES ('00000000-2b03-7676-b98e-8871401bd083', '00000000-2b01-7607-bfd0-3cb0ed21b146', 2, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 36, 29200, 36);
INSERT INTO order_lines VALUES ('00000000-2b04-75c5-b337-7c3f9e306319', '00000000-2b01-7607-bfd0-3cb0ed21b146', 3, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 39, 4000, 39);
INSERT INTO order_lines VALUES ('00000000-2b05-7574-8821-c3f08f142fd4', '00000000-2b01-7607-bfd0-3cb0ed21b146', 4, 'b994a436-2946-4ae9-8249-491fc881722d', 9, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-2c02-7927-b451-afb5911eb6b0', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 24, 81100, 24);
INSERT INTO order_lines VALUES ('00000000-2c03-73cf-b169-17fa8a2555f3', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 2, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 32, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-2c04-7515-88eb-9f4f9432e4e4', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 3, 'b994a436-2946-4ae9-8249-491fc881722d', 36, 58100, 0);
INSERT INTO order_lines VALUES ('00000000-2d02-7742-828c-3753de96793e', '00000000-2d01-7c04-a8cd-8535476b8355', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 7, 39400, 7);
INSERT INTO order_lines VALUES ('00000000-2e02-7481-9769-8a6ad3dc19be', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 17, 39400, 17);
INSERT INTO order_lines VALUES ('00000000-2e03-7207-8bb2-59349facb29f', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 2, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 19, 60500, 0);
INSERT INTO order_lines VALUES ('00000000-2f02-7ab8-b2cb-6369a6399bce', '00000000-2f01-7b8d-851c-742f89144206', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 12, 47300, 12);
INSERT INTO order_lines VALUES ('00000000-2f03-7218-a016-9cf1e0598ca1', '00000000-2f01-7b8d-851c-742f89144206', 2, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 27, 39400, 27);
INSERT INTO order_lines VALUES ('00000000-3002-7a09-b2cb-bc9d5dd575c1', '00000000-3001-7801-badf-0a9853290e38', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 2, 39400, 2);
INSERT INTO order_lines VALUES ('00000000-3003-7dd2-a628-5323fc12d41a', '00000000-3001-7801-badf-0a9853290e38', 2, '9a733f25-191d-4f1e-b21e-959f487c01b5', 40, 81100, 40);
INSERT INTO order_lines VALUES ('00000000-3004-787b-8e34-7d86de2eb55f', '00000000-3001-7801-badf-0a9853290e38', 3, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 40, 78900, 0);
INSERT INTO order_lines VALUES ('00000000-3005-7f11-9e37-120d621e3ee8', '00000000-3001-7801-badf-0a9853290e38', 4, '9a733f25-191d-4f1e-b21e-959f487c01b5', 7, 81100, 7);
INSERT INTO order_lines VALUES ('00000000-3102-7d05-bcfa-000aea1fc47e', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 9, 81100, 9);
INSERT INTO orders VALUES ('00000000-0001-7f28-929f-0f1357675247', 1, 'ORD-DEMO-0000001', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'phone', 'accepted', 'high', 2, 'UAH', 2216100, 2, NULL, NULL, NULL, '2026-01-18', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-01-12 13:19:57.971506+00', '2026-01-13 12:43:42.83088+00', '2026-01-12 13:19:57.971506+00', '2026-01-12 14:40:56.210755+00', '2026-01-12', '2026-01-12 15:34:21.554071+00', '2026-01-12 15:48:41.241852+00', '2026-01-12 15:34:21.554071+00', '2026-01-12 21:21:33.408349+00', '2026-01-13 12:43:42.83088+00', '2026-01-14 09:33:08.935629+00', NULL, NULL, false, true, '2026-01-13', true, 6, 1, 79366, 159191, 0, 0, 0, 3, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-0101-789c-aaba-a029d4cb7d0b', 1, 'ORD-DEMO-0000002', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'email', 'delivered', 'urgent', 3, 'UAH', 7341500, 4, NULL, NULL, NULL, '2026-09-15', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-04 12:58:53.561062+00', '2026-09-14 19:16:06.237173+00', '2026-09-04 12:58:53.561062+00', '2026-09-04 14:52:02.389971+00', '2026-09-04', '2026-09-04 15:14:52.477444+00', '2026-09-04 16:18:29.474625+00', '2026-09-11 05:03:33.779429+00', '2026-09-11 06:54:39.281092+00', '2026-09-14 19:16:06.237173+00', NULL, NULL, NULL, false, true, '2026-09-14', true, 11, 10, 879844, NULL, 106001, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0201-7df2-8e7c-d5ecaff5ce95', 1, 'ORD-DEMO-0000003', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 5529900, 4, NULL, NULL, NULL, '2026-07-02', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-20 03:54:21.336996+00', '2026-07-04 18:28:10.51095+00', '2026-06-20 03:54:21.336996+00', '2026-06-20 06:49:18.160475+00', '2026-06-20', '2026-06-20 09:37:34.251059+00', '2026-06-20 10:21:06.277096+00', '2026-07-01 19:45:50.982053+00', '2026-07-01 23:55:45.151836+00', '2026-07-04 18:28:10.51095+00', '2026-07-05 10:09:53.106123+00', NULL, NULL, false, true, '2026-07-04', false, 12, 14, 1251532, 1318532, 97104, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0301-7ac4-9356-d063b5a187a8', 1, 'ORD-DEMO-0000004', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'api', 'accepted', 'low', 0, 'UAH', 1767000, 1, NULL, NULL, NULL, '2025-12-26', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2025-12-19 01:39:13.345955+00', '2025-12-22 18:03:49.874521+00', '2025-12-19 01:39:13.345955+00', '2025-12-19 06:02:03.631249+00', '2025-12-19', '2025-12-19 06:57:31.602214+00', '2025-12-19 08:45:35.986319+00', '2025-12-19 06:57:31.602214+00', '2025-12-19 12:41:47.649609+00', '2025-12-22 18:03:49.874521+00', '2025-12-23 10:29:57.292948+00', NULL, NULL, false, true, '2025-12-22', true, 7, 3, 302506, 377444, 0, 0, 0, 4, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-0401-7d4c-b4ee-641c3a7f13ea', 1, 'ORD-DEMO-0000005', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'other', 'accepted', 'high', 2, 'UAH', 8013800, 4, NULL, NULL, NULL, '2026-11-01', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-21 08:43:26.984687+00', '2026-11-02 12:55:47.907907+00', '2026-10-21 08:43:26.984687+00', '2026-10-21 14:32:32.467388+00', '2026-10-21', '2026-10-21 18:52:24.657224+00', '2026-10-21 19:39:10.40711+00', '2026-10-29 19:20:02.860846+00', '2026-10-29 22:18:30.724759+00', '2026-11-02 12:55:47.907907+00', '2026-11-02 13:47:00.44407+00', NULL, NULL, false, true, '2026-11-02', false, 11, 12, 1030995, 1055014, 0, 0, 0, 2, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0501-7793-8fc3-438d33279db5', 1, 'ORD-DEMO-0000006', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'phone', 'accepted', 'high', 2, 'UAH', 58400, 1, NULL, NULL, NULL, '2026-02-17', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-02-12 04:32:28.919823+00', '2026-02-16 17:13:34.356133+00', '2026-02-12 04:32:28.919823+00', '2026-02-12 06:59:18.301775+00', '2026-02-12', '2026-02-12 08:16:46.987726+00', '2026-02-12 09:11:09.508235+00', '2026-02-12 17:03:25.226418+00', '2026-02-12 22:16:48.408686+00', '2026-02-16 17:13:34.356133+00', '2026-02-17 13:41:03.552911+00', NULL, NULL, false, true, '2026-02-16', true, 5, 4, 382456, 464915, 31599, 0, 0, 5, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-0601-7448-a41e-f66624e5caee', 1, 'ORD-DEMO-0000007', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'email', 'accepted', 'low', 0, 'UAH', 662200, 1, NULL, NULL, NULL, '2026-11-27', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-20 04:25:43.613382+00', '2026-11-24 11:27:38.945939+00', '2026-11-20 04:25:43.613382+00', '2026-11-20 08:27:05.40002+00', '2026-11-20', '2026-11-20 13:33:40.264666+00', '2026-11-20 14:11:05.397763+00', '2026-11-20 13:33:40.264666+00', '2026-11-20 18:46:58.056003+00', '2026-11-24 11:27:38.945939+00', '2026-11-25 00:15:10.56064+00', NULL, NULL, false, true, '2026-11-24', true, 7, 4, 356433, 416967, 0, 0, 0, 4, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-0701-7524-b3f0-c3598634cf0b', 1, 'ORD-DEMO-0000008', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'cabinet', 'delivered', 'high', 2, 'UAH', 5110400, 4, NULL, NULL, NULL, '2026-06-19', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-08 01:09:04.606114+00', '2026-06-13 14:18:57.011302+00', '2026-06-08 01:09:04.606114+00', '2026-06-08 06:31:43.214212+00', '2026-06-08', '2026-06-08 22:29:08.702613+00', '2026-06-08 23:15:21.969122+00', '2026-06-11 08:23:13.266012+00', '2026-06-11 10:19:10.765711+00', '2026-06-13 14:18:57.011302+00', NULL, NULL, NULL, false, true, '2026-06-13', true, 11, 5, 460034, NULL, 49371, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0801-762f-9ecb-325f48bff3ab', 1, 'ORD-DEMO-0000009', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'api', 'accepted', 'low', 0, 'UAH', 3764000, 4, NULL, NULL, NULL, '2026-06-05', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-01 04:38:04.431203+00', '2026-06-02 16:09:32.354974+00', '2026-06-01 04:38:04.431203+00', '2026-06-01 05:17:42.957262+00', '2026-06-01', '2026-06-01 10:13:41.65184+00', '2026-06-01 10:31:30.872337+00', '2026-06-01 10:13:41.65184+00', '2026-06-01 11:39:23.891008+00', '2026-06-02 16:09:32.354974+00', '2026-06-03 17:52:51.383874+00', NULL, NULL, false, true, '2026-06-02', true, 4, 1, 125510, 220487, 0, 0, 0, NULL, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-0901-7ecd-942d-8f5679965422', 1, 'ORD-DEMO-0000010', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'other', 'accepted', 'normal', 1, 'UAH', 2441200, 4, NULL, NULL, NULL, '2026-10-17', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-12 09:44:42.473167+00', '2026-10-16 03:32:29.500103+00', '2026-10-12 09:44:42.473167+00', '2026-10-12 14:53:28.06394+00', '2026-10-12', '2026-10-12 17:47:37.922536+00', '2026-10-12 19:13:06.170936+00', '2026-10-12 17:47:37.922536+00', '2026-10-12 19:50:10.627188+00', '2026-10-16 03:32:29.500103+00', '2026-10-16 20:21:01.944074+00', NULL, NULL, false, true, '2026-10-16', true, 5, 4, 304741, 383779, 0, 0, 0, 3, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-0a01-7c8a-b02d-ef071975e01e', 1, 'ORD-DEMO-0000011', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'phone', 'accepted', 'normal', 1, 'UAH', 470000, 2, NULL, NULL, NULL, '2026-06-01', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-05-29 09:00:28.903791+00', '2026-05-31 23:16:02.872011+00', '2026-05-29 09:00:28.903791+00', '2026-05-29 14:06:53.51417+00', '2026-05-29', '2026-05-29 17:36:52.722917+00', '2026-05-29 19:19:26.188378+00', '2026-05-29 17:36:52.722917+00', '2026-05-29 20:08:18.442073+00', '2026-05-31 23:16:02.872011+00', '2026-06-01 16:33:04.589021+00', NULL, NULL, false, true, '2026-06-01', true, 3, 3, 205749, 286356, 0, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0b01-7712-8471-51ea7187b3aa', 1, 'ORD-DEMO-0000012', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'email', 'accepted', 'normal', 1, 'UAH', 1865300, 1, NULL, NULL, NULL, '2026-07-03', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-27 02:05:27.083418+00', '2026-06-28 08:17:46.403297+00', '2026-06-27 02:05:27.083418+00', '2026-06-27 06:09:32.30891+00', '2026-06-27', '2026-06-27 07:05:36.216389+00', '2026-06-27 07:19:10.092343+00', '2026-06-27 07:05:36.216389+00', '2026-06-27 10:55:04.164369+00', '2026-06-28 08:17:46.403297+00', '2026-06-29 02:55:00.779756+00', NULL, NULL, false, true, '2026-06-28', true, 6, 1, 94094, 175773, 0, 0, 0, NULL, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-0c01-7693-9d73-585bfe185b55', 1, 'ORD-DEMO-0000013', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 3197600, 2, NULL, NULL, NULL, '2026-09-27', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-13 08:06:48.902098+00', '2026-09-18 01:58:52.361107+00', '2026-09-13 08:06:48.902098+00', '2026-09-13 11:00:20.810268+00', '2026-09-13', '2026-09-13 15:51:18.364658+00', '2026-09-13 17:21:34.128526+00', '2026-09-16 22:19:49.979616+00', '2026-09-16 23:21:07.074713+00', '2026-09-18 01:58:52.361107+00', '2026-09-18 19:26:51.074029+00', NULL, NULL, false, true, '2026-09-18', true, 14, 5, 399512, 472803, 28048, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0d01-748f-986e-1c9816a9d21d', 1, 'ORD-DEMO-0000014', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'api', 'accepted', 'normal', 1, 'UAH', 946000, 1, NULL, NULL, NULL, '2026-07-16', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-10 07:47:05.362585+00', '2026-07-11 19:48:54.744889+00', '2026-07-10 07:47:05.362585+00', '2026-07-10 09:13:47.389412+00', '2026-07-10', '2026-07-11 04:57:06.427071+00', '2026-07-11 05:40:19.478825+00', '2026-07-11 04:57:06.427071+00', '2026-07-11 07:06:08.783736+00', '2026-07-11 19:48:54.744889+00', '2026-07-12 13:13:04.81228+00', NULL, NULL, false, true, '2026-07-11', true, 6, 1, 124507, 192359, 66193, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0e01-7b19-8e95-b6f9f6e46c45', 1, 'ORD-DEMO-0000015', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'other', 'accepted', 'high', 2, 'UAH', 2845000, 2, NULL, NULL, NULL, '2026-04-05', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-23 13:02:12.44063+00', '2026-03-31 17:03:08.721594+00', '2026-03-23 13:02:12.44063+00', '2026-03-23 13:19:55.089346+00', '2026-03-23', '2026-03-23 13:39:07.966597+00', '2026-03-23 15:37:34.527416+00', '2026-03-30 02:32:53.505233+00', '2026-03-30 05:01:25.00071+00', '2026-03-31 17:03:08.721594+00', '2026-04-01 02:09:29.328653+00', NULL, NULL, false, true, '2026-03-31', true, 13, 8, 704593, 738437, 0, 0, 0, 5, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-0f01-783d-9cb0-41122f6bb212', 1, 'ORD-DEMO-0000016', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'phone', 'accepted', 'low', 0, 'UAH', 1098900, 1, NULL, NULL, NULL, '2026-11-22', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-16 11:25:09.709057+00', '2026-11-18 10:25:57.410071+00', '2026-11-16 11:25:09.709057+00', '2026-11-16 14:59:39.752942+00', '2026-11-16', '2026-11-16 22:20:04.378285+00', '2026-11-16 23:11:30.641799+00', '2026-11-17 16:54:04.72318+00', '2026-11-17 18:50:26.511379+00', '2026-11-18 10:25:57.410071+00', '2026-11-18 17:40:51.982345+00', NULL, NULL, false, true, '2026-11-18', true, 6, 2, 156378, 195342, 78631, 0, 0, NULL, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1001-70e2-9bb8-0f0035a00586', 1, 'ORD-DEMO-0000017', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'email', 'accepted', 'high', 2, 'UAH', 1398000, 2, NULL, NULL, NULL, '2026-09-05', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-01 11:24:25.553829+00', '2026-09-02 08:21:39.589468+00', '2026-09-01 11:24:25.553829+00', '2026-09-01 12:54:25.755788+00', '2026-09-01', '2026-09-01 15:59:31.212407+00', '2026-09-01 16:57:36.571404+00', '2026-09-01 15:59:31.212407+00', '2026-09-01 20:34:12.933649+00', '2026-09-02 08:21:39.589468+00', '2026-09-03 05:10:51.007432+00', NULL, NULL, false, true, '2026-09-02', true, 4, 1, 70034, 150386, 0, 0, 0, 4, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1101-7481-b7f1-2da8ee75f0b2', 1, 'ORD-DEMO-0000018', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 3776000, 4, NULL, NULL, NULL, '2026-07-03', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-21 06:42:27.101339+00', '2026-06-27 23:30:55.706626+00', '2026-06-21 06:42:27.101339+00', '2026-06-21 07:34:21.648481+00', '2026-06-21', '2026-06-21 12:33:42.445313+00', '2026-06-21 13:51:52.789254+00', '2026-06-24 23:34:22.369517+00', '2026-06-25 04:08:49.52648+00', '2026-06-27 23:30:55.706626+00', '2026-06-28 21:10:51.961436+00', NULL, NULL, false, true, '2026-06-28', true, 12, 7, 575794, 656904, 0, 0, 1, 2, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1201-7ea4-b8ef-03419a8e79b3', 1, 'ORD-DEMO-0000019', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'api', 'accepted', 'normal', 1, 'UAH', 2195000, 3, NULL, NULL, NULL, '2026-09-28', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-24 12:20:36.400659+00', '2026-09-27 08:02:41.028385+00', '2026-09-24 12:20:36.400659+00', '2026-09-24 14:25:13.441108+00', '2026-09-24', '2026-09-24 16:03:17.832542+00', '2026-09-24 16:52:43.981086+00', '2026-09-25 00:24:27.495888+00', '2026-09-25 03:59:27.733765+00', '2026-09-27 08:02:41.028385+00', '2026-09-28 05:35:14.992186+00', NULL, NULL, false, true, '2026-09-27', true, 4, 3, 236248, 321278, 30070, 0, 0, NULL, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1301-7fdc-a661-d614b8723ddf', 1, 'ORD-DEMO-0000020', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'other', 'accepted', 'urgent', 3, 'UAH', 3187600, 4, NULL, NULL, NULL, '2026-07-20', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-15 10:45:59.565573+00', '2026-07-20 02:31:58.834272+00', '2026-07-15 10:45:59.565573+00', '2026-07-15 14:47:01.537586+00', '2026-07-15', '2026-07-15 18:48:37.590183+00', '2026-07-15 18:57:31.234305+00', '2026-07-16 06:43:17.78867+00', '2026-07-16 09:38:43.990361+00', '2026-07-20 02:31:58.834272+00', '2026-07-20 09:11:37.31131+00', NULL, NULL, false, true, '2026-07-20', true, 5, 5, 387897, 426338, 42880, 0, 0, 4, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1401-777d-8acb-045e74637eba', 1, 'ORD-DEMO-0000021', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'phone', 'accepted', 'low', 0, 'UAH', 1168000, 1, NULL, NULL, NULL, '2026-01-02', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2025-12-29 13:38:55.429227+00', '2026-01-03 06:49:59.370014+00', '2025-12-29 13:38:55.429227+00', '2025-12-29 13:55:39.692783+00', '2025-12-29', '2025-12-29 19:05:18.971654+00', '2025-12-29 20:36:26.694163+00', '2025-12-29 19:05:18.971654+00', '2025-12-29 23:04:53.661615+00', '2026-01-03 06:49:59.370014+00', '2026-01-04 00:53:39.990034+00', NULL, NULL, false, true, '2026-01-03', false, 4, 5, 406460, 472484, 0, 0, 0, 3, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-1501-7eb8-a286-8e02880cf45a', 1, 'ORD-DEMO-0000022', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'email', 'accepted', 'high', 2, 'UAH', 2877500, 4, NULL, NULL, NULL, '2026-04-06', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-04-01 13:36:38.946939+00', '2026-04-06 11:05:22.943149+00', '2026-04-01 13:36:38.946939+00', '2026-04-01 13:40:07.604062+00', '2026-04-01', '2026-04-02 08:56:37.887107+00', '2026-04-02 09:29:44.269446+00', '2026-04-02 08:56:37.887107+00', '2026-04-02 13:31:59.811507+00', '2026-04-06 11:05:22.943149+00', '2026-04-06 22:42:07.201135+00', NULL, NULL, false, true, '2026-04-06', true, 5, 5, 422715, 464729, 62775, 0, 0, NULL, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1601-7674-a5cd-48f6dc1f5b61', 1, 'ORD-DEMO-0000023', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 5944500, 4, NULL, NULL, NULL, '2026-04-12', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-29 07:58:04.105556+00', '2026-04-10 07:44:12.747252+00', '2026-03-29 07:58:04.105556+00', '2026-03-29 12:32:18.119193+00', '2026-03-29', '2026-03-29 22:29:06.367056+00', '2026-03-29 23:47:42.811404+00', '2026-04-06 04:36:35.218738+00', '2026-04-06 05:39:42.275236+00', '2026-04-10 07:44:12.747252+00', '2026-04-11 05:27:24.648981+00', NULL, NULL, false, true, '2026-04-10', true, 14, 12, 1019514, 1114160, 104447, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1701-78cb-9882-553853ffddc0', 1, 'ORD-DEMO-0000024', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'api', 'cancelled', 'normal', 1, 'UAH', 5854900, 4, NULL, NULL, NULL, '2026-07-15', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-03 10:33:17.932755+00', '2026-07-03 12:35:42.609453+00', '2026-07-03 10:33:17.932755+00', '2026-07-03 12:35:42.609453+00', '2026-07-03', NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-06 04:32:44.901818+00', 'Client withdrew the order', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1801-793d-9ac2-6d26072aa651', 1, 'ORD-DEMO-0000025', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'other', 'accepted', 'normal', 1, 'UAH', 118200, 1, NULL, NULL, NULL, '2026-05-19', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-05-15 11:41:32.622956+00', '2026-05-19 04:39:17.225648+00', '2026-05-15 11:41:32.622956+00', '2026-05-15 12:05:54.303007+00', '2026-05-15', '2026-05-15 15:35:28.719126+00', '2026-05-15 16:15:53.565549+00', '2026-05-15 15:35:28.719126+00', '2026-05-15 20:23:58.172621+00', '2026-05-19 04:39:17.225648+00', '2026-05-19 09:25:29.117581+00', NULL, NULL, false, true, '2026-05-19', true, 4, 4, 318803, 337437, 0, 0, 0, 5, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1901-7f85-8a37-607086e49d10', 1, 'ORD-DEMO-0000026', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'phone', 'accepted', 'urgent', 3, 'UAH', 2273100, 2, NULL, NULL, NULL, '2026-01-20', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-01-16 09:10:42.739963+00', '2026-01-18 10:09:25.552873+00', '2026-01-16 09:10:42.739963+00', '2026-01-16 11:42:42.812928+00', '2026-01-16', '2026-01-16 15:14:24.761619+00', '2026-01-16 15:54:10.372472+00', '2026-01-16 18:39:58.458988+00', '2026-01-16 23:26:07.972804+00', '2026-01-18 10:09:25.552873+00', '2026-01-19 15:11:35.321909+00', NULL, NULL, false, true, '2026-01-18', true, 4, 2, 167203, 280853, 12334, 0, 0, 3, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1a01-7ad9-a7a8-f1dc852766c1', 1, 'ORD-DEMO-0000027', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'email', 'accepted', 'high', 2, 'UAH', 2033500, 2, NULL, NULL, NULL, '2026-07-10', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-04 02:01:40.973347+00', '2026-07-07 16:04:20.410418+00', '2026-07-04 02:01:40.973347+00', '2026-07-04 07:51:57.12558+00', '2026-07-04', '2026-07-04 09:55:26.040699+00', '2026-07-04 10:35:40.410062+00', '2026-07-04 11:10:50.083785+00', '2026-07-04 14:21:33.803177+00', '2026-07-07 16:04:20.410418+00', '2026-07-08 12:26:53.830436+00', NULL, NULL, false, true, '2026-07-07', true, 6, 3, 288743, 383113, 4524, 0, 0, NULL, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-1b01-7a3b-856e-b54fbf8e28f5', 1, 'ORD-DEMO-0000028', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'cabinet', 'accepted', 'urgent', 3, 'UAH', 1804400, 2, NULL, NULL, NULL, '2026-10-16', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-12 09:02:16.007566+00', '2026-10-16 00:08:50.644069+00', '2026-10-12 09:02:16.007566+00', '2026-10-12 12:21:34.493497+00', '2026-10-12', '2026-10-12 17:37:29.730556+00', '2026-10-12 19:27:58.542925+00', '2026-10-12 17:37:29.730556+00', '2026-10-12 22:53:19.877746+00', '2026-10-16 00:08:50.644069+00', '2026-10-17 03:25:59.508812+00', NULL, NULL, false, true, '2026-10-16', true, 4, 4, 301636, 411823, 0, 0, 0, 4, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1c01-7484-be68-d578caf4deb5', 1, 'ORD-DEMO-0000029', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'api', 'accepted', 'low', 0, 'UAH', 1209000, 3, NULL, NULL, NULL, '2026-04-21', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-04-11 06:12:01.347751+00', '2026-04-23 01:43:15.80756+00', '2026-04-11 06:12:01.347751+00', '2026-04-11 10:07:16.311346+00', '2026-04-11', '2026-04-11 11:05:01.231316+00', '2026-04-11 11:37:09.457204+00', '2026-04-19 11:37:33.189002+00', '2026-04-19 15:29:56.797602+00', '2026-04-23 01:43:15.80756+00', '2026-04-24 03:25:56.175222+00', NULL, NULL, false, true, '2026-04-23', false, 10, 12, 1006559, 1113235, 116451, 0, 0, 3, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-1d01-7872-9919-028b280eccec', 1, 'ORD-DEMO-0000030', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'other', 'accepted', 'high', 2, 'UAH', 3227600, 4, NULL, NULL, NULL, '2026-03-18', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-15 05:40:20.39849+00', '2026-03-19 23:07:53.583148+00', '2026-03-15 05:40:20.39849+00', '2026-03-15 11:00:33.814598+00', '2026-03-15', '2026-03-15 12:10:17.639444+00', '2026-03-15 13:18:41.932218+00', '2026-03-15 17:38:05.322876+00', '2026-03-15 23:28:58.861996+00', '2026-03-19 23:07:53.583148+00', '2026-03-20 09:13:04.98606+00', NULL, NULL, false, true, '2026-03-20', false, 3, 5, 389240, 444764, 19668, 0, 0, 2, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-1e01-7c77-8db0-aa57d2917268', 1, 'ORD-DEMO-0000031', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'phone', 'accepted', 'normal', 1, 'UAH', 1064400, 3, NULL, NULL, NULL, '2025-12-21', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2025-12-15 06:32:11.673964+00', '2025-12-19 18:04:02.610832+00', '2025-12-15 06:32:11.673964+00', '2025-12-15 12:11:21.100527+00', '2025-12-15', '2025-12-16 08:58:43.929074+00', '2025-12-16 10:37:50.798494+00', '2025-12-16 14:50:33.583796+00', '2025-12-16 20:17:46.466455+00', '2025-12-19 18:04:02.610832+00', '2025-12-20 11:18:02.728774+00', NULL, NULL, false, true, '2025-12-19', true, 6, 4, 366761, 449151, 81262, 0, 0, 5, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-1f01-7271-b89f-8f94b3e58b1c', 1, 'ORD-DEMO-0000032', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'email', 'dispatched', 'urgent', 3, 'UAH', 2544400, 3, NULL, NULL, NULL, '2026-12-07', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-30 09:57:18.667191+00', '2026-11-30 11:51:00.312775+00', '2026-11-30 09:57:18.667191+00', '2026-11-30 11:51:00.312775+00', '2026-11-30', '2026-12-01 01:17:02.954445+00', '2026-12-01 02:18:07.093056+00', '2026-12-01 01:17:02.954445+00', '2026-12-01 03:46:03.251159+00', NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2001-76f0-9604-5a0a8f9d442e', 1, 'ORD-DEMO-0000033', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 3234600, 3, NULL, NULL, NULL, '2026-11-01', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-19 09:39:55.006918+00', '2026-10-24 07:48:38.958404+00', '2026-10-19 09:39:55.006918+00', '2026-10-19 10:06:49.229183+00', '2026-10-19', '2026-10-19 11:39:35.543034+00', '2026-10-19 12:00:56.890861+00', '2026-10-23 09:49:54.008181+00', '2026-10-23 11:43:17.894653+00', '2026-10-24 07:48:38.958404+00', '2026-10-25 00:55:09.865919+00', NULL, NULL, false, true, '2026-10-24', true, 13, 5, 423709, 486914, 85637, 0, 0, 4, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2101-7b51-8015-073d18147a43', 1, 'ORD-DEMO-0000034', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'api', 'accepted', 'normal', 1, 'UAH', 2916200, 2, NULL, NULL, NULL, '2026-10-19', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-16 11:33:39.00626+00', '2026-10-20 11:50:08.742974+00', '2026-10-16 11:33:39.00626+00', '2026-10-16 13:22:29.338743+00', '2026-10-16', '2026-10-16 18:15:24.774863+00', '2026-10-16 19:06:34.158011+00', '2026-10-17 01:05:31.551871+00', '2026-10-17 02:41:10.095113+00', '2026-10-20 11:50:08.742974+00', '2026-10-20 22:30:46.086373+00', NULL, NULL, false, true, '2026-10-20', false, 3, 4, 340059, 385027, 24607, 0, 0, NULL, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-2201-72d4-8157-f18929650261', 1, 'ORD-DEMO-0000035', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'other', 'accepted', 'normal', 1, 'UAH', 2688000, 4, NULL, NULL, NULL, '2026-10-24', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-20 05:39:06.769641+00', '2026-10-24 13:55:42.754611+00', '2026-10-20 05:39:06.769641+00', '2026-10-20 09:54:41.634447+00', '2026-10-20', '2026-10-20 13:20:25.68896+00', '2026-10-20 15:10:28.782946+00', '2026-10-21 01:04:07.072302+00', '2026-10-21 03:51:09.680202+00', '2026-10-24 13:55:42.754611+00', '2026-10-24 18:44:58.645+00', NULL, NULL, false, true, '2026-10-24', true, 4, 4, 360061, 392752, 42222, 0, 0, 5, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2301-75b9-a014-adf79a00c2e9', 1, 'ORD-DEMO-0000036', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'phone', 'accepted', 'normal', 1, 'UAH', 52000, 1, NULL, NULL, NULL, '2026-07-21', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-15 06:02:50.042982+00', '2026-07-19 15:37:49.590807+00', '2026-07-15 06:02:50.042982+00', '2026-07-15 06:07:23.619995+00', '2026-07-15', '2026-07-15 10:36:01.624051+00', '2026-07-15 10:44:41.916083+00', '2026-07-15 22:03:59.323353+00', '2026-07-16 01:55:32.228807+00', '2026-07-19 15:37:49.590807+00', '2026-07-20 18:42:10.516691+00', NULL, NULL, false, true, '2026-07-19', true, 6, 4, 379826, 477560, 41278, 0, 0, 3, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-2401-7b65-b27c-fcf187232e5e', 1, 'ORD-DEMO-0000037', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'email', 'accepted', 'high', 2, 'UAH', 1832000, 3, NULL, NULL, NULL, '2025-12-25', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2025-12-21 11:50:11.979387+00', '2025-12-25 23:22:55.089662+00', '2025-12-21 11:50:11.979387+00', '2025-12-21 12:34:54.857876+00', '2025-12-21', '2025-12-21 20:14:49.054938+00', '2025-12-21 20:37:08.917629+00', '2025-12-21 20:14:49.054938+00', '2025-12-21 23:04:37.230735+00', '2025-12-25 23:22:55.089662+00', '2025-12-26 11:04:23.080284+00', NULL, NULL, false, true, '2025-12-26', false, 4, 5, 384481, 429252, 16032, 0, 0, 1, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-2501-774a-b7c9-5a39d31217e5', 1, 'ORD-DEMO-0000038', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 1468000, 3, NULL, NULL, NULL, '2026-06-24', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-17 06:15:47.409328+00', '2026-06-21 18:56:10.483105+00', '2026-06-17 06:15:47.409328+00', '2026-06-17 10:39:33.12651+00', '2026-06-17', '2026-06-17 17:30:49.926823+00', '2026-06-17 18:58:15.823897+00', '2026-06-18 10:10:59.971225+00', '2026-06-18 13:16:51.148881+00', '2026-06-21 18:56:10.483105+00', '2026-06-22 14:41:57.124289+00', NULL, NULL, false, true, '2026-06-21', true, 7, 4, 375397, 462370, 78406, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2601-7a45-b39a-74065a25dc0f', 1, 'ORD-DEMO-0000039', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'api', 'accepted', 'normal', 1, 'UAH', 798900, 3, NULL, NULL, NULL, '2026-11-20', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-11-13 01:53:16.537777+00', '2026-11-15 09:41:01.900615+00', '2026-11-13 01:53:16.537777+00', '2026-11-13 07:33:11.044014+00', '2026-11-13', '2026-11-13 12:36:06.606205+00', '2026-11-13 12:47:18.008601+00', '2026-11-13 12:36:06.606205+00', '2026-11-13 16:45:07.298204+00', '2026-11-15 09:41:01.900615+00', '2026-11-15 18:54:57.06644+00', NULL, NULL, false, true, '2026-11-15', true, 7, 2, 180470, 234101, 0, 0, 0, NULL, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-2701-7b9a-8246-154031a3ffc9', 1, 'ORD-DEMO-0000040', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'other', 'accepted', 'normal', 1, 'UAH', 948200, 2, NULL, NULL, NULL, '2026-04-04', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-31 05:27:24.174632+00', '2026-04-01 20:19:15.97715+00', '2026-03-31 05:27:24.174632+00', '2026-03-31 05:43:17.309202+00', '2026-03-31', '2026-03-31 09:04:00.397702+00', '2026-03-31 10:07:24.779217+00', '2026-03-31 09:04:00.397702+00', '2026-03-31 10:45:05.145669+00', '2026-04-01 20:19:15.97715+00', '2026-04-02 19:54:49.346227+00', NULL, NULL, false, true, '2026-04-01', true, 4, 1, 138958, 224845, 0, 0, 0, 3, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-2801-7d50-aeef-e778c0b022bd', 1, 'ORD-DEMO-0000041', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'phone', 'accepted', 'urgent', 3, 'UAH', 2792200, 4, NULL, NULL, NULL, '2026-02-12', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-02-07 07:40:17.196608+00', '2026-02-11 10:51:42.400408+00', '2026-02-07 07:40:17.196608+00', '2026-02-07 12:11:29.619241+00', '2026-02-07', '2026-02-08 09:20:56.352389+00', '2026-02-08 11:07:23.039481+00', '2026-02-08 22:17:04.448386+00', '2026-02-09 00:19:11.81277+00', '2026-02-11 10:51:42.400408+00', '2026-02-12 07:59:12.303148+00', NULL, NULL, false, true, '2026-02-11', true, 5, 4, 340813, 433135, 106623, 0, 0, NULL, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2901-7bc7-8fd0-6c5e49924bc9', 1, 'ORD-DEMO-0000042', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'email', 'accepted', 'low', 0, 'UAH', 2371800, 3, NULL, NULL, NULL, '2026-10-19', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-10-07 08:26:12.493892+00', '2026-10-13 15:45:57.582081+00', '2026-10-07 08:26:12.493892+00', '2026-10-07 09:41:01.75508+00', '2026-10-07', '2026-10-07 20:34:46.662493+00', '2026-10-07 21:08:35.188469+00', '2026-10-11 09:40:29.633007+00', '2026-10-11 13:14:27.461218+00', '2026-10-13 15:45:57.582081+00', '2026-10-14 18:01:23.84836+00', NULL, NULL, false, true, '2026-10-13', true, 12, 6, 540296, 639311, 22580, 0, 0, 4, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2a01-729b-b1ed-fef872b6e0c1', 1, 'ORD-DEMO-0000043', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 2880900, 3, NULL, NULL, NULL, '2026-09-23', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-09 04:36:36.28327+00', '2026-09-13 19:41:10.639078+00', '2026-09-09 04:36:36.28327+00', '2026-09-09 05:23:44.158655+00', '2026-09-09', '2026-09-09 10:43:27.251808+00', '2026-09-09 11:14:57.677854+00', '2026-09-13 04:09:39.101712+00', '2026-09-13 09:03:55.472582+00', '2026-09-13 19:41:10.639078+00', '2026-09-14 21:56:20.768573+00', NULL, NULL, false, true, '2026-09-13', true, 14, 4, 397046, 494384, 65180, 0, 0, 5, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2b01-7607-bfd0-3cb0ed21b146', 1, 'ORD-DEMO-0000044', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'api', 'accepted', 'urgent', 3, 'UAH', 1787100, 4, NULL, NULL, NULL, '2026-05-29', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-05-19 06:54:11.816626+00', '2026-05-27 16:49:25.157673+00', '2026-05-19 06:54:11.816626+00', '2026-05-19 08:09:23.143237+00', '2026-05-19', '2026-05-19 10:32:44.986392+00', '2026-05-19 10:43:39.320469+00', '2026-05-24 12:08:15.733263+00', '2026-05-24 16:51:22.705508+00', '2026-05-27 16:49:25.157673+00', '2026-05-28 08:03:28.594163+00', NULL, NULL, false, true, '2026-05-27', true, 10, 8, 722402, 781757, 19870, 0, 0, 4, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 1, 'ORD-DEMO-0000045', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'other', 'accepted', 'high', 2, 'UAH', 5974000, 3, NULL, NULL, NULL, '2026-06-28', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-06-18 13:38:54.738523+00', '2026-06-26 11:58:58.589246+00', '2026-06-18 13:38:54.738523+00', '2026-06-18 14:07:35.063773+00', '2026-06-18', '2026-06-18 16:40:26.87054+00', '2026-06-18 18:24:28.297846+00', '2026-06-25 16:03:23.020049+00', '2026-06-25 21:13:13.161536+00', '2026-06-26 11:58:58.589246+00', '2026-06-27 01:57:53.981844+00', NULL, NULL, false, true, '2026-06-26', true, 10, 8, 683483, 735539, 10861, 0, 0, 5, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2d01-7c04-a8cd-8535476b8355', 1, 'ORD-DEMO-0000046', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'phone', 'accepted', 'urgent', 3, 'UAH', 275800, 1, NULL, NULL, NULL, '2026-08-09', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-08-03 08:04:18.806132+00', '2026-08-04 18:39:11.377653+00', '2026-08-03 08:04:18.806132+00', '2026-08-03 08:24:13.11002+00', '2026-08-03', '2026-08-03 11:48:43.494769+00', '2026-08-03 12:41:09.22012+00', '2026-08-03 11:48:43.494769+00', '2026-08-03 13:57:29.123938+00', '2026-08-04 18:39:11.377653+00', '2026-08-04 22:46:16.244068+00', NULL, NULL, false, true, '2026-08-04', true, 6, 1, 123298, 139318, 0, 0, 0, 5, NULL, 'Courier', NULL);
INSERT INTO orders VALUES ('00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 1, 'ORD-DEMO-0000047', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'email', 'accepted', 'low', 0, 'UAH', 1819300, 2, NULL, NULL, NULL, '2026-03-26', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-14 07:59:50.106987+00', '2026-03-21 19:04:44.444163+00', '2026-03-14 07:59:50.106987+00', '2026-03-14 10:00:18.79469+00', '2026-03-14', '2026-03-14 11:50:11.004763+00', '2026-03-14 13:21:01.153482+00', '2026-03-19 21:28:02.502987+00', '2026-03-20 03:26:28.870196+00', '2026-03-21 19:04:44.444163+00', '2026-03-22 22:09:44.914282+00', NULL, NULL, false, true, '2026-03-21', true, 12, 7, 637466, 742194, 70690, 0, 0, 3, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-2f01-7b8d-851c-742f89144206', 1, 'ORD-DEMO-0000048', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'cabinet', 'accepted', 'normal', 1, 'UAH', 1631400, 2, NULL, NULL, NULL, '2026-03-26', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-03-22 00:40:24.822437+00', '2026-03-23 02:21:08.418869+00', '2026-03-22 00:40:24.822437+00', '2026-03-22 06:33:28.951939+00', '2026-03-22', '2026-03-22 10:56:45.97238+00', '2026-03-22 12:17:17.530409+00', '2026-03-22 10:56:45.97238+00', '2026-03-22 13:41:18.43334+00', '2026-03-23 02:21:08.418869+00', '2026-03-23 06:20:27.766991+00', NULL, NULL, false, true, '2026-03-23', true, 4, 1, 71260, 106803, 0, 0, 0, 4, NULL, 'Self pickup', NULL);
INSERT INTO orders VALUES ('00000000-3001-7801-badf-0a9853290e38', 1, 'ORD-DEMO-0000049', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'api', 'accepted', 'normal', 1, 'UAH', 7046500, 4, NULL, NULL, NULL, '2026-08-10', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-07-28 06:43:17.749048+00', '2026-08-07 17:36:45.284827+00', '2026-07-28 06:43:17.749048+00', '2026-07-28 12:21:02.178743+00', '2026-07-28', '2026-07-28 16:20:48.605446+00', '2026-07-28 17:53:00.077675+00', '2026-08-03 04:41:42.216194+00', '2026-08-03 06:07:17.673048+00', '2026-08-07 17:36:45.284827+00', '2026-08-08 15:07:48.214333+00', NULL, NULL, false, true, '2026-08-07', true, 13, 10, 882943, 980671, 2418, 0, 0, 5, NULL, 'Road freight', NULL);
INSERT INTO orders VALUES ('00000000-3101-745d-a8d6-bdf9f5b7acb7', 1, 'ORD-DEMO-0000050', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'other', 'accepted', 'urgent', 3, 'UAH', 729900, 1, NULL, NULL, NULL, '2026-09-05', 'delivery', 'e930cad1-e33a-4c80-b33f-885d9c31ac1e', '2026-09-02 04:09:54.883482+00', '2026-09-04 00:15:35.41953+00', '2026-09-02 04:09:54.883482+00', '2026-09-02 08:25:04.858479+00', '2026-09-02', '2026-09-02 08:53:18.578437+00', '2026-09-02 09:14:54.694879+00', '2026-09-02 11:46:20.764819+00', '2026-09-02 16:12:25.784047+00', '2026-09-04 00:15:35.41953+00', '2026-09-04 12:10:02.588622+00', NULL, NULL, false, true, '2026-09-04', true, 3, 2, 143431, 201608, 10382, 0, 0, 3, NULL, 'Road freight', NULL);
INSERT INTO plan_stages VALUES ('00000000-1f13-74ac-86f8-7dfbbd7ea66b', '00000000-1f12-7a42-89dc-9120830cfd7c', 'receipt', '2026-11-30 11:51:00.312775+00', '2026-11-30 12:28:06.911271+00', false);
INSERT INTO plan_stages VALUES ('00000000-1f14-7c52-8d25-535714515b9a', '00000000-1f12-7a42-89dc-9120830cfd7c', 'technical_preparation', NULL, NULL, true);
INSERT INTO plan_stages VALUES ('00000000-1f15-7762-bb24-9984b620b882', '00000000-1f12-7a42-89dc-9120830cfd7c', 'materials', NULL, NULL, true);
INSERT INTO plan_stages VALUES ('00000000-1f16-7926-9db3-3f0ce3ab306e', '00000000-1f12-7a42-89dc-9120830cfd7c', 'launch_preparation', NULL, NULL, true);
INSERT INTO plan_stages VALUES ('00000000-1f17-7101-8cb5-ae57d45edfd9', '00000000-1f12-7a42-89dc-9120830cfd7c', 'production', NULL, NULL, true);
INSERT INTO plan_stages VALUES ('00000000-1f18-707b-88ee-e603db4d998d', '00000000-1f12-7a42-89dc-9120830cfd7c', 'delivery', '2026-11-30 12:28:06.911271+00', '2026-12-05 02:56:45.166757+00', false);
INSERT INTO products VALUES ('a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1, 'SKU-0001', 'Pallet, euro 1200×800', 'pallet, euro 1200×800', 'Packaging', 'pcs', 9600, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1, 'SKU-0002', 'Stretch film 500 mm', 'stretch film 500 mm', 'Packaging', 'pcs', 47300, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('fe1d5664-0610-4abf-892e-8fcbf2db3d41', 1, 'SKU-0003', 'Carton box 600×400×400', 'carton box 600×400×400', 'Packaging', 'pcs', 40300, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('bae29ffe-4108-4b3e-9609-44d99148955c', 1, 'SKU-0004', 'Cargo strap 5 t', 'cargo strap 5 t', 'Securing', 'pcs', 29700, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1, 'SKU-0005', 'Container seal', 'container seal', 'Securing', 'pcs', 29200, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('9a733f25-191d-4f1e-b21e-959f487c01b5', 1, 'SKU-0006', 'Hand pallet truck', 'hand pallet truck', 'Equipment', 'pcs', 81100, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('bc1bb468-14a8-497f-adfa-8ca601db7a70', 1, 'SKU-0007', 'Warehouse rack 2 m', 'warehouse rack 2 m', 'Equipment', 'pcs', 4000, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('00c9c8a1-50d4-4786-8643-4406a752d3d6', 1, 'SKU-0008', 'Label printer', 'label printer', 'Equipment', 'pcs', 57000, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('411a64c0-d4f0-48fd-bbc2-fa449646855b', 1, 'SKU-0009', 'Thermal labels 100×150', 'thermal labels 100×150', 'Consumables', 'pcs', 39400, 'UAH', false, false, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1, 'SKU-0010', 'Custom crate', 'custom crate', 'Made to order', 'pcs', 78900, 'UAH', false, true, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('b994a436-2946-4ae9-8249-491fc881722d', 1, 'SKU-0011', 'Insulated box', 'insulated box', 'Made to order', 'pcs', 58100, 'UAH', false, true, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO products VALUES ('3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1, 'SKU-0012', 'Steel cage pallet', 'steel cage pallet', 'Made to order', 'pcs', 60500, 'UAH', true, true, '{"delivery":24,"launch_preparation":8,"materials":24,"production":48,"receipt":4,"technical_preparation":40}', true);
INSERT INTO quality_consumer_months VALUES (1, '2026-06', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 2, 2, 0, 2, 1, 1, 1, 19, 18, 0, 2, 2, 19, 19, 2, 1626929, 175510, 2);
INSERT INTO quality_consumer_months VALUES (2, '2026-11', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 6, 2, 0, 1, 1, 6, 6, 1, 156378, 78631, 1);
INSERT INTO quality_consumer_months VALUES (3, '2026-11', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 7, 4, 0, 1, 1, 7, 7, 1, 356433, 0, 1);
INSERT INTO quality_consumer_months VALUES (4, '2026-11', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 7, 0, 0, 0, 0, 0);
INSERT INTO quality_consumer_months VALUES (5, '2026-10', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 2, 2, 0, 2, 1, 1, 1, 15, 16, 0, 2, 2, 15, 15, 2, 1391056, 42222, 2);
INSERT INTO quality_consumer_months VALUES (6, '2026-03', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 12, 7, 0, 1, 1, 12, 12, 1, 637466, 70690, 1);
INSERT INTO quality_consumer_months VALUES (7, '2026-10', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 304741, 0, 1);
INSERT INTO quality_consumer_months VALUES (8, '2026-06', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 2, 2, 0, 2, 2, 2, 2, 10, 2, 0, 2, 2, 10, 10, 2, 219604, 0, 2);
INSERT INTO quality_consumer_months VALUES (9, '2026-09', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 14, 4, 0, 1, 1, 14, 14, 1, 397046, 65180, 1);
INSERT INTO quality_consumer_months VALUES (10, '2026-11', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 7, 2, 0, 1, 1, 7, 7, 1, 180470, 0, 1);
INSERT INTO quality_consumer_months VALUES (11, '2026-04', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 2, 2, 0, 2, 1, 1, 1, 15, 17, 0, 2, 2, 15, 15, 2, 1429274, 179226, 2);
INSERT INTO quality_consumer_months VALUES (12, '2026-10', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 2, 2, 0, 2, 1, 1, 1, 15, 10, 0, 2, 2, 15, 15, 2, 880355, 47187, 2);
INSERT INTO quality_consumer_months VALUES (13, '2026-02', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 340813, 106623, 1);
INSERT INTO quality_consumer_months VALUES (14, '2026-07', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 13, 10, 0, 1, 1, 13, 13, 1, 882943, 2418, 1);
INSERT INTO quality_consumer_months VALUES (15, '2026-08', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 123298, 0, 1);
INSERT INTO quality_consumer_months VALUES (16, '2026-07', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO quality_consumer_months VALUES (17, '2026-01', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 79366, 0, 1);
INSERT INTO quality_consumer_months VALUES (18, '2026-01', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 4, 2, 0, 1, 1, 4, 4, 1, 167203, 12334, 1);
INSERT INTO quality_consumer_months VALUES (19, '2026-07', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 6, 3, 0, 1, 1, 6, 6, 1, 288743, 4524, 1);
INSERT INTO quality_consumer_months VALUES (20, '2026-05', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 10, 8, 0, 1, 1, 10, 10, 1, 722402, 19870, 1);
INSERT INTO quality_consumer_months VALUES (21, '2026-09', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 3, 2, 0, 1, 1, 3, 3, 1, 143431, 10382, 1);
INSERT INTO quality_consumer_months VALUES (22, '2026-09', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 4, 1, 0, 1, 1, 4, 4, 1, 70034, 0, 1);
INSERT INTO quality_consumer_months VALUES (23, '2026-09', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 2, 2, 0, 2, 2, 2, 2, 18, 8, 0, 2, 2, 18, 18, 2, 635760, 58118, 2);
INSERT INTO quality_consumer_months VALUES (24, '2026-06', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 2, 2, 0, 2, 2, 2, 1, 23, 12, 1, 2, 2, 23, 23, 2, 1035828, 49371, 2);
INSERT INTO quality_consumer_months VALUES (25, '2026-10', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 1, 1, 0, 1, 1, 1, 1, 13, 5, 0, 1, 1, 13, 13, 1, 423709, 85637, 1);
INSERT INTO quality_consumer_months VALUES (26, '2026-09', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 11, 10, 0, 1, 1, 11, 11, 1, 879844, 106001, 1);
INSERT INTO quality_consumer_months VALUES (27, '2026-07', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 6, 4, 0, 1, 1, 6, 6, 1, 379826, 41278, 1);
INSERT INTO quality_consumer_months VALUES (28, '2026-02', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 382456, 31599, 1);
INSERT INTO quality_consumer_months VALUES (29, '2025-12', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 1, 1, 0, 1, 1, 1, 1, 7, 3, 0, 1, 1, 7, 7, 1, 302506, 0, 1);
INSERT INTO quality_consumer_months VALUES (30, '2025-12', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 2, 2, 0, 2, 0, 0, 0, 8, 10, 0, 2, 2, 8, 8, 2, 790941, 16032, 2);
INSERT INTO quality_consumer_months VALUES (31, '2026-03', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 2, 2, 0, 2, 1, 1, 1, 7, 6, 0, 2, 2, 7, 7, 2, 460500, 19668, 2);
INSERT INTO quality_consumer_months VALUES (32, '2026-06', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 10, 8, 0, 1, 1, 10, 10, 1, 683483, 10861, 1);
INSERT INTO quality_consumer_months VALUES (33, '2026-03', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 13, 8, 0, 1, 1, 13, 13, 1, 704593, 0, 1);
INSERT INTO quality_consumer_months VALUES (34, '2026-03', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 4, 1, 0, 1, 1, 4, 4, 1, 138958, 0, 1);
INSERT INTO quality_consumer_months VALUES (35, '2026-07', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 124507, 66193, 1);
INSERT INTO quality_consumer_months VALUES (36, '2026-03', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 14, 12, 0, 1, 1, 14, 14, 1, 1019514, 104447, 1);
INSERT INTO quality_consumer_months VALUES (37, '2026-10', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 1, 1, 0, 1, 1, 1, 1, 4, 4, 0, 1, 1, 4, 4, 1, 301636, 0, 1);
INSERT INTO quality_consumer_months VALUES (38, '2025-12', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 1, 1, 0, 1, 1, 1, 1, 6, 4, 0, 1, 1, 6, 6, 1, 366761, 81262, 1);
INSERT INTO quality_consumer_months VALUES (39, '2026-07', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 1, 1, 0, 1, 1, 1, 1, 5, 5, 0, 1, 1, 5, 5, 1, 387897, 42880, 1);
INSERT INTO quality_consumer_months VALUES (40, '2026-05', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 2, 2, 0, 2, 2, 2, 2, 7, 7, 0, 2, 2, 7, 7, 2, 524552, 0, 2);
INSERT INTO quality_kind_months VALUES (1, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 1);
INSERT INTO quality_kind_months VALUES (2, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (3, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 2);
INSERT INTO quality_kind_months VALUES (4, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (5, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (6, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (7, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (8, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (9, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (10, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (11, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (12, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 2);
INSERT INTO quality_kind_months VALUES (13, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (14, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (15, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (16, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (17, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (18, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (19, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 1);
INSERT INTO quality_kind_months VALUES (20, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (21, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (22, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (23, '2026-01', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (24, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (25, '2026-01', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (26, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (27, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (28, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (29, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (30, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (31, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 2);
INSERT INTO quality_kind_months VALUES (32, '2026-01', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (33, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (34, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (35, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (36, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (37, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (38, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (39, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (40, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 1);
INSERT INTO quality_kind_months VALUES (41, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (42, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (43, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (44, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (45, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (46, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (47, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (48, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (49, '2025-12', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (50, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (51, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (52, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (53, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (54, '2026-09', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (55, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (56, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (57, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (58, '2026-02', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (59, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (60, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (61, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (62, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (63, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (64, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (65, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (66, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (67, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (68, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (69, '2026-06', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (70, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 2);
INSERT INTO quality_kind_months VALUES (71, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 1);
INSERT INTO quality_kind_months VALUES (72, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (73, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 2);
INSERT INTO quality_kind_months VALUES (74, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (75, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (76, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (77, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 2);
INSERT INTO quality_kind_months VALUES (78, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (79, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (80, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 1);
INSERT INTO quality_kind_months VALUES (81, '2026-01', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (82, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (83, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (84, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 1);
INSERT INTO quality_kind_months VALUES (85, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'bae29ffe-4108-4b3e-9609-44d99148955c', 1);
INSERT INTO quality_kind_months VALUES (86, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (87, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (88, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 2);
INSERT INTO quality_kind_months VALUES (89, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 2);
INSERT INTO quality_kind_months VALUES (90, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (91, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 1);
INSERT INTO quality_kind_months VALUES (92, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (93, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (94, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (95, '2026-08', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_kind_months VALUES (96, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 2);
INSERT INTO quality_kind_months VALUES (97, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (98, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (99, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (100, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 1);
INSERT INTO quality_kind_months VALUES (101, '2026-06', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', '9a733f25-191d-4f1e-b21e-959f487c01b5', 2);
INSERT INTO quality_kind_months VALUES (102, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 1);
INSERT INTO quality_kind_months VALUES (103, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '00c9c8a1-50d4-4786-8643-4406a752d3d6', 1);
INSERT INTO quality_kind_months VALUES (104, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 1);
INSERT INTO quality_kind_months VALUES (105, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 2);
INSERT INTO quality_kind_months VALUES (106, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 1);
INSERT INTO quality_kind_months VALUES (107, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 1);
INSERT INTO quality_kind_months VALUES (108, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '9a733f25-191d-4f1e-b21e-959f487c01b5', 3);
INSERT INTO quality_kind_months VALUES (109, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 1);
INSERT INTO quality_kind_months VALUES (110, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 3);
INSERT INTO quality_kind_months VALUES (111, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 1);
INSERT INTO quality_kind_months VALUES (112, '2026-06', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 2);
INSERT INTO quality_kind_months VALUES (113, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (114, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'b994a436-2946-4ae9-8249-491fc881722d', 1);
INSERT INTO quality_kind_months VALUES (115, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 1);
INSERT INTO quality_kind_months VALUES (116, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', '411a64c0-d4f0-48fd-bbc2-fa449646855b', 1);
INSERT INTO quality_order_months VALUES (1, '2026-09', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 14, 5, 0, 1, 1, 14, 14, 1, 399512, 28048, 1);
INSERT INTO quality_order_months VALUES (2, '2026-06', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 2, 2, 0, 2, 1, 1, 1, 19, 18, 0, 2, 2, 19, 19, 2, 1626929, 175510, 2);
INSERT INTO quality_order_months VALUES (3, '2026-11', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 1, 1, 0, 1, 1, 1, 1, 7, 2, 0, 1, 1, 7, 7, 1, 180470, 0, 1);
INSERT INTO quality_order_months VALUES (4, '2026-05', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 10, 8, 0, 1, 1, 10, 10, 1, 722402, 19870, 1);
INSERT INTO quality_order_months VALUES (5, '2026-04', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 1, 1, 0, 1, 0, 0, 0, 10, 12, 0, 1, 1, 10, 10, 1, 1006559, 116451, 1);
INSERT INTO quality_order_months VALUES (6, '2026-09', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 14, 4, 0, 1, 1, 14, 14, 1, 397046, 65180, 1);
INSERT INTO quality_order_months VALUES (7, '2026-10', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 4, 4, 0, 1, 1, 4, 4, 1, 301636, 0, 1);
INSERT INTO quality_order_months VALUES (8, '2025-12', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 1, 1, 0, 1, 0, 0, 0, 4, 5, 0, 1, 1, 4, 4, 1, 406460, 0, 1);
INSERT INTO quality_order_months VALUES (9, '2026-01', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 4, 2, 0, 1, 1, 4, 4, 1, 167203, 12334, 1);
INSERT INTO quality_order_months VALUES (10, '2026-09', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 4, 1, 0, 1, 1, 4, 4, 1, 70034, 0, 1);
INSERT INTO quality_order_months VALUES (11, '2026-03', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', 2, 2, 0, 2, 1, 1, 1, 7, 6, 0, 2, 2, 7, 7, 2, 460500, 19668, 2);
INSERT INTO quality_order_months VALUES (12, '2026-03', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 13, 8, 0, 1, 1, 13, 13, 1, 704593, 0, 1);
INSERT INTO quality_order_months VALUES (13, '2025-12', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 6, 4, 0, 1, 1, 6, 6, 1, 366761, 81262, 1);
INSERT INTO quality_order_months VALUES (14, '2026-10', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 2, 2, 0, 2, 1, 1, 1, 15, 16, 0, 2, 2, 15, 15, 2, 1391056, 42222, 2);
INSERT INTO quality_order_months VALUES (15, '2026-11', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 6, 2, 0, 1, 1, 6, 6, 1, 156378, 78631, 1);
INSERT INTO quality_order_months VALUES (16, '2026-07', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 5, 5, 0, 1, 1, 5, 5, 1, 387897, 42880, 1);
INSERT INTO quality_order_months VALUES (17, '2026-05', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 4, 4, 0, 1, 1, 4, 4, 1, 318803, 0, 1);
INSERT INTO quality_order_months VALUES (18, '2026-11', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 7, 4, 0, 1, 1, 7, 7, 1, 356433, 0, 1);
INSERT INTO quality_order_months VALUES (19, '2026-06', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 2, 2, 0, 2, 2, 2, 1, 23, 12, 1, 2, 2, 23, 23, 2, 1035828, 49371, 2);
INSERT INTO quality_order_months VALUES (20, '2026-07', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO quality_order_months VALUES (21, '2026-07', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 124507, 66193, 1);
INSERT INTO quality_order_months VALUES (22, '2026-11', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 7, 0, 0, 0, 0, 0);
INSERT INTO quality_order_months VALUES (23, '2026-04', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 5, 5, 0, 1, 1, 5, 5, 1, 422715, 62775, 1);
INSERT INTO quality_order_months VALUES (24, '2025-12', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 7, 3, 0, 1, 1, 7, 7, 1, 302506, 0, 1);
INSERT INTO quality_order_months VALUES (25, '2026-05', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 3, 3, 0, 1, 1, 3, 3, 1, 205749, 0, 1);
INSERT INTO quality_order_months VALUES (26, '2026-03', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 14, 12, 0, 1, 1, 14, 14, 1, 1019514, 104447, 1);
INSERT INTO quality_order_months VALUES (27, '2026-08', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 123298, 0, 1);
INSERT INTO quality_order_months VALUES (28, '2025-12', '1e85c7c5-8bbc-4e94-b570-209fa9133a4a', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 1, 1, 0, 1, 0, 0, 0, 4, 5, 0, 1, 1, 4, 4, 1, 384481, 16032, 1);
INSERT INTO quality_order_months VALUES (29, '2026-03', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 4, 1, 0, 1, 1, 4, 4, 1, 138958, 0, 1);
INSERT INTO quality_order_months VALUES (30, '2026-09', '1e2e0cbd-d545-4fa3-8f5d-345135b18808', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 4, 3, 0, 1, 1, 4, 4, 1, 236248, 30070, 1);
INSERT INTO quality_order_months VALUES (31, '2026-02', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 340813, 106623, 1);
INSERT INTO quality_order_months VALUES (32, '2026-10', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 13, 5, 0, 1, 1, 13, 13, 1, 423709, 85637, 1);
INSERT INTO quality_order_months VALUES (33, '2026-07', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 1, 1, 0, 1, 1, 1, 1, 6, 3, 0, 1, 1, 6, 6, 1, 288743, 4524, 1);
INSERT INTO quality_order_months VALUES (34, '2026-09', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 3, 2, 0, 1, 1, 3, 3, 1, 143431, 10382, 1);
INSERT INTO quality_order_months VALUES (35, '2026-07', '1d452e2d-69a5-4bc4-92a1-d4d712f2b1e9', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 1, 1, 0, 1, 1, 1, 1, 6, 4, 0, 1, 1, 6, 6, 1, 379826, 41278, 1);
INSERT INTO quality_order_months VALUES (36, '2026-03', '2ef8eaaa-671f-4495-8be6-955cf3e0d11c', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 12, 7, 0, 1, 1, 12, 12, 1, 637466, 70690, 1);
INSERT INTO quality_order_months VALUES (37, '2026-10', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 12, 6, 0, 1, 1, 12, 12, 1, 540296, 22580, 1);
INSERT INTO quality_order_months VALUES (38, '2026-10', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 1, 1, 0, 1, 0, 0, 0, 3, 4, 0, 1, 1, 3, 3, 1, 340059, 24607, 1);
INSERT INTO quality_order_months VALUES (39, '2026-02', 'f54b2aff-7e63-4991-9da4-c4c091468b88', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 382456, 31599, 1);
INSERT INTO quality_order_months VALUES (40, '2026-10', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 5, 4, 0, 1, 1, 5, 5, 1, 304741, 0, 1);
INSERT INTO quality_order_months VALUES (41, '2026-06', 'caf41a65-cdd1-4582-abae-7b7da7f0e303', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 10, 8, 0, 1, 1, 10, 10, 1, 683483, 10861, 1);
INSERT INTO quality_order_months VALUES (42, '2026-07', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 13, 10, 0, 1, 1, 13, 13, 1, 882943, 2418, 1);
INSERT INTO quality_order_months VALUES (43, '2026-06', '617dcd1a-0126-493c-98f2-4599a9c7cd8b', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', 2, 2, 0, 2, 2, 2, 2, 10, 2, 0, 2, 2, 10, 10, 2, 219604, 0, 2);
INSERT INTO quality_order_months VALUES (44, '2026-09', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1, 0, 1, 1, 1, 1, 11, 10, 0, 1, 1, 11, 11, 1, 879844, 106001, 1);
INSERT INTO quality_order_months VALUES (45, '2026-01', '25802dc9-7646-4279-bf9e-0fea21f40637', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 1, 1, 0, 1, 1, 1, 1, 6, 1, 0, 1, 1, 6, 6, 1, 79366, 0, 1);
INSERT INTO quality_request_months VALUES (1, '2026-07', 'change_request', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 1, 0);
INSERT INTO quality_request_months VALUES (2, '2026-06', 'claim', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1);
INSERT INTO quality_request_months VALUES (3, '2026-03', 'change_request', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 1, 1);
INSERT INTO quality_stage_months VALUES (1, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'technical_preparation', 1, 33086, 51902375);
INSERT INTO quality_stage_months VALUES (2, '2026-01', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'delivery', 1, 142167, 850265844);
INSERT INTO quality_stage_months VALUES (3, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'receipt', 1, 17458, 43698311);
INSERT INTO quality_stage_months VALUES (4, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'delivery', 1, 218078, 639875826);
INSERT INTO quality_stage_months VALUES (5, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'materials', 1, 276462, 404489943);
INSERT INTO quality_stage_months VALUES (6, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 134461, 131887350);
INSERT INTO quality_stage_months VALUES (7, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 16645, 30807187);
INSERT INTO quality_stage_months VALUES (8, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 118137, 134270393);
INSERT INTO quality_stage_months VALUES (9, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', 'receipt', 2, 19981, 232430319);
INSERT INTO quality_stage_months VALUES (10, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 'delivery', 1, 387881, 954290705);
INSERT INTO quality_stage_months VALUES (11, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'receipt', 1, 9171, 13418036);
INSERT INTO quality_stage_months VALUES (12, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 'receipt', 1, 18579, 45709294);
INSERT INTO quality_stage_months VALUES (13, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'receipt', 1, 11563, 30074307);
INSERT INTO quality_stage_months VALUES (14, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Self pickup', 'delivery', 2, 420851, 1717040443);
INSERT INTO quality_stage_months VALUES (15, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'receipt', 1, 14634, 93580938);
INSERT INTO quality_stage_months VALUES (16, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 3, 743983, 949552472);
INSERT INTO quality_stage_months VALUES (17, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 316471, 438081566);
INSERT INTO quality_stage_months VALUES (18, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'delivery', 1, 53508, 429758969);
INSERT INTO quality_stage_months VALUES (19, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 281206, 272752050);
INSERT INTO quality_stage_months VALUES (20, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'delivery', 1, 276810, 958672591);
INSERT INTO quality_stage_months VALUES (21, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 35943, 34862438);
INSERT INTO quality_stage_months VALUES (22, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'receipt', 1, 12043, 86666474);
INSERT INTO quality_stage_months VALUES (23, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'production', 1, 74116, 108438688);
INSERT INTO quality_stage_months VALUES (24, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'technical_preparation', 1, 66414, 156744369);
INSERT INTO quality_stage_months VALUES (25, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'delivery', 1, 356886, 928227922);
INSERT INTO quality_stage_months VALUES (26, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 305598, 346112942);
INSERT INTO quality_stage_months VALUES (27, '2026-02', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'receipt', 1, 16112, 47275191);
INSERT INTO quality_stage_months VALUES (28, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 3, 67093, 102478061);
INSERT INTO quality_stage_months VALUES (29, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'launch_preparation', 1, 21816, 54606620);
INSERT INTO quality_stage_months VALUES (30, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 138615, 196730594);
INSERT INTO quality_stage_months VALUES (31, '2026-02', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'receipt', 1, 4648, 12153031);
INSERT INTO quality_stage_months VALUES (32, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'production', 1, 77511, 194014197);
INSERT INTO quality_stage_months VALUES (33, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'delivery', 1, 294292, 965711866);
INSERT INTO quality_stage_months VALUES (34, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 375709, 364413988);
INSERT INTO quality_stage_months VALUES (35, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 141161, 200344028);
INSERT INTO quality_stage_months VALUES (36, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'delivery', 1, 99543, 249161477);
INSERT INTO quality_stage_months VALUES (37, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 'receipt', 1, 12574, 39441285);
INSERT INTO quality_stage_months VALUES (38, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 392103, 444086424);
INSERT INTO quality_stage_months VALUES (39, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 17274, 23911893);
INSERT INTO quality_stage_months VALUES (40, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'production', 1, 231549, 363233490);
INSERT INTO quality_stage_months VALUES (41, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'materials', 1, 85120, 213059933);
INSERT INTO quality_stage_months VALUES (42, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'receipt', 1, 6615, 15648841);
INSERT INTO quality_stage_months VALUES (43, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'delivery', 1, 126915, 913333525);
INSERT INTO quality_stage_months VALUES (44, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 'receipt', 1, 16118, 42435220);
INSERT INTO quality_stage_months VALUES (45, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'receipt', 1, 5566, 13136374);
INSERT INTO quality_stage_months VALUES (46, '2026-06', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', 'receipt', 2, 21123, 177246183);
INSERT INTO quality_stage_months VALUES (47, '2026-08', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 'receipt', 1, 12270, 99514996);
INSERT INTO quality_stage_months VALUES (48, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 373368, 366221552);
INSERT INTO quality_stage_months VALUES (49, '2026-01', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'delivery', 1, 76161, 959617468);
INSERT INTO quality_stage_months VALUES (50, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'delivery', 1, 353325, 835846847);
INSERT INTO quality_stage_months VALUES (51, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 38906, 55217693);
INSERT INTO quality_stage_months VALUES (52, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'delivery', 1, 71735, 104955061);
INSERT INTO quality_stage_months VALUES (53, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'delivery', 1, 162295, 899290740);
INSERT INTO quality_stage_months VALUES (54, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'receipt', 1, 18955, 62840642);
INSERT INTO quality_stage_months VALUES (55, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'delivery', 1, 200294, 847812468);
INSERT INTO quality_stage_months VALUES (56, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'technical_preparation', 1, 228703, 182738435);
INSERT INTO quality_stage_months VALUES (57, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'delivery', 1, 164202, 257585502);
INSERT INTO quality_stage_months VALUES (58, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 'delivery', 1, 306229, 960558714);
INSERT INTO quality_stage_months VALUES (59, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 2, 27936, 49406333);
INSERT INTO quality_stage_months VALUES (60, '2026-06', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Self pickup', 'delivery', 2, 198481, 1822753815);
INSERT INTO quality_stage_months VALUES (61, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 33860, 38349021);
INSERT INTO quality_stage_months VALUES (62, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'production', 1, 74205, 175131989);
INSERT INTO quality_stage_months VALUES (63, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 3, 357298, 448306147);
INSERT INTO quality_stage_months VALUES (64, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'delivery', 1, 338038, 948391422);
INSERT INTO quality_stage_months VALUES (65, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 9370, 17342345);
INSERT INTO quality_stage_months VALUES (66, '2026-02', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'delivery', 1, 346209, 905225699);
INSERT INTO quality_stage_months VALUES (67, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'delivery', 1, 79124, 186741372);
INSERT INTO quality_stage_months VALUES (68, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'delivery', 2, 114819, 982186945);
INSERT INTO quality_stage_months VALUES (69, '2026-01', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'receipt', 1, 12702, 75967536);
INSERT INTO quality_stage_months VALUES (70, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'production', 1, 131389, 130532835);
INSERT INTO quality_stage_months VALUES (71, '2026-08', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Courier', 'delivery', 1, 111028, 900485003);
INSERT INTO quality_stage_months VALUES (72, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'receipt', 1, 12599, 61234805);
INSERT INTO quality_stage_months VALUES (73, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'launch_preparation', 1, 12512, 12430468);
INSERT INTO quality_stage_months VALUES (74, '2026-05', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'delivery', 1, 193150, 938765194);
INSERT INTO quality_stage_months VALUES (75, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 310353, 352736394);
INSERT INTO quality_stage_months VALUES (76, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'materials', 1, 311487, 309457269);
INSERT INTO quality_stage_months VALUES (77, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'delivery', 1, 282681, 937159357);
INSERT INTO quality_stage_months VALUES (78, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 8601, 11906113);
INSERT INTO quality_stage_months VALUES (79, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 14386, 16293237);
INSERT INTO quality_stage_months VALUES (80, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'production', 1, 126582, 318809407);
INSERT INTO quality_stage_months VALUES (81, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'technical_preparation', 1, 212004, 310181818);
INSERT INTO quality_stage_months VALUES (82, '2026-01', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'receipt', 1, 3205, 40382531);
INSERT INTO quality_stage_months VALUES (83, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'delivery', 1, 309942, 307922337);
INSERT INTO quality_stage_months VALUES (84, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 276070, 382155641);
INSERT INTO quality_stage_months VALUES (85, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Self pickup', 'delivery', 1, 322430, 848888701);
INSERT INTO quality_stage_months VALUES (86, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'technical_preparation', 1, 215543, 305911355);
INSERT INTO quality_stage_months VALUES (87, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'materials', 1, 94403, 237763382);
INSERT INTO quality_stage_months VALUES (88, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 356857, 350026581);
INSERT INTO quality_stage_months VALUES (89, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'receipt', 1, 17575, 51682208);
INSERT INTO quality_stage_months VALUES (90, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 194728, 360409849);
INSERT INTO quality_stage_months VALUES (91, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 1, 330521, 852084445);
INSERT INTO quality_stage_months VALUES (92, '2026-07', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 134578, 152419805);
INSERT INTO quality_stage_months VALUES (93, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'launch_preparation', 1, 29134, 42625785);
INSERT INTO quality_stage_months VALUES (94, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 1152, 1634986);
INSERT INTO quality_stage_months VALUES (95, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 216690, 401057938);
INSERT INTO quality_stage_months VALUES (96, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 18799, 18439177);
INSERT INTO quality_stage_months VALUES (97, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'production', 1, 329435, 374424329);
INSERT INTO quality_stage_months VALUES (98, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'delivery', 1, 63113, 403592576);
INSERT INTO quality_stage_months VALUES (99, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'launch_preparation', 1, 35807, 90183505);
INSERT INTO quality_stage_months VALUES (100, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Road freight', 'technical_preparation', 1, 70016, 175253809);
INSERT INTO quality_stage_months VALUES (101, '2026-05', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 84116, 116439323);
INSERT INTO quality_stage_months VALUES (102, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'launch_preparation', 1, 31723, 74869780);
INSERT INTO quality_stage_months VALUES (103, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 4, 42411, 73540192);
INSERT INTO quality_stage_months VALUES (104, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 14496, 37370745);
INSERT INTO quality_stage_months VALUES (105, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'materials', 1, 110116, 172740193);
INSERT INTO quality_stage_months VALUES (106, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'receipt', 1, 10449, 34288133);
INSERT INTO quality_stage_months VALUES (107, '2026-10', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 2, 628040, 1161301723);
INSERT INTO quality_stage_months VALUES (108, '2026-09', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'delivery', 1, 131355, 915806206);
INSERT INTO quality_stage_months VALUES (109, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'receipt', 1, 1370, 1557094);
INSERT INTO quality_stage_months VALUES (110, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'materials', 1, 81040, 191263343);
INSERT INTO quality_stage_months VALUES (111, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'delivery', 1, 297877, 875956819);
INSERT INTO quality_stage_months VALUES (112, '2026-03', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 31582, 30977504);
INSERT INTO quality_stage_months VALUES (113, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'receipt', 1, 5884, 24906030);
INSERT INTO quality_stage_months VALUES (114, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'technical_preparation', 1, 121313, 120522492);
INSERT INTO quality_stage_months VALUES (115, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'receipt', 1, 4806, 38600239);
INSERT INTO quality_stage_months VALUES (116, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 169216, 240161341);
INSERT INTO quality_stage_months VALUES (117, '2026-06', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'delivery', 4, 998388, 1849614697);
INSERT INTO quality_stage_months VALUES (118, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'launch_preparation', 1, 21230, 33303736);
INSERT INTO quality_stage_months VALUES (119, '2026-11', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Courier', 'receipt', 1, 18395, 51608577);
INSERT INTO quality_stage_months VALUES (120, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'receipt', 2, 30289, 206894419);
INSERT INTO quality_stage_months VALUES (121, '2026-04', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'receipt', 1, 3465, 3442421);
INSERT INTO quality_stage_months VALUES (122, '2026-03', '5ab6c50f-dca4-443f-b242-fde54f38751e', '37c551ba-8abd-48a1-8fd7-f7c33173eb3c', false, 'Road freight', 'receipt', 1, 6593, 10342512);
INSERT INTO quality_stage_months VALUES (123, '2026-09', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Road freight', 'receipt', 1, 1694, 11810556);
INSERT INTO quality_stage_months VALUES (124, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'receipt', 1, 14690, 40053331);
INSERT INTO quality_stage_months VALUES (125, '2025-12', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Courier', 'delivery', 1, 270809, 738380034);
INSERT INTO quality_stage_months VALUES (126, '2025-12', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'receipt', 1, 3328, 11001434);
INSERT INTO quality_stage_months VALUES (127, '2026-10', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'materials', 1, 80283, 148590772);
INSERT INTO quality_stage_months VALUES (128, '2026-09', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'b079d979-5366-4db0-b29e-3579cffac70e', false, 'Road freight', 'launch_preparation', 1, 14548, 16534749);
INSERT INTO quality_stage_months VALUES (129, '2026-07', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'receipt', 1, 7409, 25659496);
INSERT INTO quality_stage_months VALUES (130, '2025-12', '5ab6c50f-dca4-443f-b242-fde54f38751e', 'f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', false, 'Courier', 'delivery', 1, 299178, 988998565);
INSERT INTO quality_stage_months VALUES (131, '2026-11', 'c66a4d39-c0ae-4136-bf4f-1875715f73f2', '373d997b-1e4b-4119-8e33-8ec9b4fe8877', false, 'Self pickup', 'receipt', 1, 18175, 100709259);
INSERT INTO segments VALUES ('53085d03-0ea3-4e61-a9d1-8d83ce40e655', 1, 'key', 'Key accounts', 'Ключевые клиенты', false, true);
INSERT INTO segments VALUES ('c66a4d39-c0ae-4136-bf4f-1875715f73f2', 1, 'wholesale', 'Wholesale', 'Оптовые', false, true);
INSERT INTO segments VALUES ('5ab6c50f-dca4-443f-b242-fde54f38751e', 1, 'retail', 'Retail', 'Розница', false, true);
INSERT INTO segments VALUES ('0ae3c5fd-4bd8-4736-b0f2-1e254b06af03', 1, 'internal', 'Internal', 'Внутренние', true, true);
INSERT INTO service_standards VALUES ('38194063-85ca-484b-b01a-edb1cf0d0440', 1, NULL, '[{"alert_threshold":0.9,"indicator":"flexibility","target":0.95},{"alert_threshold":0.1,"indicator":"service_deficiency","target":0.05}]', '{"demand_saturation":1,"flexibility":1,"order_coverage":1,"service_deficiency":1,"stockout_probability":1,"time_expectations":1,"uninterrupted_execution":1}', '2026-12-02 01:14:38.360393+00', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0004-7cd7-9df4-a4634efea7a5', '00000000-0001-7f28-929f-0f1357675247', 'receipt', '2026-01-12 14:40:56.210755+00', '2026-01-12 15:34:21.554071+00', false, NULL, 3205);
INSERT INTO stage_intervals VALUES ('00000000-0005-7bc8-95c2-a4c97f1c35a3', '00000000-0001-7f28-929f-0f1357675247', 'delivery', '2026-01-12 15:34:21.554071+00', '2026-01-13 12:43:42.83088+00', false, NULL, 76161);
INSERT INTO stage_intervals VALUES ('00000000-0006-7961-9155-8cf3f0672210', '00000000-0001-7f28-929f-0f1357675247', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0007-7c44-805f-1d96b856dec2', '00000000-0001-7f28-929f-0f1357675247', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0008-7b17-a229-d00627bcbe87', '00000000-0001-7f28-929f-0f1357675247', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0009-7728-8c2d-33fef48ce745', '00000000-0001-7f28-929f-0f1357675247', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0106-7007-a223-e7376e3d0d35', '00000000-0101-789c-aaba-a029d4cb7d0b', 'receipt', '2026-09-04 14:52:02.389971+00', '2026-09-04 15:14:52.477444+00', false, NULL, 1370);
INSERT INTO stage_intervals VALUES ('00000000-0107-736b-832b-d462b62ba241', '00000000-0101-789c-aaba-a029d4cb7d0b', 'materials', '2026-09-04 15:14:52.477444+00', '2026-09-06 00:03:49.265878+00', false, NULL, 118137);
INSERT INTO stage_intervals VALUES ('00000000-0108-79d2-a94d-a981cd0d5521', '00000000-0101-789c-aaba-a029d4cb7d0b', 'launch_preparation', '2026-09-06 15:02:00.200702+00', '2026-09-06 19:04:28.988764+00', false, NULL, 14548);
INSERT INTO stage_intervals VALUES ('00000000-0109-7d9a-9e0d-8246224a6647', '00000000-0101-789c-aaba-a029d4cb7d0b', 'production', '2026-09-06 19:04:28.988764+00', '2026-09-10 14:35:03.757658+00', false, NULL, 329435);
INSERT INTO stage_intervals VALUES ('00000000-010a-79f4-999a-4356a5c06534', '00000000-0101-789c-aaba-a029d4cb7d0b', 'delivery', '2026-09-11 05:03:33.779429+00', '2026-09-14 19:16:06.237173+00', false, NULL, 310353);
INSERT INTO stage_intervals VALUES ('00000000-010b-7762-9010-517c7bd88340', '00000000-0101-789c-aaba-a029d4cb7d0b', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0206-7ba5-a773-7cd6fa5eb36f', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'receipt', '2026-06-20 06:49:18.160475+00', '2026-06-20 09:37:34.251059+00', false, NULL, 10096);
INSERT INTO stage_intervals VALUES ('00000000-0207-7a37-b5c5-64a89b37dff8', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'technical_preparation', '2026-06-20 09:37:34.251059+00', '2026-06-23 01:09:17.08412+00', false, NULL, 228703);
INSERT INTO stage_intervals VALUES ('00000000-0208-7e21-a9da-878ab7eb18e6', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'materials', '2026-06-23 20:23:59.728536+00', '2026-06-26 10:35:05.216225+00', false, NULL, 223866);
INSERT INTO stage_intervals VALUES ('00000000-0209-7935-91e0-8f89258e5b83', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'launch_preparation', '2026-06-26 10:35:05.216225+00', '2026-06-26 18:39:19.150325+00', false, NULL, 29054);
INSERT INTO stage_intervals VALUES ('00000000-020a-7eca-b728-b3b7247afc23', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'production', '2026-06-27 02:23:01.87735+00', '2026-07-01 19:45:50.982053+00', false, NULL, 408169);
INSERT INTO stage_intervals VALUES ('00000000-020b-743e-b89f-0d07e4e56980', '00000000-0201-7df2-8e7c-d5ecaff5ce95', 'delivery', '2026-07-01 19:45:50.982053+00', '2026-07-04 18:28:10.51095+00', false, NULL, 254540);
INSERT INTO stage_intervals VALUES ('00000000-0303-7756-b4be-3085772052ff', '00000000-0301-7ac4-9356-d063b5a187a8', 'receipt', '2025-12-19 06:02:03.631249+00', '2025-12-19 06:57:31.602214+00', false, NULL, 3328);
INSERT INTO stage_intervals VALUES ('00000000-0304-713c-9364-8cf3b8e4783a', '00000000-0301-7ac4-9356-d063b5a187a8', 'delivery', '2025-12-19 06:57:31.602214+00', '2025-12-22 18:03:49.874521+00', false, NULL, 299178);
INSERT INTO stage_intervals VALUES ('00000000-0305-73bb-af94-35049e4a84fe', '00000000-0301-7ac4-9356-d063b5a187a8', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0306-7ac6-8b60-e2d7e91f6280', '00000000-0301-7ac4-9356-d063b5a187a8', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0307-7691-9176-0bc40091648c', '00000000-0301-7ac4-9356-d063b5a187a8', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0308-79de-9a33-ec85ced552ff', '00000000-0301-7ac4-9356-d063b5a187a8', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0406-7630-a43c-531485b55528', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'receipt', '2026-10-21 14:32:32.467388+00', '2026-10-21 18:52:24.657224+00', false, NULL, 15592);
INSERT INTO stage_intervals VALUES ('00000000-0407-72bb-b1cf-7ff29840ed1d', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'materials', '2026-10-21 18:52:24.657224+00', '2026-10-25 00:59:10.35814+00', false, NULL, 281206);
INSERT INTO stage_intervals VALUES ('00000000-0408-7601-b66b-e3a729c8026c', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'launch_preparation', '2026-10-25 00:59:10.35814+00', '2026-10-25 10:58:13.340449+00', false, NULL, 35943);
INSERT INTO stage_intervals VALUES ('00000000-0409-7c36-805d-62c32b058c55', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'production', '2026-10-25 10:58:13.340449+00', '2026-10-29 19:20:02.860846+00', false, NULL, 375709);
INSERT INTO stage_intervals VALUES ('00000000-040a-79f5-846d-b5f05121937b', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'delivery', '2026-10-29 19:20:02.860846+00', '2026-11-02 12:55:47.907907+00', false, NULL, 322545);
INSERT INTO stage_intervals VALUES ('00000000-040b-73a0-af27-15c033fb2c6b', '00000000-0401-7d4c-b4ee-641c3a7f13ea', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0503-7af4-a014-bb3a63cf1072', '00000000-0501-7793-8fc3-438d33279db5', 'receipt', '2026-02-12 06:59:18.301775+00', '2026-02-12 08:16:46.987726+00', false, NULL, 4648);
INSERT INTO stage_intervals VALUES ('00000000-0504-7b5e-bf4f-d47f078398e7', '00000000-0501-7793-8fc3-438d33279db5', 'delivery', '2026-02-12 17:03:25.226418+00', '2026-02-16 17:13:34.356133+00', false, NULL, 346209);
INSERT INTO stage_intervals VALUES ('00000000-0505-798e-8452-f2b663abffc7', '00000000-0501-7793-8fc3-438d33279db5', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0506-789f-8df4-d406d9038fe3', '00000000-0501-7793-8fc3-438d33279db5', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0507-7e88-8abc-cb7e70ce9654', '00000000-0501-7793-8fc3-438d33279db5', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0508-7a3f-abe7-444872ade3b0', '00000000-0501-7793-8fc3-438d33279db5', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0603-7e3c-b955-6905477d9378', '00000000-0601-7448-a41e-f66624e5caee', 'receipt', '2026-11-20 08:27:05.40002+00', '2026-11-20 13:33:40.264666+00', false, NULL, 18395);
INSERT INTO stage_intervals VALUES ('00000000-0604-70d9-82de-192e1bb94917', '00000000-0601-7448-a41e-f66624e5caee', 'delivery', '2026-11-20 13:33:40.264666+00', '2026-11-24 11:27:38.945939+00', false, NULL, 338038);
INSERT INTO stage_intervals VALUES ('00000000-0605-7a06-94bd-ebc58276d29a', '00000000-0601-7448-a41e-f66624e5caee', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0606-725a-8893-2e88ae887cd2', '00000000-0601-7448-a41e-f66624e5caee', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0607-764c-8109-3e05ff26dd35', '00000000-0601-7448-a41e-f66624e5caee', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0608-7844-90b4-f88a4b44dc49', '00000000-0601-7448-a41e-f66624e5caee', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0706-7861-bfc8-5f906bdd7d9d', '00000000-0701-7524-b3f0-c3598634cf0b', 'receipt', '2026-06-08 20:14:34.006062+00', '2026-06-08 22:29:08.702613+00', false, NULL, 8074);
INSERT INTO stage_intervals VALUES ('00000000-0707-776d-a0ba-7175c3b9db03', '00000000-0701-7524-b3f0-c3598634cf0b', 'materials', '2026-06-08 22:29:08.702613+00', '2026-06-09 22:26:47.388907+00', false, NULL, 86259);
INSERT INTO stage_intervals VALUES ('00000000-0708-71c5-b3be-4b9a110154f9', '00000000-0701-7524-b3f0-c3598634cf0b', 'launch_preparation', '2026-06-09 22:26:47.388907+00', '2026-06-10 06:50:11.960021+00', false, NULL, 30204);
INSERT INTO stage_intervals VALUES ('00000000-0709-7c53-aaeb-73d1dbe29c62', '00000000-0701-7524-b3f0-c3598634cf0b', 'production', '2026-06-10 06:50:11.960021+00', '2026-06-11 08:23:13.266012+00', false, NULL, 91982);
INSERT INTO stage_intervals VALUES ('00000000-070a-7886-b695-f38daf7b54ac', '00000000-0701-7524-b3f0-c3598634cf0b', 'delivery', '2026-06-11 08:23:13.266012+00', '2026-06-13 14:18:57.011302+00', false, NULL, 194144);
INSERT INTO stage_intervals VALUES ('00000000-070b-7e76-9f0c-50a662e1657e', '00000000-0701-7524-b3f0-c3598634cf0b', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0806-7ad3-82aa-5c30ed308c49', '00000000-0801-762f-9ecb-325f48bff3ab', 'receipt', '2026-06-01 05:17:42.957262+00', '2026-06-01 10:13:41.65184+00', false, NULL, 17759);
INSERT INTO stage_intervals VALUES ('00000000-0807-797c-88ce-d19bd4a9418a', '00000000-0801-762f-9ecb-325f48bff3ab', 'delivery', '2026-06-01 10:13:41.65184+00', '2026-06-02 16:09:32.354974+00', false, NULL, 107751);
INSERT INTO stage_intervals VALUES ('00000000-0808-7843-a897-c99217488842', '00000000-0801-762f-9ecb-325f48bff3ab', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0809-77f2-a977-1d31610866b4', '00000000-0801-762f-9ecb-325f48bff3ab', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-080a-7270-a7d5-14b7a950435e', '00000000-0801-762f-9ecb-325f48bff3ab', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-080b-782c-a36b-fde55751a81c', '00000000-0801-762f-9ecb-325f48bff3ab', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0906-70ee-b65b-dd81d735c99a', '00000000-0901-7ecd-942d-8f5679965422', 'receipt', '2026-10-12 14:53:28.06394+00', '2026-10-12 17:47:37.922536+00', false, NULL, 10449);
INSERT INTO stage_intervals VALUES ('00000000-0907-7d3c-a161-60be9f8b3ec1', '00000000-0901-7ecd-942d-8f5679965422', 'delivery', '2026-10-12 17:47:37.922536+00', '2026-10-16 03:32:29.500103+00', false, NULL, 294292);
INSERT INTO stage_intervals VALUES ('00000000-0908-74a4-a2b0-d379ec38d138', '00000000-0901-7ecd-942d-8f5679965422', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0909-75e5-b0e1-6224858d57bd', '00000000-0901-7ecd-942d-8f5679965422', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-090a-7e01-a2ef-38f4ccb1c6b3', '00000000-0901-7ecd-942d-8f5679965422', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-090b-7fd8-99ee-b8115b4bb00b', '00000000-0901-7ecd-942d-8f5679965422', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0a04-7d8e-9aa8-e9bd652bcd05', '00000000-0a01-7c8a-b02d-ef071975e01e', 'receipt', '2026-05-29 14:06:53.51417+00', '2026-05-29 17:36:52.722917+00', false, NULL, 12599);
INSERT INTO stage_intervals VALUES ('00000000-0a05-7666-acfb-3f1602a2a00c', '00000000-0a01-7c8a-b02d-ef071975e01e', 'delivery', '2026-05-29 17:36:52.722917+00', '2026-05-31 23:16:02.872011+00', false, NULL, 193150);
INSERT INTO stage_intervals VALUES ('00000000-0a06-7125-80a8-a9fa97175ede', '00000000-0a01-7c8a-b02d-ef071975e01e', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0a07-7db2-b15e-99cde2dfdd8f', '00000000-0a01-7c8a-b02d-ef071975e01e', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0a08-7f07-917e-86ba923a2680', '00000000-0a01-7c8a-b02d-ef071975e01e', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0a09-79f6-b9a9-0f3ed1e5a7d3', '00000000-0a01-7c8a-b02d-ef071975e01e', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0b03-7d0e-82d0-e90e663824a4', '00000000-0b01-7712-8471-51ea7187b3aa', 'receipt', '2026-06-27 06:09:32.30891+00', '2026-06-27 07:05:36.216389+00', false, NULL, 3364);
INSERT INTO stage_intervals VALUES ('00000000-0b04-796c-9368-053c75ac2850', '00000000-0b01-7712-8471-51ea7187b3aa', 'delivery', '2026-06-27 07:05:36.216389+00', '2026-06-28 08:17:46.403297+00', false, NULL, 90730);
INSERT INTO stage_intervals VALUES ('00000000-0b05-7d73-8d6a-8d855069de73', '00000000-0b01-7712-8471-51ea7187b3aa', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0b06-76e3-8e26-abc5adacda45', '00000000-0b01-7712-8471-51ea7187b3aa', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0b07-791b-a22e-60a11405e2bc', '00000000-0b01-7712-8471-51ea7187b3aa', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0b08-71de-ad90-198ddc53345c', '00000000-0b01-7712-8471-51ea7187b3aa', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0c04-7f9b-9e78-c4d74e342295', '00000000-0c01-7693-9d73-585bfe185b55', 'receipt', '2026-09-13 11:00:20.810268+00', '2026-09-13 15:51:18.364658+00', false, NULL, 17458);
INSERT INTO stage_intervals VALUES ('00000000-0c05-785b-be83-409f86e1444e', '00000000-0c01-7693-9d73-585bfe185b55', 'technical_preparation', '2026-09-13 15:51:18.364658+00', '2026-09-14 11:18:14.084407+00', false, NULL, 70016);
INSERT INTO stage_intervals VALUES ('00000000-0c06-79ba-a992-241b74ead070', '00000000-0c01-7693-9d73-585bfe185b55', 'materials', '2026-09-14 11:18:14.084407+00', '2026-09-15 10:56:54.813694+00', false, NULL, 85120);
INSERT INTO stage_intervals VALUES ('00000000-0c07-717e-a5a7-a3004a6cdc16', '00000000-0c01-7693-9d73-585bfe185b55', 'launch_preparation', '2026-09-15 18:44:22.781664+00', '2026-09-16 00:47:58.623035+00', false, NULL, 21816);
INSERT INTO stage_intervals VALUES ('00000000-0c08-7dd4-86fa-be02780141c1', '00000000-0c01-7693-9d73-585bfe185b55', 'production', '2026-09-16 00:47:58.623035+00', '2026-09-16 22:19:49.979616+00', false, NULL, 77511);
INSERT INTO stage_intervals VALUES ('00000000-0c09-7ef7-9911-476585619b13', '00000000-0c01-7693-9d73-585bfe185b55', 'delivery', '2026-09-16 22:19:49.979616+00', '2026-09-18 01:58:52.361107+00', false, NULL, 99543);
INSERT INTO stage_intervals VALUES ('00000000-0d03-713b-aa94-01cf85ead87d', '00000000-0d01-748f-986e-1c9816a9d21d', 'receipt', '2026-07-11 03:37:00.350457+00', '2026-07-11 04:57:06.427071+00', false, NULL, 4806);
INSERT INTO stage_intervals VALUES ('00000000-1b07-7298-a9d6-66799da438a1', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0d04-7cd3-8f03-dc7d5b2152bd', '00000000-0d01-748f-986e-1c9816a9d21d', 'delivery', '2026-07-11 04:57:06.427071+00', '2026-07-11 19:48:54.744889+00', false, NULL, 53508);
INSERT INTO stage_intervals VALUES ('00000000-0d05-71d7-bd83-4d2f90b647ba', '00000000-0d01-748f-986e-1c9816a9d21d', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0d06-79e4-81a0-eac04762e52f', '00000000-0d01-748f-986e-1c9816a9d21d', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0d07-7ee7-a797-a9540530d748', '00000000-0d01-748f-986e-1c9816a9d21d', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0d08-7428-9e7b-b544d8aa09f2', '00000000-0d01-748f-986e-1c9816a9d21d', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0e04-7576-83c3-04f64a4cbb5f', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'receipt', '2026-03-23 13:19:55.089346+00', '2026-03-23 13:39:07.966597+00', false, NULL, 1152);
INSERT INTO stage_intervals VALUES ('00000000-0e05-79b1-be39-537ea7b9852d', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'technical_preparation', '2026-03-23 13:39:07.966597+00', '2026-03-26 01:31:30.45239+00', false, NULL, 215543);
INSERT INTO stage_intervals VALUES ('00000000-0e06-7c81-9714-7f322aceb811', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'materials', '2026-03-26 01:31:30.45239+00', '2026-03-28 00:31:46.561779+00', false, NULL, 169216);
INSERT INTO stage_intervals VALUES ('00000000-0e07-7971-b28f-a29da6a14b9d', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'launch_preparation', '2026-03-28 00:31:46.561779+00', '2026-03-28 11:20:12.230687+00', false, NULL, 38906);
INSERT INTO stage_intervals VALUES ('00000000-0e08-7bf9-b6a0-c3adc713ca1b', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'production', '2026-03-28 11:20:12.230687+00', '2026-03-30 02:32:53.505233+00', false, NULL, 141161);
INSERT INTO stage_intervals VALUES ('00000000-0e09-7396-9f8b-7b94ada5d65e', '00000000-0e01-7b19-8e95-b6f9f6e46c45', 'delivery', '2026-03-30 02:32:53.505233+00', '2026-03-31 17:03:08.721594+00', false, NULL, 138615);
INSERT INTO stage_intervals VALUES ('00000000-0f03-755c-8359-9a6657973176', '00000000-0f01-783d-9cb0-41122f6bb212', 'receipt', '2026-11-16 18:16:10.595023+00', '2026-11-16 22:20:04.378285+00', false, NULL, 14634);
INSERT INTO stage_intervals VALUES ('00000000-0f04-7c0f-8483-df10d6a03e32', '00000000-0f01-783d-9cb0-41122f6bb212', 'delivery', '2026-11-17 16:54:04.72318+00', '2026-11-18 10:25:57.410071+00', false, NULL, 63113);
INSERT INTO stage_intervals VALUES ('00000000-0f05-72d9-803d-50bb324eab0b', '00000000-0f01-783d-9cb0-41122f6bb212', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0f06-734c-9965-ff9f1edf0e39', '00000000-0f01-783d-9cb0-41122f6bb212', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0f07-79aa-ba35-ba481bf875d0', '00000000-0f01-783d-9cb0-41122f6bb212', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-0f08-71dc-bd0b-134f8ddef9cb', '00000000-0f01-783d-9cb0-41122f6bb212', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1004-7ab3-944c-7535dbda0bd6', '00000000-1001-70e2-9bb8-0f0035a00586', 'receipt', '2026-09-01 12:54:25.755788+00', '2026-09-01 15:59:31.212407+00', false, NULL, 11106);
INSERT INTO stage_intervals VALUES ('00000000-1005-79fc-ba87-3fd6ff9522c9', '00000000-1001-70e2-9bb8-0f0035a00586', 'delivery', '2026-09-01 15:59:31.212407+00', '2026-09-02 08:21:39.589468+00', false, NULL, 58928);
INSERT INTO stage_intervals VALUES ('00000000-1006-7d35-bdc3-3a7d6b1417b7', '00000000-1001-70e2-9bb8-0f0035a00586', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1007-7c84-9ee0-c51d53d0a3a7', '00000000-1001-70e2-9bb8-0f0035a00586', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1008-7cbc-962f-f486d783c4e4', '00000000-1001-70e2-9bb8-0f0035a00586', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1009-76d2-8149-7e45d6856617', '00000000-1001-70e2-9bb8-0f0035a00586', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1106-7604-abdc-ab7d65820406', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'receipt', '2026-06-21 07:34:21.648481+00', '2026-06-21 12:33:42.445313+00', false, NULL, 17961);
INSERT INTO stage_intervals VALUES ('00000000-1107-7ba6-b551-62f513f43988', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'materials', '2026-06-21 12:33:42.445313+00', '2026-06-22 01:39:55.03355+00', false, NULL, 47173);
INSERT INTO stage_intervals VALUES ('00000000-1108-7823-b97f-507e6c4617a9', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'launch_preparation', '2026-06-22 01:39:55.03355+00', '2026-06-22 03:50:30.30544+00', false, NULL, 7835);
INSERT INTO stage_intervals VALUES ('00000000-1109-7c8a-9ddb-010424c4c48f', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'production', '2026-06-22 03:50:30.30544+00', '2026-06-24 23:34:22.369517+00', false, NULL, 243832);
INSERT INTO stage_intervals VALUES ('00000000-110a-7820-97fa-b0cc53a65143', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'delivery', '2026-06-24 23:34:22.369517+00', '2026-06-27 23:30:55.706626+00', false, NULL, 258993);
INSERT INTO stage_intervals VALUES ('00000000-110b-7313-8d56-232cdeb46f5f', '00000000-1101-7481-b7f1-2da8ee75f0b2', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1205-7e5e-ad92-43c32f8cb200', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'receipt', '2026-09-24 14:25:13.441108+00', '2026-09-24 16:03:17.832542+00', false, NULL, 5884);
INSERT INTO stage_intervals VALUES ('00000000-1206-7e7d-9354-beabdec18b62', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'delivery', '2026-09-25 00:24:27.495888+00', '2026-09-27 08:02:41.028385+00', false, NULL, 200294);
INSERT INTO stage_intervals VALUES ('00000000-1207-773f-a1a8-98a3501ed8a7', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1208-7bb4-9819-b6a4f83c4e5e', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1209-73d0-823f-6e7659f77a9f', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-120a-7975-bc86-aff8121cb6c6', '00000000-1201-7ea4-b8ef-03419a8e79b3', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1306-71b5-9ba3-bf74f6a70f8b', '00000000-1301-7fdc-a661-d614b8723ddf', 'receipt', '2026-07-15 14:47:01.537586+00', '2026-07-15 18:48:37.590183+00', false, NULL, 14496);
INSERT INTO stage_intervals VALUES ('00000000-1307-7f88-819e-210903e6bd26', '00000000-1301-7fdc-a661-d614b8723ddf', 'delivery', '2026-07-16 06:43:17.78867+00', '2026-07-20 02:31:58.834272+00', false, NULL, 330521);
INSERT INTO stage_intervals VALUES ('00000000-1308-7791-820f-841f820c2f60', '00000000-1301-7fdc-a661-d614b8723ddf', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1309-7793-8fed-be27d86acd61', '00000000-1301-7fdc-a661-d614b8723ddf', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-130a-7daf-8c48-2a50e6098e19', '00000000-1301-7fdc-a661-d614b8723ddf', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-130b-785a-91fb-d6e8bad64956', '00000000-1301-7fdc-a661-d614b8723ddf', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1403-7cd0-b88a-6c3c9ae9a8eb', '00000000-1401-777d-8acb-045e74637eba', 'receipt', '2025-12-29 13:55:39.692783+00', '2025-12-29 19:05:18.971654+00', false, NULL, 18579);
INSERT INTO stage_intervals VALUES ('00000000-1404-7d58-ac84-dfc10cd42f4e', '00000000-1401-777d-8acb-045e74637eba', 'delivery', '2025-12-29 19:05:18.971654+00', '2026-01-03 06:49:59.370014+00', false, NULL, 387881);
INSERT INTO stage_intervals VALUES ('00000000-1405-770c-9709-fbd192678749', '00000000-1401-777d-8acb-045e74637eba', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1406-7294-b449-d1be115651c7', '00000000-1401-777d-8acb-045e74637eba', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1407-7fa6-92b4-61506c419dec', '00000000-1401-777d-8acb-045e74637eba', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1408-7f89-8694-ee5cc9b0473e', '00000000-1401-777d-8acb-045e74637eba', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1506-7a6d-8720-030fc82c5230', '00000000-1501-7eb8-a286-8e02880cf45a', 'receipt', '2026-04-02 07:06:22.904888+00', '2026-04-02 08:56:37.887107+00', false, NULL, 6615);
INSERT INTO stage_intervals VALUES ('00000000-1507-7c00-92ff-62df21be4930', '00000000-1501-7eb8-a286-8e02880cf45a', 'delivery', '2026-04-02 08:56:37.887107+00', '2026-04-06 11:05:22.943149+00', false, NULL, 353325);
INSERT INTO stage_intervals VALUES ('00000000-1508-7409-a341-1bef46d7585c', '00000000-1501-7eb8-a286-8e02880cf45a', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1509-7e91-96cc-75b882b8c78e', '00000000-1501-7eb8-a286-8e02880cf45a', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-150a-7d35-9d34-3716828d746d', '00000000-1501-7eb8-a286-8e02880cf45a', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-150b-7d7e-a501-e917ab6472f5', '00000000-1501-7eb8-a286-8e02880cf45a', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1606-7efa-af34-6efe29e41fbe', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'receipt', '2026-03-29 17:15:47.24643+00', '2026-03-29 22:29:06.367056+00', false, NULL, 18799);
INSERT INTO stage_intervals VALUES ('00000000-1607-707e-8377-62f16f8793a1', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'materials', '2026-03-30 18:12:20.576153+00', '2026-04-01 07:33:21.485832+00', false, NULL, 134461);
INSERT INTO stage_intervals VALUES ('00000000-1608-7f33-89b0-98aa628b7ab9', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'launch_preparation', '2026-04-01 12:07:25.214837+00', '2026-04-01 20:53:47.856545+00', false, NULL, 31582);
INSERT INTO stage_intervals VALUES ('00000000-1609-7f39-989f-f40eae9630d2', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'production', '2026-04-01 20:53:47.856545+00', '2026-04-06 04:36:35.218738+00', false, NULL, 373368);
INSERT INTO stage_intervals VALUES ('00000000-160a-7e0e-9520-7ffc220f732c', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'delivery', '2026-04-06 04:36:35.218738+00', '2026-04-10 07:44:12.747252+00', false, NULL, 356857);
INSERT INTO stage_intervals VALUES ('00000000-160b-7f7f-bfc8-f224f8112558', '00000000-1601-7674-a5cd-48f6dc1f5b61', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1706-7899-b576-678d81e03fdf', '00000000-1701-78cb-9882-553853ffddc0', 'receipt', '2026-07-04 07:52:44.474768+00', '2026-07-04 08:53:32.30466+00', false, NULL, NULL);
INSERT INTO stage_intervals VALUES ('00000000-1803-7634-8235-794098fc4c99', '00000000-1801-793d-9ac2-6d26072aa651', 'receipt', '2026-05-15 12:05:54.303007+00', '2026-05-15 15:35:28.719126+00', false, NULL, 12574);
INSERT INTO stage_intervals VALUES ('00000000-1804-7c2d-b5cf-470edfae7187', '00000000-1801-793d-9ac2-6d26072aa651', 'delivery', '2026-05-15 15:35:28.719126+00', '2026-05-19 04:39:17.225648+00', false, NULL, 306229);
INSERT INTO stage_intervals VALUES ('00000000-1805-78f3-8d03-07b5a10e51f4', '00000000-1801-793d-9ac2-6d26072aa651', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1806-7d9c-b4df-2947daa64eee', '00000000-1801-793d-9ac2-6d26072aa651', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1807-7be5-978f-6ff2341dc885', '00000000-1801-793d-9ac2-6d26072aa651', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1808-78e7-b130-5302daecbf4c', '00000000-1801-793d-9ac2-6d26072aa651', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1904-79c4-b73d-96d6ce8092c1', '00000000-1901-7f85-8a37-607086e49d10', 'receipt', '2026-01-16 11:42:42.812928+00', '2026-01-16 15:14:24.761619+00', false, NULL, 12702);
INSERT INTO stage_intervals VALUES ('00000000-1905-72bc-8400-805a13eddb7e', '00000000-1901-7f85-8a37-607086e49d10', 'delivery', '2026-01-16 18:39:58.458988+00', '2026-01-18 10:09:25.552873+00', false, NULL, 142167);
INSERT INTO stage_intervals VALUES ('00000000-1906-7819-835f-8daa8f4eaf0f', '00000000-1901-7f85-8a37-607086e49d10', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1907-75d9-b0f4-39482968a448', '00000000-1901-7f85-8a37-607086e49d10', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1908-775b-b7e3-eef577c3c903', '00000000-1901-7f85-8a37-607086e49d10', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1909-78aa-b7f7-3a0c986542b9', '00000000-1901-7f85-8a37-607086e49d10', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1a04-7b45-b78e-d462397e8e6e', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'receipt', '2026-07-04 07:51:57.12558+00', '2026-07-04 09:55:26.040699+00', false, NULL, 7409);
INSERT INTO stage_intervals VALUES ('00000000-1a05-7df6-9cf7-0c8f7eb7bfb0', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'delivery', '2026-07-04 11:10:50.083785+00', '2026-07-07 16:04:20.410418+00', false, NULL, 276810);
INSERT INTO stage_intervals VALUES ('00000000-1a06-74a8-abdc-edeb851177c1', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1a07-7739-9b76-710c6a32ad88', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1a08-76e5-9ae2-495faa71fb91', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1a09-7e47-9bc8-ee4973652e79', '00000000-1a01-7ad9-a7a8-f1dc852766c1', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1b04-7663-aa03-09b74e91e155', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'receipt', '2026-10-12 12:21:34.493497+00', '2026-10-12 17:37:29.730556+00', false, NULL, 18955);
INSERT INTO stage_intervals VALUES ('00000000-1b05-7e50-b6d8-7b3cfd5ddd19', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'delivery', '2026-10-12 17:37:29.730556+00', '2026-10-16 00:08:50.644069+00', false, NULL, 282681);
INSERT INTO stage_intervals VALUES ('00000000-1b06-785c-a3ca-41a719d9343a', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1b08-7713-8113-bbae4bf234e2', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1b09-7f9d-b4cb-cc157e9588ba', '00000000-1b01-7a3b-856e-b54fbf8e28f5', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1c05-785b-bf7a-35dc4713fcdf', '00000000-1c01-7484-be68-d578caf4deb5', 'receipt', '2026-04-11 10:07:16.311346+00', '2026-04-11 11:05:01.231316+00', false, NULL, 3465);
INSERT INTO stage_intervals VALUES ('00000000-1c06-7029-bbc3-a0fa8d0a64b5', '00000000-1c01-7484-be68-d578caf4deb5', 'technical_preparation', '2026-04-11 11:05:01.231316+00', '2026-04-12 20:46:54.979531+00', false, NULL, 121313);
INSERT INTO stage_intervals VALUES ('00000000-1c07-716a-a10f-e6c3ac233f9b', '00000000-1c01-7484-be68-d578caf4deb5', 'materials', '2026-04-13 15:35:41.581373+00', '2026-04-17 06:07:08.670692+00', false, NULL, 311487);
INSERT INTO stage_intervals VALUES ('00000000-1c08-7c2b-bf23-671a8d6d40fe', '00000000-1c01-7484-be68-d578caf4deb5', 'launch_preparation', '2026-04-17 06:07:08.670692+00', '2026-04-17 09:35:40.619645+00', false, NULL, 12512);
INSERT INTO stage_intervals VALUES ('00000000-1c09-7cdf-977d-69a3832c88f5', '00000000-1c01-7484-be68-d578caf4deb5', 'production', '2026-04-17 09:35:40.619645+00', '2026-04-18 22:05:29.579161+00', false, NULL, 131389);
INSERT INTO stage_intervals VALUES ('00000000-1c0a-7ff3-86e1-d8520bc858a6', '00000000-1c01-7484-be68-d578caf4deb5', 'delivery', '2026-04-19 11:37:33.189002+00', '2026-04-23 01:43:15.80756+00', false, NULL, 309942);
INSERT INTO stage_intervals VALUES ('00000000-1d06-7b93-89f8-41cdb29bca16', '00000000-1d01-7872-9919-028b280eccec', 'receipt', '2026-03-15 11:00:33.814598+00', '2026-03-15 12:10:17.639444+00', false, NULL, 4184);
INSERT INTO stage_intervals VALUES ('00000000-1d07-7dcd-a666-25f28fb3700c', '00000000-1d01-7872-9919-028b280eccec', 'delivery', '2026-03-15 17:38:05.322876+00', '2026-03-19 23:07:53.583148+00', false, NULL, 365388);
INSERT INTO stage_intervals VALUES ('00000000-1d08-76ae-bd4a-44b9ea67e750', '00000000-1d01-7872-9919-028b280eccec', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1d09-7e7c-90a7-600137166723', '00000000-1d01-7872-9919-028b280eccec', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1d0a-740d-ac09-964a4bd8d795', '00000000-1d01-7872-9919-028b280eccec', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1d0b-744e-9eb0-53dcf8d4315e', '00000000-1d01-7872-9919-028b280eccec', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1e05-77a7-8fde-19f4d5f3a160', '00000000-1e01-7c77-8db0-aa57d2917268', 'receipt', '2025-12-16 04:53:53.867551+00', '2025-12-16 08:58:43.929074+00', false, NULL, 14690);
INSERT INTO stage_intervals VALUES ('00000000-1e06-7095-8675-68400e1185e8', '00000000-1e01-7c77-8db0-aa57d2917268', 'delivery', '2025-12-16 14:50:33.583796+00', '2025-12-19 18:04:02.610832+00', false, NULL, 270809);
INSERT INTO stage_intervals VALUES ('00000000-1e07-7255-bdef-14d8b99ad32e', '00000000-1e01-7c77-8db0-aa57d2917268', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1e08-7f43-a344-f9ebc53d7a3d', '00000000-1e01-7c77-8db0-aa57d2917268', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1e09-78f9-990a-c8686b46ba59', '00000000-1e01-7c77-8db0-aa57d2917268', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1e0a-784d-b0a0-088374dbca3a', '00000000-1e01-7c77-8db0-aa57d2917268', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f05-7657-8727-b83037c05726', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'receipt', '2026-12-01 00:40:35.627561+00', '2026-12-01 01:17:02.954445+00', false, NULL, NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f06-7e06-b39c-32869f4562cd', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'delivery', '2026-12-01 01:17:02.954445+00', NULL, false, NULL, NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f07-78f7-b8b7-1af8307421de', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f08-72db-9071-c42621db81b9', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f09-7ec1-a1eb-c22c24b7b7d8', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-1f0a-7888-9026-d7abf65af159', '00000000-1f01-7271-b89f-8f94b3e58b1c', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2005-7ba4-b782-f720318f027f', '00000000-2001-76f0-9604-5a0a8f9d442e', 'receipt', '2026-10-19 10:06:49.229183+00', '2026-10-19 11:39:35.543034+00', false, NULL, 5566);
INSERT INTO stage_intervals VALUES ('00000000-2006-7b9a-bb95-b07a40ae3e94', '00000000-2001-76f0-9604-5a0a8f9d442e', 'technical_preparation', '2026-10-19 11:39:35.543034+00', '2026-10-20 06:06:29.707555+00', false, NULL, 66414);
INSERT INTO stage_intervals VALUES ('00000000-2007-77fa-a6b7-4b5098c11497', '00000000-2001-76f0-9604-5a0a8f9d442e', 'materials', '2026-10-20 14:29:45.941738+00', '2026-10-21 13:00:25.813672+00', false, NULL, 81040);
INSERT INTO stage_intervals VALUES ('00000000-2008-7d06-9317-d6f66d987b2b', '00000000-2001-76f0-9604-5a0a8f9d442e', 'launch_preparation', '2026-10-21 23:31:38.963806+00', '2026-10-22 08:20:21.967483+00', false, NULL, 31723);
INSERT INTO stage_intervals VALUES ('00000000-2009-7687-ad41-e411cc30c48b', '00000000-2001-76f0-9604-5a0a8f9d442e', 'production', '2026-10-22 08:20:21.967483+00', '2026-10-23 04:57:06.85516+00', false, NULL, 74205);
INSERT INTO stage_intervals VALUES ('00000000-200a-7c45-be4f-3e1e606ca991', '00000000-2001-76f0-9604-5a0a8f9d442e', 'delivery', '2026-10-23 09:49:54.008181+00', '2026-10-24 07:48:38.958404+00', false, NULL, 79124);
INSERT INTO stage_intervals VALUES ('00000000-2104-7644-9ea5-d6b0a3eb8f7a', '00000000-2101-7b51-8015-073d18147a43', 'receipt', '2026-10-16 13:22:29.338743+00', '2026-10-16 18:15:24.774863+00', false, NULL, 17575);
INSERT INTO stage_intervals VALUES ('00000000-2105-77f2-9a3b-235cd3758068', '00000000-2101-7b51-8015-073d18147a43', 'delivery', '2026-10-17 01:05:31.551871+00', '2026-10-20 11:50:08.742974+00', false, NULL, 297877);
INSERT INTO stage_intervals VALUES ('00000000-2106-7f8b-983d-bac7564d22b6', '00000000-2101-7b51-8015-073d18147a43', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2107-7ca4-9712-ab17263fe4d2', '00000000-2101-7b51-8015-073d18147a43', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2108-784f-b857-0139f5171859', '00000000-2101-7b51-8015-073d18147a43', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2109-736c-965e-9331cdc2dc1d', '00000000-2101-7b51-8015-073d18147a43', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2206-727e-8b23-2d5bc3da79a2', '00000000-2201-72d4-8157-f18929650261', 'receipt', '2026-10-20 09:54:41.634447+00', '2026-10-20 13:20:25.68896+00', false, NULL, 12344);
INSERT INTO stage_intervals VALUES ('00000000-2207-745e-a60e-c4dba153f90a', '00000000-2201-72d4-8157-f18929650261', 'delivery', '2026-10-21 01:04:07.072302+00', '2026-10-24 13:55:42.754611+00', false, NULL, 305495);
INSERT INTO stage_intervals VALUES ('00000000-2208-7850-a38d-ed6e0dc1c9b2', '00000000-2201-72d4-8157-f18929650261', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2209-73fe-9e01-a02dec3e0bac', '00000000-2201-72d4-8157-f18929650261', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-220a-7ad2-b38e-96c5b21a3c21', '00000000-2201-72d4-8157-f18929650261', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-220b-72ad-911a-95f1d4ceb10b', '00000000-2201-72d4-8157-f18929650261', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2303-7d15-ab80-b6816444967f', '00000000-2301-75b9-a014-adf79a00c2e9', 'receipt', '2026-07-15 06:07:23.619995+00', '2026-07-15 10:36:01.624051+00', false, NULL, 16118);
INSERT INTO stage_intervals VALUES ('00000000-2304-775d-b27b-4253d732b7cf', '00000000-2301-75b9-a014-adf79a00c2e9', 'delivery', '2026-07-15 22:03:59.323353+00', '2026-07-19 15:37:49.590807+00', false, NULL, 322430);
INSERT INTO stage_intervals VALUES ('00000000-2305-7c08-988c-cb516ccb4152', '00000000-2301-75b9-a014-adf79a00c2e9', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2306-7017-aff1-b9c44f0f3cba', '00000000-2301-75b9-a014-adf79a00c2e9', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2307-7035-afb7-42bee18d86bb', '00000000-2301-75b9-a014-adf79a00c2e9', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2308-79f2-ac5f-00ee9266ba85', '00000000-2301-75b9-a014-adf79a00c2e9', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2405-7304-b489-1323153f1104', '00000000-2401-7b65-b27c-fcf187232e5e', 'receipt', '2025-12-21 17:02:06.74978+00', '2025-12-21 20:14:49.054938+00', false, NULL, 11563);
INSERT INTO stage_intervals VALUES ('00000000-2406-7c8e-ab5b-3fb193340c6c', '00000000-2401-7b65-b27c-fcf187232e5e', 'delivery', '2025-12-21 20:14:49.054938+00', '2025-12-25 23:22:55.089662+00', false, NULL, 356886);
INSERT INTO stage_intervals VALUES ('00000000-2407-7776-8528-e5504727ab30', '00000000-2401-7b65-b27c-fcf187232e5e', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2408-7691-8194-efd6ad6cbc65', '00000000-2401-7b65-b27c-fcf187232e5e', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2409-7976-9044-0a50e7574c29', '00000000-2401-7b65-b27c-fcf187232e5e', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-240a-73f0-a4b5-d55ac10c5eeb', '00000000-2401-7b65-b27c-fcf187232e5e', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2505-7ac6-b1b2-340ca41ce814', '00000000-2501-774a-b7c9-5a39d31217e5', 'receipt', '2026-06-17 15:46:09.349026+00', '2026-06-17 17:30:49.926823+00', false, NULL, 6280);
INSERT INTO stage_intervals VALUES ('00000000-2506-7694-8a27-8120e57acf68', '00000000-2501-774a-b7c9-5a39d31217e5', 'delivery', '2026-06-18 10:10:59.971225+00', '2026-06-21 18:56:10.483105+00', false, NULL, 290711);
INSERT INTO stage_intervals VALUES ('00000000-2507-7ef6-b143-8175ee386cef', '00000000-2501-774a-b7c9-5a39d31217e5', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2508-7059-83f6-3e32e542137a', '00000000-2501-774a-b7c9-5a39d31217e5', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2509-7a92-add2-230603aa752a', '00000000-2501-774a-b7c9-5a39d31217e5', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-250a-7df1-bbd7-71c54a140815', '00000000-2501-774a-b7c9-5a39d31217e5', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2605-7502-9ed4-761fcae959ad', '00000000-2601-7a45-b39a-74065a25dc0f', 'receipt', '2026-11-13 07:33:11.044014+00', '2026-11-13 12:36:06.606205+00', false, NULL, 18175);
INSERT INTO stage_intervals VALUES ('00000000-2606-7635-a19e-aca3c6cb56c7', '00000000-2601-7a45-b39a-74065a25dc0f', 'delivery', '2026-11-13 12:36:06.606205+00', '2026-11-15 09:41:01.900615+00', false, NULL, 162295);
INSERT INTO stage_intervals VALUES ('00000000-2607-7444-9e40-8145d40cd74c', '00000000-2601-7a45-b39a-74065a25dc0f', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2608-7aea-9ce2-2c9b905bc05b', '00000000-2601-7a45-b39a-74065a25dc0f', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2609-75cb-8ac1-9d2efcf93457', '00000000-2601-7a45-b39a-74065a25dc0f', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-260a-7fad-9bc9-867c1cc2ed68', '00000000-2601-7a45-b39a-74065a25dc0f', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2704-7abd-a612-34e24f57c932', '00000000-2701-7b9a-8246-154031a3ffc9', 'receipt', '2026-03-31 05:43:17.309202+00', '2026-03-31 09:04:00.397702+00', false, NULL, 12043);
INSERT INTO stage_intervals VALUES ('00000000-2705-73ec-9748-e9e9742431b5', '00000000-2701-7b9a-8246-154031a3ffc9', 'delivery', '2026-03-31 09:04:00.397702+00', '2026-04-01 20:19:15.97715+00', false, NULL, 126915);
INSERT INTO stage_intervals VALUES ('00000000-2706-7748-a70f-8ff11bdd0a6f', '00000000-2701-7b9a-8246-154031a3ffc9', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2707-784b-92a2-da81e8345e63', '00000000-2701-7b9a-8246-154031a3ffc9', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2708-70a0-a343-583c5bced6f9', '00000000-2701-7b9a-8246-154031a3ffc9', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2709-7bc0-bfaa-b20cfdec520c', '00000000-2701-7b9a-8246-154031a3ffc9', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2806-7341-871b-9bfa8b7586f7', '00000000-2801-7d50-aeef-e778c0b022bd', 'receipt', '2026-02-08 04:52:24.456924+00', '2026-02-08 09:20:56.352389+00', false, NULL, 16112);
INSERT INTO stage_intervals VALUES ('00000000-2807-7df1-8189-a367d73c5319', '00000000-2801-7d50-aeef-e778c0b022bd', 'delivery', '2026-02-08 22:17:04.448386+00', '2026-02-11 10:51:42.400408+00', false, NULL, 218078);
INSERT INTO stage_intervals VALUES ('00000000-2808-7b37-b65d-22a594872a97', '00000000-2801-7d50-aeef-e778c0b022bd', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2809-7e8d-a9ac-ada0a7892b10', '00000000-2801-7d50-aeef-e778c0b022bd', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-280a-733a-bdb6-85ad083e4377', '00000000-2801-7d50-aeef-e778c0b022bd', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-280b-7e28-9191-1f8dd4b16f00', '00000000-2801-7d50-aeef-e778c0b022bd', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2905-7523-84b7-088c5f188c45', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'receipt', '2026-10-07 15:57:21.006063+00', '2026-10-07 20:34:46.662493+00', false, NULL, 16645);
INSERT INTO stage_intervals VALUES ('00000000-2906-7a65-9bc4-9a02bde01a84', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'materials', '2026-10-07 20:34:46.662493+00', '2026-10-08 18:52:49.209732+00', false, NULL, 80283);
INSERT INTO stage_intervals VALUES ('00000000-2907-72d0-931b-cfd42068aa98', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'launch_preparation', '2026-10-08 18:52:49.209732+00', '2026-10-08 21:28:59.060577+00', false, NULL, 9370);
INSERT INTO stage_intervals VALUES ('00000000-2908-7273-ba16-878c5f9c127f', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'production', '2026-10-08 21:28:59.060577+00', '2026-10-11 09:40:29.633007+00', false, NULL, 216690);
INSERT INTO stage_intervals VALUES ('00000000-2909-7484-9766-1bcf38e9755e', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'delivery', '2026-10-11 09:40:29.633007+00', '2026-10-13 15:45:57.582081+00', false, NULL, 194728);
INSERT INTO stage_intervals VALUES ('00000000-290a-7182-a56c-958be2e5bbee', '00000000-2901-7bc7-8fd0-6c5e49924bc9', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2a05-7679-a84d-4da7aab09089', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'receipt', '2026-09-09 05:23:44.158655+00', '2026-09-09 10:43:27.251808+00', false, NULL, 19183);
INSERT INTO stage_intervals VALUES ('00000000-2a06-7115-8bd5-f79f81a49a94', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'materials', '2026-09-09 18:22:26.187493+00', '2026-09-10 20:35:49.667516+00', false, NULL, 94403);
INSERT INTO stage_intervals VALUES ('00000000-2a07-78be-b104-d2b161086d32', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'launch_preparation', '2026-09-10 20:35:49.667516+00', '2026-09-11 06:32:36.829566+00', false, NULL, 35807);
INSERT INTO stage_intervals VALUES ('00000000-2a08-7b4f-ae4d-c9a94cb9f100', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'production', '2026-09-11 16:59:57.888881+00', '2026-09-13 04:09:39.101712+00', false, NULL, 126582);
INSERT INTO stage_intervals VALUES ('00000000-2a09-7447-910a-3dc053ca91b8', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'delivery', '2026-09-13 04:09:39.101712+00', '2026-09-13 19:41:10.639078+00', false, NULL, 55891);
INSERT INTO stage_intervals VALUES ('00000000-2a0a-71e3-b8a4-8341f84fe6bb', '00000000-2a01-729b-b1ed-fef872b6e0c1', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2b06-7a88-a356-0d3360043222', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'receipt', '2026-05-19 08:09:23.143237+00', '2026-05-19 10:32:44.986392+00', false, NULL, 8601);
INSERT INTO stage_intervals VALUES ('00000000-2b07-7f6c-9d9d-4d5d99bad202', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'materials', '2026-05-19 10:32:44.986392+00', '2026-05-20 09:54:40.45861+00', false, NULL, 84116);
INSERT INTO stage_intervals VALUES ('00000000-2b08-7369-83da-f988d3252fc6', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'launch_preparation', '2026-05-20 09:54:40.45861+00', '2026-05-20 14:42:34.443939+00', false, NULL, 17274);
INSERT INTO stage_intervals VALUES ('00000000-2b09-7146-b830-7fd3b8498841', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'production', '2026-05-20 14:42:34.443939+00', '2026-05-24 06:37:05.364394+00', false, NULL, 316471);
INSERT INTO stage_intervals VALUES ('00000000-2b0a-746e-bb91-80ebd2d29fd7', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'delivery', '2026-05-24 12:08:15.733263+00', '2026-05-27 16:49:25.157673+00', false, NULL, 276070);
INSERT INTO stage_intervals VALUES ('00000000-2b0b-7594-b5ea-5e252a9ac53d', '00000000-2b01-7607-bfd0-3cb0ed21b146', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2c05-79e5-9659-f73dcc8369ee', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'receipt', '2026-06-18 14:07:35.063773+00', '2026-06-18 16:40:26.87054+00', false, NULL, 9171);
INSERT INTO stage_intervals VALUES ('00000000-2c06-7545-bbdc-8608588a464a', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'technical_preparation', '2026-06-18 16:40:26.87054+00', '2026-06-21 03:33:50.046428+00', false, NULL, 212004);
INSERT INTO stage_intervals VALUES ('00000000-2c07-7912-adf2-874a69feb223', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'materials', '2026-06-21 03:33:50.046428+00', '2026-06-24 08:21:32.106931+00', false, NULL, 276462);
INSERT INTO stage_intervals VALUES ('00000000-2c08-78f9-b0ea-ddc5cacde733', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'launch_preparation', '2026-06-24 11:22:33.955035+00', '2026-06-24 19:28:07.875283+00', false, NULL, 29134);
INSERT INTO stage_intervals VALUES ('00000000-2c09-7b74-bb45-6acb45d88874', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'production', '2026-06-24 19:28:07.875283+00', '2026-06-25 16:03:23.020049+00', false, NULL, 74116);
INSERT INTO stage_intervals VALUES ('00000000-2c0a-7c27-8a8f-970357586242', '00000000-2c01-7a8f-a83a-ac7b6aa6bef6', 'delivery', '2026-06-25 16:03:23.020049+00', '2026-06-26 11:58:58.589246+00', false, NULL, 71735);
INSERT INTO stage_intervals VALUES ('00000000-2d03-77bd-8bf9-bea1e033c197', '00000000-2d01-7c04-a8cd-8535476b8355', 'receipt', '2026-08-03 08:24:13.11002+00', '2026-08-03 11:48:43.494769+00', false, NULL, 12270);
INSERT INTO stage_intervals VALUES ('00000000-2d04-75c1-be48-62cded99a67a', '00000000-2d01-7c04-a8cd-8535476b8355', 'delivery', '2026-08-03 11:48:43.494769+00', '2026-08-04 18:39:11.377653+00', false, NULL, 111028);
INSERT INTO stage_intervals VALUES ('00000000-2d05-763d-914f-56cb9f2b7ca6', '00000000-2d01-7c04-a8cd-8535476b8355', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2d06-72c8-aff0-035e97d679d7', '00000000-2d01-7c04-a8cd-8535476b8355', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2d07-7ac5-9521-08571dfb6a18', '00000000-2d01-7c04-a8cd-8535476b8355', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2d08-7790-a8bb-8a9c8953ede6', '00000000-2d01-7c04-a8cd-8535476b8355', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2e04-7a51-ac75-30f3423d0767', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'receipt', '2026-03-14 10:00:18.79469+00', '2026-03-14 11:50:11.004763+00', false, NULL, 6593);
INSERT INTO stage_intervals VALUES ('00000000-2e05-7024-a870-2f533b2bf8ca', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'technical_preparation', '2026-03-15 07:28:21.796926+00', '2026-03-15 16:39:47.724934+00', false, NULL, 33086);
INSERT INTO stage_intervals VALUES ('00000000-2e06-7e78-97fd-44c4cdf19bf7', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'materials', '2026-03-15 16:39:47.724934+00', '2026-03-16 23:15:03.746391+00', false, NULL, 110116);
INSERT INTO stage_intervals VALUES ('00000000-2e07-7b4f-9dca-db97c665282d', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'launch_preparation', '2026-03-16 23:15:03.746391+00', '2026-03-17 05:08:53.215976+00', false, NULL, 21230);
INSERT INTO stage_intervals VALUES ('00000000-2e08-75d5-8a9c-2d504c8dee92', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'production', '2026-03-17 05:08:53.215976+00', '2026-03-19 21:28:02.502987+00', false, NULL, 231549);
INSERT INTO stage_intervals VALUES ('00000000-2e09-750d-84c0-8fbd6070d9b6', '00000000-2e01-7cb0-9d6f-8cdf9762c9ab', 'delivery', '2026-03-19 21:28:02.502987+00', '2026-03-21 19:04:44.444163+00', false, NULL, 164202);
INSERT INTO stage_intervals VALUES ('00000000-2f04-7a78-88a7-95ccca8d4d7e', '00000000-2f01-7b8d-851c-742f89144206', 'receipt', '2026-03-22 06:33:28.951939+00', '2026-03-22 10:56:45.97238+00', false, NULL, 15797);
INSERT INTO stage_intervals VALUES ('00000000-2f05-785e-8bf3-e18ff2377822', '00000000-2f01-7b8d-851c-742f89144206', 'delivery', '2026-03-22 10:56:45.97238+00', '2026-03-23 02:21:08.418869+00', false, NULL, 55463);
INSERT INTO stage_intervals VALUES ('00000000-2f06-732b-a092-3b3ade2e5b15', '00000000-2f01-7b8d-851c-742f89144206', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2f07-74a6-a074-b2ee4d05e807', '00000000-2f01-7b8d-851c-742f89144206', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2f08-7612-8b9d-a9c8ebf23eae', '00000000-2f01-7b8d-851c-742f89144206', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-2f09-7e2a-ae44-5247a236a710', '00000000-2f01-7b8d-851c-742f89144206', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-3006-7d0e-aba8-30eef1394601', '00000000-3001-7801-badf-0a9853290e38', 'receipt', '2026-07-28 12:21:02.178743+00', '2026-07-28 16:20:48.605446+00', false, NULL, 14386);
INSERT INTO stage_intervals VALUES ('00000000-3007-7ba1-83b5-97f1e45fa4bb', '00000000-3001-7801-badf-0a9853290e38', 'materials', '2026-07-28 17:01:06.000512+00', '2026-08-01 05:54:24.140532+00', false, NULL, 305598);
INSERT INTO stage_intervals VALUES ('00000000-3008-76d2-8e47-122784929fc8', '00000000-3001-7801-badf-0a9853290e38', 'launch_preparation', '2026-08-01 05:54:24.140532+00', '2026-08-01 15:18:44.194623+00', false, NULL, 33860);
INSERT INTO stage_intervals VALUES ('00000000-3009-71ec-a84f-151cf5e4fa79', '00000000-3001-7801-badf-0a9853290e38', 'production', '2026-08-01 15:18:44.194623+00', '2026-08-03 04:41:42.216194+00', false, NULL, 134578);
INSERT INTO stage_intervals VALUES ('00000000-300a-7dc8-8061-b406524d016e', '00000000-3001-7801-badf-0a9853290e38', 'delivery', '2026-08-03 04:41:42.216194+00', '2026-08-07 17:36:45.284827+00', false, NULL, 392103);
INSERT INTO stage_intervals VALUES ('00000000-300b-7496-968f-e8f8c7ba583d', '00000000-3001-7801-badf-0a9853290e38', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-3103-7c0a-a1ba-4c2a10ba8f66', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'receipt', '2026-09-02 08:25:04.858479+00', '2026-09-02 08:53:18.578437+00', false, NULL, 1694);
INSERT INTO stage_intervals VALUES ('00000000-3104-717f-ae4c-ee16f57d4e8a', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'delivery', '2026-09-02 11:46:20.764819+00', '2026-09-04 00:15:35.41953+00', false, NULL, 131355);
INSERT INTO stage_intervals VALUES ('00000000-3105-756d-941d-7d4ca11b891a', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'technical_preparation', NULL, NULL, true, 'Repeat products', NULL);
INSERT INTO stage_intervals VALUES ('00000000-3106-7c66-bc14-73e6818fc99a', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'materials', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-3107-7b61-abaf-af0daf928c03', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'launch_preparation', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stage_intervals VALUES ('00000000-3108-765c-97f3-14707a460a56', '00000000-3101-745d-a8d6-bdf9f5b7acb7', 'production', NULL, NULL, true, 'Shipped from stock', NULL);
INSERT INTO stock_items VALUES ('f45f7b1d-e954-4812-84be-9943ec57cd8a', 1, 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 891, 0, 428);
INSERT INTO stock_items VALUES ('6b0e052e-b07c-430a-a453-baa6f61ed232', 1, '43f53d7d-24a9-4fab-8319-ee70bcec3cba', 2783, 0, 850);
INSERT INTO stock_items VALUES ('6449427f-8ce1-48a6-8d33-eb343dce9d42', 1, 'fe1d5664-0610-4abf-892e-8fcbf2db3d41', 575, 0, 1154);
INSERT INTO stock_items VALUES ('b5cdbe51-38ad-44ba-a74d-ac107739825f', 1, 'bae29ffe-4108-4b3e-9609-44d99148955c', 874, 0, 1257);
INSERT INTO stock_items VALUES ('af87049b-e323-4fd5-a5b5-028f90e22a80', 1, '5e4fb3ec-9a6b-400f-acd0-96ea49884d14', 4941, 0, 398);
INSERT INTO stock_items VALUES ('6e24c532-c138-43fb-ba59-6f0d43f5be37', 1, '9a733f25-191d-4f1e-b21e-959f487c01b5', 4309, 0, 1171);
INSERT INTO stock_items VALUES ('83848924-d654-4c73-b1f3-dd5e7e6611ff', 1, 'bc1bb468-14a8-497f-adfa-8ca601db7a70', 4345, 0, 1328);
INSERT INTO stock_items VALUES ('c6a6068f-a2b5-4d77-b7d1-4142e532dffb', 1, '00c9c8a1-50d4-4786-8643-4406a752d3d6', 3687, 0, 543);
INSERT INTO stock_items VALUES ('e05f77f3-fc29-4ed4-83a0-b4517d9ee9e9', 1, '411a64c0-d4f0-48fd-bbc2-fa449646855b', 754, 0, 791);
INSERT INTO stock_items VALUES ('ec4410e1-8bc0-4e62-b6e6-cbdbd252b4e0', 1, '2fd6b977-1daa-48a9-ac14-4546f299dd7b', 0, 0, 0);
INSERT INTO stock_items VALUES ('b71024a8-9169-4c26-99fd-c154ecf6776d', 1, 'b994a436-2946-4ae9-8249-491fc881722d', 0, 0, 0);
INSERT INTO stock_items VALUES ('73ef9d3b-36d9-4395-9abe-a28f68f0cd9c', 1, '3a5a7987-e8c9-4a45-ab8a-8120c7493cf5', 0, 0, 0);
INSERT INTO stock_movements VALUES ('00000000-0000-4000-8000-000000000012', 'a4699d87-18b9-4a08-bbd2-41f034d0b2d5', 'receipt', 5, NULL, '2026-01-10 09:00:00+00', '0dd90311-9215-4b61-9b19-0d573f470a80', 'Fixture receipt');
INSERT INTO users VALUES ('0dd90311-9215-4b61-9b19-0d573f470a80', 1, '2026-12-02 01:14:39.225383+00', '2026-12-02 01:14:39.225383+00', 'admin@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Олена Адмін', 'admin', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('373d997b-1e4b-4119-8e33-8ec9b4fe8877', 1, '2026-12-02 01:14:39.233212+00', '2026-12-02 01:14:39.233212+00', 'manager@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Ирина Клиентова', 'manager', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('e930cad1-e33a-4c80-b33f-885d9c31ac1e', 1, '2026-12-02 01:14:39.257604+00', '2026-12-02 01:14:39.257604+00', 'operator@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Oleh Hotline', 'operator', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('28d4755b-0448-4687-a333-efff889429ac', 1, '2026-12-02 01:14:39.269421+00', '2026-12-02 01:14:39.269421+00', 'logistician@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Павел Логистов', 'logistician', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('2cd2451e-1cd2-4886-a9a0-e217df8dc37a', 1, '2026-12-02 01:14:39.289643+00', '2026-12-02 01:14:39.289643+00', 'worker@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Taras Sklad', 'worker', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('7d870aab-bd4d-4960-99e1-e5b89a7eb023', 1, '2026-12-02 01:14:39.297285+00', '2026-12-02 01:14:39.297285+00', 'analyst@ordercycle.demo', '$2b$04$Y8jy3b8o76swszqPplsah.Sg9D9jM56DQQPr59n/UvkM3CM3SWxC2', 'Anna Analytics', 'analyst', NULL, NULL, NULL, true);
INSERT INTO users VALUES ('b079d979-5366-4db0-b29e-3579cffac70e', 1, '2026-12-02 01:14:39.395446+00', '2026-12-02 01:14:39.395446+00', 'manager2@ordercycle.demo', '$2b$04$sRpnl69lO/Kf7Ana4B/fiuRHJlF2LspSOzd3oCZjQA44KxxhBi1/G', 'Дмитро Оптовий', 'manager', NULL, '+380440000002', NULL, true);
INSERT INTO users VALUES ('37c551ba-8abd-48a1-8fd7-f7c33173eb3c', 1, '2026-12-02 01:14:39.409871+00', '2026-12-02 01:14:39.409871+00', 'manager3@ordercycle.demo', '$2b$04$sRpnl69lO/Kf7Ana4B/fiuRHJlF2LspSOzd3oCZjQA44KxxhBi1/G', 'Olga Retail', 'manager', NULL, '+380440000003', NULL, true);
INSERT INTO users VALUES ('f5caefdf-ebbf-47c1-8c4f-6a9ea52e8bda', 1, '2026-12-02 01:14:39.42368+00', '2026-12-02 01:14:39.42368+00', 'manager4@ordercycle.demo', '$2b$04$sRpnl69lO/Kf7Ana4B/fiuRHJlF2LspSOzd3oCZjQA44KxxhBi1/G', 'Сергей Внутренний', 'manager', NULL, '+380440000004', NULL, true);
INSERT INTO users VALUES ('74e6d0d6-3bcb-4f92-be1a-5d9b627d080b', 1, '2026-12-02 01:14:39.429357+00', '2026-12-02 01:14:39.429357+00', 'manager5@ordercycle.demo', '$2b$04$sRpnl69lO/Kf7Ana4B/fiuRHJlF2LspSOzd3oCZjQA44KxxhBi1/G', 'Mariia Key', 'manager', NULL, '+380440000005', NULL, true);
INSERT INTO web_sessions VALUES ('00000000-0000-4000-8000-000000000002', 'fixture-session-hash', '0dd90311-9215-4b61-9b19-0d573f470a80', 'fixture-csrf', '2026-01-10 09:00:00+00', '2026-01-10 09:30:00+00', '2026-01-11 09:00:00+00', '127.0.0.1');
SELECT pg_catalog.setval('quality_consumer_months_id_seq', 40, true);
SELECT pg_catalog.setval('quality_kind_months_id_seq', 116, true);
SELECT pg_catalog.setval('quality_order_months_id_seq', 45, true);
SELECT pg_catalog.setval('quality_request_months_id_seq', 3, true);
SELECT pg_catalog.setval('quality_stage_months_id_seq', 131, true);
ALTER TABLE ONLY _fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);
ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_pkey PRIMARY KEY (id);
ALTER TABLE ONLY claim_photos
    ADD CONSTRAINT claim_photos_pkey PRIMARY KEY (id);
ALTER TABLE ONLY claims
    ADD CONSTRAINT claims_pkey PRIMARY KEY (id);
ALTER TABLE ONLY client_addresses
    ADD CONSTRAINT client_addresses_pkey PRIMARY KEY (id);
ALTER TABLE ONLY client_contacts
    ADD CONSTRAINT client_contacts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY client_emails
    ADD CONSTRAINT client_emails_pkey PRIMARY KEY (id);
ALTER TABLE ONLY client_phones
    ADD CONSTRAINT client_phones_pkey PRIMARY KEY (id);
ALTER TABLE ONLY clients
    ADD CONSTRAINT clients_pkey PRIMARY KEY (id);
ALTER TABLE ONLY execution_plans
    ADD CONSTRAINT execution_plans_pkey PRIMARY KEY (id);
ALTER TABLE ONLY idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (id);
ALTER TABLE ONLY invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER TABLE ONLY live_connections
    ADD CONSTRAINT live_connections_pkey PRIMARY KEY (id);
ALTER TABLE ONLY login_throttles
    ADD CONSTRAINT login_throttles_pkey PRIMARY KEY (id);
ALTER TABLE ONLY manager_absences
    ADD CONSTRAINT manager_absences_pkey PRIMARY KEY (id);
ALTER TABLE ONLY manager_assignments
    ADD CONSTRAINT manager_assignments_pkey PRIMARY KEY (id);
ALTER TABLE ONLY manager_segments
    ADD CONSTRAINT manager_segments_pkey PRIMARY KEY (id);
ALTER TABLE ONLY number_series
    ADD CONSTRAINT number_series_pkey PRIMARY KEY (name);
ALTER TABLE ONLY order_change_requests
    ADD CONSTRAINT order_change_requests_pkey PRIMARY KEY (id);
ALTER TABLE ONLY order_comments
    ADD CONSTRAINT order_comments_pkey PRIMARY KEY (id);
ALTER TABLE ONLY order_events
    ADD CONSTRAINT order_events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (id);
ALTER TABLE ONLY orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY plan_stages
    ADD CONSTRAINT plan_stages_pkey PRIMARY KEY (id);
ALTER TABLE ONLY products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quality_consumer_months
    ADD CONSTRAINT quality_consumer_months_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quality_kind_months
    ADD CONSTRAINT quality_kind_months_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quality_order_months
    ADD CONSTRAINT quality_order_months_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quality_request_months
    ADD CONSTRAINT quality_request_months_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quality_rollup_state
    ADD CONSTRAINT quality_rollup_state_pkey PRIMARY KEY (name);
ALTER TABLE ONLY quality_stage_months
    ADD CONSTRAINT quality_stage_months_pkey PRIMARY KEY (id);
ALTER TABLE ONLY segments
    ADD CONSTRAINT segments_pkey PRIMARY KEY (id);
ALTER TABLE ONLY service_standards
    ADD CONSTRAINT service_standards_pkey PRIMARY KEY (id);
ALTER TABLE ONLY stage_intervals
    ADD CONSTRAINT stage_intervals_pkey PRIMARY KEY (id);
ALTER TABLE ONLY stock_items
    ADD CONSTRAINT stock_items_pkey PRIMARY KEY (id);
ALTER TABLE ONLY stock_movements
    ADD CONSTRAINT stock_movements_pkey PRIMARY KEY (id);
ALTER TABLE ONLY _fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);
ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT "uq:api_tokens.token_hash" UNIQUE (token_hash);
ALTER TABLE ONLY calls
    ADD CONSTRAINT "uq:calls.exchange_call_id" UNIQUE (exchange_call_id);
ALTER TABLE ONLY clients
    ADD CONSTRAINT "uq:clients.code" UNIQUE (code);
ALTER TABLE ONLY execution_plans
    ADD CONSTRAINT "uq:execution_plans.order_id+execution_plans.revision" UNIQUE (order_id, revision);
ALTER TABLE ONLY idempotency_keys
    ADD CONSTRAINT "uq:idempotency_keys.scope+idempotency_keys.key" UNIQUE (scope, key);
ALTER TABLE ONLY invoices
    ADD CONSTRAINT "uq:invoices.number" UNIQUE (number);
ALTER TABLE ONLY invoices
    ADD CONSTRAINT "uq:invoices.order_id" UNIQUE (order_id);
ALTER TABLE ONLY login_throttles
    ADD CONSTRAINT "uq:login_throttles.key" UNIQUE (key);
ALTER TABLE ONLY manager_segments
    ADD CONSTRAINT "uq:manager_segments.manager_id+manager_segments.segment_id" UNIQUE (manager_id, segment_id);
ALTER TABLE ONLY order_lines
    ADD CONSTRAINT "uq:order_lines.order_id+order_lines.line_no" UNIQUE (order_id, line_no);
ALTER TABLE ONLY orders
    ADD CONSTRAINT "uq:orders.number" UNIQUE (number);
ALTER TABLE ONLY plan_stages
    ADD CONSTRAINT "uq:plan_stages.plan_id+plan_stages.stage" UNIQUE (plan_id, stage);
ALTER TABLE ONLY products
    ADD CONSTRAINT "uq:products.sku" UNIQUE (sku);
ALTER TABLE ONLY segments
    ADD CONSTRAINT "uq:segments.code" UNIQUE (code);
ALTER TABLE ONLY service_standards
    ADD CONSTRAINT "uq:service_standards.segment_id" UNIQUE (segment_id);
ALTER TABLE ONLY stage_intervals
    ADD CONSTRAINT "uq:stage_intervals.order_id+stage_intervals.stage" UNIQUE (order_id, stage);
ALTER TABLE ONLY stock_items
    ADD CONSTRAINT "uq:stock_items.product_id" UNIQUE (product_id);
ALTER TABLE ONLY users
    ADD CONSTRAINT "uq:users.email" UNIQUE (email);
ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT "uq:web_sessions.token_hash" UNIQUE (token_hash);
ALTER TABLE ONLY users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (id);
CREATE INDEX api_tokens_kind_idx ON api_tokens USING btree (kind, created_at, id);
CREATE INDEX audit_events_at_idx ON audit_events USING btree (at, id);
CREATE INDEX audit_events_entity_idx ON audit_events USING btree (entity, entity_id, at);
CREATE INDEX calls_client_idx ON calls USING btree (client_id, started_at);
CREATE INDEX calls_routed_idx ON calls USING btree (routed_to_id, outcome);
CREATE INDEX claim_photos_claim_idx ON claim_photos USING btree (claim_id, created_at);
CREATE INDEX claims_client_idx ON claims USING btree (client_id, created_at);
CREATE INDEX claims_day_idx ON claims USING btree (created_day);
CREATE INDEX claims_order_idx ON claims USING btree (order_id);
CREATE INDEX claims_status_idx ON claims USING btree (status, created_at, id);
CREATE INDEX client_addresses_client_idx ON client_addresses USING btree (client_id);
CREATE INDEX client_contacts_client_idx ON client_contacts USING btree (client_id, sort_order);
CREATE INDEX client_emails_client_idx ON client_emails USING btree (client_id);
CREATE INDEX client_emails_email_idx ON client_emails USING btree (email);
CREATE INDEX client_phones_client_idx ON client_phones USING btree (client_id);
CREATE INDEX client_phones_e164_idx ON client_phones USING btree (e164);
CREATE INDEX clients_manager_idx ON clients USING btree (manager_id, active, search_name, id);
CREATE INDEX clients_search_name_idx ON clients USING btree (search_name, id);
CREATE INDEX clients_segment_idx ON clients USING btree (segment_id, active, search_name, id);
CREATE INDEX clients_tax_id_idx ON clients USING btree (tax_id);
CREATE INDEX execution_plans_order_idx ON execution_plans USING btree (order_id, current);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys USING btree (created_at);
CREATE INDEX live_connections_role_idx ON live_connections USING btree (role, seen_at);
CREATE INDEX live_connections_user_idx ON live_connections USING btree (user_id, seen_at);
CREATE INDEX manager_absences_manager_idx ON manager_absences USING btree (manager_id, ends_at);
CREATE INDEX manager_assignments_client_idx ON manager_assignments USING btree (client_id, at);
CREATE INDEX manager_segments_segment_idx ON manager_segments USING btree (segment_id);
CREATE INDEX order_change_requests_day_idx ON order_change_requests USING btree (created_day);
CREATE INDEX order_change_requests_order_idx ON order_change_requests USING btree (order_id);
CREATE INDEX order_comments_order_idx ON order_comments USING btree (order_id, at);
CREATE INDEX order_events_order_idx ON order_events USING btree (order_id, at);
CREATE INDEX order_lines_product_idx ON order_lines USING btree (product_id);
CREATE INDEX orders_client_idx ON orders USING btree (client_id, created_at, id);
CREATE INDEX orders_created_idx ON orders USING btree (created_at, id);
CREATE INDEX orders_external_ref_idx ON orders USING btree (external_ref);
CREATE INDEX orders_manager_idx ON orders USING btree (manager_id, status, promised_day);
CREATE INDEX orders_portfolio_idx ON orders USING btree (status, promised_day, priority_rank, priority, segment_id, manager_id, client_id, total_minor, id) WHERE (status = ANY (ARRAY['received'::text, 'placed'::text, 'invoiced'::text, 'picked'::text, 'dispatched'::text]));
CREATE INDEX orders_received_day_idx ON orders USING btree (received_day, segment_id);
CREATE INDEX orders_split_from_idx ON orders USING btree (split_from_id);
CREATE INDEX orders_status_created_idx ON orders USING btree (status, created_at, id);
CREATE INDEX orders_status_idx ON orders USING btree (status, promised_day, id);
CREATE INDEX products_category_idx ON products USING btree (category, id);
CREATE INDEX products_search_idx ON products USING btree (search_name, id);
CREATE INDEX quality_consumer_months_month_idx ON quality_consumer_months USING btree (month);
CREATE INDEX quality_kind_months_month_idx ON quality_kind_months USING btree (month);
CREATE INDEX quality_order_months_month_idx ON quality_order_months USING btree (month);
CREATE INDEX quality_request_months_month_idx ON quality_request_months USING btree (month);
CREATE INDEX quality_stage_months_month_idx ON quality_stage_months USING btree (month);
CREATE INDEX stock_movements_order_idx ON stock_movements USING btree (order_id);
CREATE INDEX stock_movements_product_idx ON stock_movements USING btree (product_id, at);
CREATE INDEX users_client_idx ON users USING btree (client_id);
CREATE INDEX users_role_idx ON users USING btree (role, display_name, id);
CREATE INDEX web_sessions_user_idx ON web_sessions USING btree (user_id);
CREATE TRIGGER audit_events_no_change BEFORE DELETE OR UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER quality_rollup_change_request_delete AFTER DELETE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_delete();
CREATE TRIGGER quality_rollup_change_request_insert AFTER INSERT ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_insert();
CREATE TRIGGER quality_rollup_change_request_update AFTER UPDATE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_rollup_change_request_update();
CREATE TRIGGER quality_rollup_claim_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_delete();
CREATE TRIGGER quality_rollup_claim_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_insert();
CREATE TRIGGER quality_rollup_claim_update AFTER UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION quality_rollup_claim_update();
CREATE TRIGGER quality_rollup_line_delete AFTER DELETE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_delete();
CREATE TRIGGER quality_rollup_line_insert AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_insert();
CREATE TRIGGER quality_rollup_line_update AFTER UPDATE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_rollup_line_update();
CREATE TRIGGER quality_rollup_order_insert AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION quality_rollup_order_insert();
CREATE TRIGGER quality_rollup_order_update AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION quality_rollup_order_update();
CREATE TRIGGER quality_rollup_stage_delete AFTER DELETE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_delete();
CREATE TRIGGER quality_rollup_stage_insert AFTER INSERT ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_insert();
CREATE TRIGGER quality_rollup_stage_update AFTER UPDATE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_rollup_stage_update();
ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_answered_by_id_fkey FOREIGN KEY (answered_by_id) REFERENCES users(id);
ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE SET NULL;
ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users(id);
ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_routed_to_id_fkey FOREIGN KEY (routed_to_id) REFERENCES users(id);
ALTER TABLE ONLY claim_photos
    ADD CONSTRAINT claim_photos_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE;
ALTER TABLE ONLY claims
    ADD CONSTRAINT claims_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_addresses
    ADD CONSTRAINT client_addresses_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_contacts
    ADD CONSTRAINT client_contacts_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_emails
    ADD CONSTRAINT client_emails_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_emails
    ADD CONSTRAINT client_emails_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES client_contacts(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_phones
    ADD CONSTRAINT client_phones_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY client_phones
    ADD CONSTRAINT client_phones_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES client_contacts(id) ON DELETE CASCADE;
ALTER TABLE ONLY clients
    ADD CONSTRAINT clients_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users(id);
ALTER TABLE ONLY clients
    ADD CONSTRAINT clients_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segments(id);
ALTER TABLE ONLY execution_plans
    ADD CONSTRAINT execution_plans_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY invoices
    ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY live_connections
    ADD CONSTRAINT live_connections_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY manager_absences
    ADD CONSTRAINT manager_absences_deputy_id_fkey FOREIGN KEY (deputy_id) REFERENCES users(id);
ALTER TABLE ONLY manager_absences
    ADD CONSTRAINT manager_absences_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY manager_assignments
    ADD CONSTRAINT manager_assignments_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY manager_assignments
    ADD CONSTRAINT manager_assignments_from_manager_id_fkey FOREIGN KEY (from_manager_id) REFERENCES users(id);
ALTER TABLE ONLY manager_assignments
    ADD CONSTRAINT manager_assignments_to_manager_id_fkey FOREIGN KEY (to_manager_id) REFERENCES users(id);
ALTER TABLE ONLY manager_segments
    ADD CONSTRAINT manager_segments_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY manager_segments
    ADD CONSTRAINT manager_segments_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segments(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_change_requests
    ADD CONSTRAINT order_change_requests_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_comments
    ADD CONSTRAINT order_comments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_events
    ADD CONSTRAINT order_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES products(id);
ALTER TABLE ONLY orders
    ADD CONSTRAINT orders_client_id_fkey FOREIGN KEY (client_id) REFERENCES clients(id);
ALTER TABLE ONLY plan_stages
    ADD CONSTRAINT plan_stages_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES execution_plans(id) ON DELETE CASCADE;
ALTER TABLE ONLY service_standards
    ADD CONSTRAINT service_standards_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segments(id) ON DELETE CASCADE;
ALTER TABLE ONLY stage_intervals
    ADD CONSTRAINT stage_intervals_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY stock_items
    ADD CONSTRAINT stock_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE CASCADE;
ALTER TABLE ONLY stock_movements
    ADD CONSTRAINT stock_movements_product_id_fkey FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE CASCADE;
ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
