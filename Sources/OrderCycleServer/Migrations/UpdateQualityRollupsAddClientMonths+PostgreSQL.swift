/// `UpdateQualityRollupsAddClientMonths` on PostgreSQL, in order: the three client roll-ups with
/// their indexes; each filled from the stored rows; then the triggers that append each
/// write's signed contribution.
extension UpdateQualityRollupsAddClientMonths {
    static let postgres: [String] = [
        """
        CREATE TABLE quality_client_kind_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, client_id UUID NOT NULL, product_id UUID NOT NULL, lines BIGINT NOT NULL)
        """,
        """
        CREATE INDEX quality_client_kind_months_month_idx ON quality_client_kind_months (month, client_id, product_id, lines)
        """,
        """
        CREATE INDEX quality_client_kind_months_client_idx ON quality_client_kind_months (client_id, month)
        """,
        """
        CREATE TABLE quality_client_stage_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, client_id UUID NOT NULL, stages BIGINT NOT NULL)
        """,
        """
        CREATE INDEX quality_client_stage_months_month_idx ON quality_client_stage_months (month)
        """,
        """
        CREATE TABLE quality_client_request_months (id BIGSERIAL PRIMARY KEY, month TEXT NOT NULL, kind TEXT NOT NULL, client_id UUID NOT NULL, decided BIGINT NOT NULL, satisfied BIGINT NOT NULL)
        """,
        """
        CREATE INDEX quality_client_request_months_month_idx ON quality_client_request_months (month)
        """,
        """
        INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(o.received_day, 1, 7), o.client_id, l.product_id, SUM(1) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3
        """,
        """
        INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(o.received_day, 1, 7), o.client_id, SUM(1) FROM orders o JOIN stage_intervals s ON s.order_id = o.id WHERE o.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL GROUP BY 1, 2
        """,
        """
        INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', o.client_id, SUM(1), SUM(CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o JOIN order_change_requests r ON r.order_id = o.id WHERE r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL GROUP BY 1, 2, 3
        """,
        """
        INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', o.client_id, SUM(1), SUM(CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o JOIN claims r ON r.order_id = o.id WHERE r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL GROUP BY 1, 2, 3
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_order_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(OLD.received_day, 1, 7), OLD.client_id, l.product_id, -(1) FROM order_lines l WHERE l.order_id = OLD.id AND OLD.received_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.client_id IS DISTINCT FROM NEW.client_id);
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, l.product_id, (1) FROM order_lines l WHERE l.order_id = NEW.id AND NEW.received_day IS NOT NULL AND (substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.client_id IS DISTINCT FROM NEW.client_id);
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(OLD.received_day, 1, 7), OLD.client_id, -(1) FROM stage_intervals s WHERE s.order_id = OLD.id AND OLD.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND OLD.cycle_seconds IS NOT NULL AND ((substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.client_id IS DISTINCT FROM NEW.client_id) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds);
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(NEW.received_day, 1, 7), NEW.client_id, (1) FROM stage_intervals s WHERE s.order_id = NEW.id AND NEW.received_day IS NOT NULL AND NOT s.skipped AND s.duration_seconds IS NOT NULL AND NEW.cycle_seconds IS NOT NULL AND ((substr(OLD.received_day, 1, 7) IS DISTINCT FROM substr(NEW.received_day, 1, 7) OR OLD.client_id IS DISTINCT FROM NEW.client_id) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds);
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', OLD.client_id, -(1), -(CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM order_change_requests r WHERE r.order_id = OLD.id AND r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL AND OLD.client_id IS DISTINCT FROM NEW.client_id;
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', OLD.client_id, -(1), -(CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM claims r WHERE r.order_id = OLD.id AND r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL AND OLD.client_id IS DISTINCT FROM NEW.client_id;
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'change_request', NEW.client_id, (1), (CASE WHEN r.status = 'satisfied' THEN 1 ELSE 0 END) FROM order_change_requests r WHERE r.order_id = NEW.id AND r.status IN ('satisfied', 'refused') AND r.created_day IS NOT NULL AND OLD.client_id IS DISTINCT FROM NEW.client_id;
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(r.created_day, 1, 7), 'claim', NEW.client_id, (1), (CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END) FROM claims r WHERE r.order_id = NEW.id AND r.status IN ('resolved', 'rejected') AND r.created_day IS NOT NULL AND OLD.client_id IS DISTINCT FROM NEW.client_id;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_order_update AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION quality_client_order_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(o.received_day, 1, 7), o.client_id, l.product_id, SUM(1) FROM client_lines l JOIN orders o ON o.id = l.order_id WHERE o.received_day IS NOT NULL GROUP BY 1, 2, 3;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_line_insert AFTER INSERT ON order_lines REFERENCING NEW TABLE AS client_lines FOR EACH STATEMENT EXECUTE FUNCTION quality_client_line_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_line_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(o.received_day, 1, 7), o.client_id, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(o.received_day, 1, 7), o.client_id, NEW.product_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_line_update AFTER UPDATE OF product_id, order_id ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_client_line_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_line_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_kind_months (month, client_id, product_id, lines) SELECT substr(o.received_day, 1, 7), o.client_id, OLD.product_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_line_delete AFTER DELETE ON order_lines FOR EACH ROW EXECUTE FUNCTION quality_client_line_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_stage_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(o.received_day, 1, 7), o.client_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_stage_insert AFTER INSERT ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_client_stage_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_stage_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(o.received_day, 1, 7), o.client_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(o.received_day, 1, 7), o.client_id, (1) FROM orders o WHERE o.id = NEW.order_id AND o.received_day IS NOT NULL AND NOT NEW.skipped AND NEW.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_stage_update AFTER UPDATE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_client_stage_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_stage_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_stage_months (month, client_id, stages) SELECT substr(o.received_day, 1, 7), o.client_id, -(1) FROM orders o WHERE o.id = OLD.order_id AND o.received_day IS NOT NULL AND NOT OLD.skipped AND OLD.duration_seconds IS NOT NULL AND o.cycle_seconds IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_stage_delete AFTER DELETE ON stage_intervals FOR EACH ROW EXECUTE FUNCTION quality_client_stage_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_change_request_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.client_id, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_change_request_insert AFTER INSERT ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_client_change_request_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_change_request_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.client_id, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'change_request', o.client_id, (1), (CASE WHEN NEW.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('satisfied', 'refused') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_change_request_update AFTER UPDATE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_client_change_request_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_change_request_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'change_request', o.client_id, -(1), -(CASE WHEN OLD.status = 'satisfied' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('satisfied', 'refused') AND OLD.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_change_request_delete AFTER DELETE ON order_change_requests FOR EACH ROW EXECUTE FUNCTION quality_client_change_request_delete()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_claim_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.client_id, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_claim_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION quality_client_claim_insert()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_claim_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.client_id, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(NEW.created_day, 1, 7), 'claim', o.client_id, (1), (CASE WHEN NEW.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = NEW.order_id AND NEW.status IN ('resolved', 'rejected') AND NEW.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_claim_update AFTER UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION quality_client_claim_update()
        """,
        """
        CREATE OR REPLACE FUNCTION quality_client_claim_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO quality_client_request_months (month, kind, client_id, decided, satisfied) SELECT substr(OLD.created_day, 1, 7), 'claim', o.client_id, -(1), -(CASE WHEN OLD.status = 'resolved' THEN 1 ELSE 0 END) FROM orders o WHERE o.id = OLD.order_id AND OLD.status IN ('resolved', 'rejected') AND OLD.created_day IS NOT NULL;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER quality_client_claim_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION quality_client_claim_delete()
        """,
    ]
}
