import Foundation
import OrderCycleCore

/// The roll-ups of the product-category grouping. An order counts in every category it has a
/// line of, once each, so its contribution depends on which categories its lines span: the
/// categories of each order are kept with their line counts (`quality_order_categories`), and an
/// order's figures enter a category when its first line of that category is added and leave
/// when the last one goes. Like the other roll-ups, every row is a signed contribution appended
/// by a trigger, folded by `QualityRollupCompaction`, made again by `QualityRollupRebuild`.
///
/// A bulk load drops the triggers and sums the other roll-ups in memory; it marks these stale
/// (`pending`), the report reads the live tables meanwhile, and they are made again from the
/// stored rows before the app next serves.
enum QualityCategoryRollup {
    /// The categories of each order, with how many of its lines are of each.
    static let membership = "quality_order_categories"

    /// Per received month, consumer and category (with the group keys the order carries but the
    /// delivery method): the order tallies.
    static let orders = QualityRollup.Table(
        name: "quality_category_months",
        keys: ["month", "client_id", "segment_id", "manager_id", "internal", "category"],
        measures: OrderMeasure.columns)

    /// Per month a request was made in, its kind and the categories of its order: the decided requests.
    static let requests = QualityRollup.Table(
        name: "quality_category_request_months",
        keys: ["month", "kind", "segment_id", "manager_id", "internal", "category"],
        measures: RequestMeasure.columns)

    /// Per received month and category: the stages counted, for whether a category's
    /// interruption share was measured.
    static let stages = QualityRollup.Table(
        name: "quality_category_stage_months",
        keys: ["month", "segment_id", "manager_id", "internal", "category"],
        measures: ["stages"])

    static let tables = [orders, requests, stages]

    /// The mark of roll-ups that a bulk load left behind: read live until made again.
    static let pending = "category_rollups_pending"

    typealias R = QualityRollup

    /// The keys an order row `o` carries in these roll-ups, but the month and category.
    static func groupKeys(_ o: String) -> [String] { ["\(o).segment_id", "\(o).manager_id", "\(o).internal"] }

    /// What the order `o` adds to `orders` in the category `c`.
    static func order(_ o: String, category c: String, postgres: Bool) -> R.Contribution {
        R.Contribution(keys: [R.month(o), "\(o).client_id"] + groupKeys(o) + [c],
                       measures: OrderMeasure.allCases.map { R.orderTerm($0, o, postgres: postgres) })
    }

    /// What the request `r` of the order `o` adds to `requests` in the category `c`.
    static func request(_ r: String, _ kind: R.RequestKind, of o: String, category c: String) -> R.Contribution {
        let counts = R.request(r, kind, of: o)
        return R.Contribution(keys: [counts.keys[0], counts.keys[1]] + groupKeys(o) + [c], measures: counts.measures)
    }

    /// What a counted stage of the order `o` adds to `stages` in the category `c`.
    static func stage(of o: String, category c: String) -> R.Contribution {
        R.Contribution(keys: [R.month(o)] + groupKeys(o) + [c], measures: ["1"])
    }

    /// The category of the line `l`'s product.
    static func category(of l: String) -> String { "(SELECT p.category FROM products p WHERE p.id = \(l).product_id)" }

    /// What each order `o` adds to every roll-up in the categories `c` (its membership rows, or
    /// rows of order and category like them) that meet `condition`, times `sign`: orders
    /// entering or leaving categories.
    static func enterOrLeave(_ categories: String = membership, where one: String, sign: Int, postgres: Bool) -> [String] {
        let joined = "orders o JOIN \(categories) c ON c.order_id = o.id"
        return [
            R.append(orders, order("o", category: "c.category", postgres: postgres), sign: sign, from: joined,
                     where: "\(one) AND o.received_day IS NOT NULL"),
            R.append(stages, stage(of: "o", category: "c.category"), sign: sign, from: "\(joined) JOIN stage_intervals s ON s.order_id = o.id",
                     where: "\(one) AND o.received_day IS NOT NULL AND \(R.stageCounts("s", of: "o"))"),
        ] + R.RequestKind.allCases.map { kind in
            R.append(requests, request("r", kind, of: "o", category: "c.category"), sign: sign,
                     from: "\(joined) JOIN \(kind.table) r ON r.order_id = o.id", where: "\(one) AND \(R.requestCounts("r", kind))")
        }
    }

    /// A line `l` added: its category's count goes up, and the order enters it with the first.
    static func lineAdded(_ l: String, postgres: Bool) -> [String] {
        ["""
        INSERT INTO \(membership) (order_id, category, lines) SELECT \(l).order_id, p.category, 1 FROM products p WHERE p.id = \(l).product_id \
        ON CONFLICT (order_id, category) DO UPDATE SET lines = \(membership).lines + 1
        """] + enterOrLeave(where: "o.id = \(l).order_id AND c.category = \(category(of: l)) AND c.lines = 1", sign: 1, postgres: postgres)
    }

    /// On PostgreSQL, the name under which an INSERT's new lines are read once per statement.
    static let newLines = "category_lines"

    /// An INSERT's lines (`newLines`) at once: each order enters the categories it had no line
    /// of, then each category's count goes up by its lines. A 1,000-line order costs a few rows,
    /// not a trigger call per line.
    static func linesAdded(postgres: Bool) -> [String] {
        let added = "(SELECT DISTINCT l.order_id, p.category FROM \(newLines) l JOIN products p ON p.id = l.product_id)"
        let entering = "NOT EXISTS (SELECT 1 FROM \(membership) m WHERE m.order_id = c.order_id AND m.category = c.category)"
        return enterOrLeave(added, where: entering, sign: 1, postgres: postgres) + ["""
            INSERT INTO \(membership) (order_id, category, lines) SELECT l.order_id, p.category, COUNT(*) \
            FROM \(newLines) l JOIN products p ON p.id = l.product_id GROUP BY l.order_id, p.category \
            ON CONFLICT (order_id, category) DO UPDATE SET lines = \(membership).lines + EXCLUDED.lines
            """]
    }

    /// A line `l` removed: the order leaves its category with the last one.
    static func lineRemoved(_ l: String, postgres: Bool) -> [String] {
        enterOrLeave(where: "o.id = \(l).order_id AND c.category = \(category(of: l)) AND c.lines = 1", sign: -1, postgres: postgres) + [
            "UPDATE \(membership) SET lines = lines - 1 WHERE order_id = \(l).order_id AND category = \(category(of: l))",
            "DELETE FROM \(membership) WHERE order_id = \(l).order_id AND lines = 0",
        ]
    }

    /// The triggers that keep these roll-ups current; they are installed and removed with the others.
    static func triggers(postgres: Bool) -> [QualityRollupTriggers.Trigger] {
        typealias Trigger = QualityRollupTriggers.Trigger
        let changed = R.groupKeysChanged("OLD", "NEW")
        func orderUpdated(_ o: String, _ sign: Int) -> String {
            R.append(orders, order(o, category: "c.category", postgres: postgres), sign: sign, from: "\(membership) c",
                     where: "c.order_id = \(o).id AND \(o).received_day IS NOT NULL")
        }
        func moveStages(_ o: String, _ sign: Int) -> String {
            R.append(stages, stage(of: o, category: "c.category"), sign: sign,
                     from: "\(membership) c JOIN stage_intervals s ON s.order_id = c.order_id",
                     where: "c.order_id = \(o).id AND \(o).received_day IS NOT NULL AND \(R.stageCounts("s", of: o))"
                        + " AND (\(changed) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds)")
        }
        func moveRequests(_ o: String, _ sign: Int) -> [String] {
            R.RequestKind.allCases.map { kind in
                R.append(requests, request("r", kind, of: o, category: "c.category"), sign: sign,
                         from: "\(membership) c JOIN \(kind.table) r ON r.order_id = c.order_id",
                         where: "c.order_id = \(o).id AND \(R.requestCounts("r", kind)) AND \(changed)")
            }
        }
        func stageWritten(_ s: String, _ sign: Int) -> String {
            R.append(stages, stage(of: "o", category: "c.category"), sign: sign, from: "orders o JOIN \(membership) c ON c.order_id = o.id",
                     where: "o.id = \(s).order_id AND o.received_day IS NOT NULL AND \(R.stageCounts(s, of: "o"))")
        }
        func requestWritten(_ r: String, _ kind: R.RequestKind, _ sign: Int) -> String {
            R.append(requests, request(r, kind, of: "o", category: "c.category"), sign: sign,
                     from: "orders o JOIN \(membership) c ON c.order_id = o.id", where: "o.id = \(r).order_id AND \(R.requestCounts(r, kind))")
        }
        // A line's update matters only when it changes order or product; reserving stock does not.
        let moved = "OLD.order_id IS DISTINCT FROM NEW.order_id OR OLD.product_id IS DISTINCT FROM NEW.product_id"
        return [
            Trigger(name: "quality_category_order_update", table: "orders", event: "UPDATE",
                    statements: [orderUpdated("OLD", -1), orderUpdated("NEW", 1), moveStages("OLD", -1), moveStages("NEW", 1)]
                        + moveRequests("OLD", -1) + moveRequests("NEW", 1)),
            postgres
                ? Trigger(name: "quality_category_line_insert", table: "order_lines", event: "INSERT", newRows: newLines, statements: linesAdded(postgres: true))
                : Trigger(name: "quality_category_line_insert", table: "order_lines", event: "INSERT", statements: lineAdded("NEW", postgres: false)),
            Trigger(name: "quality_category_line_update", table: "order_lines", event: "UPDATE",
                    statements: lineRemoved("OLD", postgres: postgres) + lineAdded("NEW", postgres: postgres), when: moved),
            Trigger(name: "quality_category_line_delete", table: "order_lines", event: "DELETE", statements: lineRemoved("OLD", postgres: postgres)),
        ] + Trigger.following("stage_intervals", named: "quality_category_stage") { [stageWritten($0, $1)] }
          + R.RequestKind.allCases.flatMap { kind in
              Trigger.following(kind.table, named: "quality_category_\(kind.rawValue)") { [requestWritten($0, kind, $1)] }
          }
    }

    /// The statements that make the categories of every order and these roll-ups from the
    /// stored rows (after their tables are emptied).
    static func fillStatements(postgres: Bool) -> [String] {
        let received = "o.received_day IS NOT NULL"
        let joined = "orders o JOIN \(membership) c ON c.order_id = o.id"
        return [
            """
            INSERT INTO \(membership) (order_id, category, lines) SELECT l.order_id, p.category, COUNT(*) \
            FROM order_lines l JOIN products p ON p.id = l.product_id GROUP BY l.order_id, p.category
            """,
            R.fill(orders, order("o", category: "c.category", postgres: postgres), from: joined, where: received),
            R.fill(stages, stage(of: "o", category: "c.category"), from: "\(joined) JOIN stage_intervals s ON s.order_id = o.id",
                   where: "\(received) AND \(R.stageCounts("s", of: "o"))"),
        ] + R.RequestKind.allCases.map { kind in
            R.fill(requests, request("r", kind, of: "o", category: "c.category"), from: "\(joined) JOIN \(kind.table) r ON r.order_id = o.id",
                   where: R.requestCounts("r", kind))
        }
    }
}
