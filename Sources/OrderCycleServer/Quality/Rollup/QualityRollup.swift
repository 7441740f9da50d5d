import Foundation
import OrderCycleCore

/// Monthly roll-ups of what the quality report counts, so that a year of a million orders is
/// read from thousands of rows instead of millions of orders, lines and stage intervals.
///
/// A roll-up row is a signed contribution, never updated in place: triggers append `−old` and
/// `+new` whenever an order, line or stage interval changes, so a key's figures are the sum of
/// its rows — exact at every commit, and no two writers ever wait for the same row.
/// `QualityRollupCompaction` folds each key's rows into one from time to time.
///
/// What an order, a line, a stage or a request adds is defined once, in the core, as named
/// measures (`OrderMeasure`, `LineMeasure`, `StageMeasure`, `RequestMeasure`): their names are
/// the tables' measure columns, and each has here its SQL term over a stored row. The live
/// queries of `QualityAggregates` sum the same terms, and `QualityCountingRuleTests` holds the
/// triggers, the rebuild and the bulk load equal to the core's sums.
enum QualityRollup {
    /// A roll-up table: the columns it is grouped by, and the columns that add up.
    struct Table: Sendable {
        let name: String
        let keys: [String]
        let measures: [String]
        /// The measure that is zero exactly when a key holds nothing.
        var count: String { measures[0] }
        var columns: [String] { keys + measures }
    }

    /// Per received month and consumer (with the group keys the order carries): the order tallies.
    static let orders = Table(
        name: "quality_order_months",
        keys: ["month", "client_id", "segment_id", "manager_id", "internal", "delivery_method"],
        measures: OrderMeasure.columns)

    /// The same tallies without the delivery method: a consumer orders by several methods a
    /// month, so this holds a fraction of `orders`' rows and is read whenever the report is not
    /// grouped or narrowed by delivery method.
    static let consumers = Table(
        name: "quality_consumer_months",
        keys: ["month", "client_id", "segment_id", "manager_id", "internal"],
        measures: orders.measures)

    /// Per received month, group and product: the lines ordered (coverage's kinds H).
    static let kinds = Table(
        name: "quality_kind_months",
        keys: ["month", "segment_id", "manager_id", "internal", "delivery_method", "product_id"],
        measures: LineMeasure.columns)

    /// Per received month, group and stage: the stage times of orders that completed their cycle.
    static let stages = Table(
        name: "quality_stage_months",
        keys: ["month", "segment_id", "manager_id", "internal", "delivery_method", "stage"],
        measures: StageMeasure.columns)

    /// Per month a request was made in, its kind and the group of its order: the decided requests
    /// (flexibility F).
    static let requests = Table(
        name: "quality_request_months",
        keys: ["month", "kind", "segment_id", "manager_id", "internal", "delivery_method"],
        measures: RequestMeasure.columns)

    /// Every roll-up these triggers, the rebuild and a bulk load keep, the client's with them.
    static let tables = [orders, consumers, kinds, stages, requests] + QualityClientRollup.tables

    /// The requests flexibility counts: order change requests and claims, each decided one way
    /// or the other.
    enum RequestKind: String, CaseIterable, Sendable {
        case changeRequest = "change_request"
        case claim

        var table: String { self == .claim ? "claims" : "order_change_requests" }
        var satisfied: String { self == .claim ? "resolved" : "satisfied" }
        var refused: String { self == .claim ? "rejected" : "refused" }
    }

    /// A stage's share of its order's cycle is kept as an integer number of billionths, so that
    /// adding and subtracting contributions stays exact (`StageMeasure.shareScale`).
    static let shareScale = StageMeasure.shareScale

    /// Values for a table's columns, as SQL expressions over one source row.
    struct Contribution {
        var keys: [String]
        var measures: [String]
    }

    /// The month an order is reported in (DOMAIN §4.4 "Time semantics": its received day).
    static func month(_ o: String) -> String { "substr(\(o).received_day, 1, 7)" }

    /// The group keys an order carries from its receipt.
    static func groupKeys(_ o: String) -> [String] {
        ["\(o).segment_id", "\(o).manager_id", "\(o).internal", "\(o).delivery_method"]
    }

    /// Whether an order's group keys differ between two versions of its row.
    static func groupKeysChanged(_ a: String, _ b: String) -> String {
        let pairs = zip([month(a)] + groupKeys(a), [month(b)] + groupKeys(b))
        return "(" + pairs.map { "\($0) IS DISTINCT FROM \($1)" }.joined(separator: " OR ") + ")"
    }

    /// What the order row `o` adds to each measure of `table` (`orders` or `consumers`, whose
    /// keys are the order's own columns but the month). `due` narrows the promises η counts as
    /// due; the roll-ups count every promise, and the report takes off those not yet due.
    static func order(_ o: String, into table: Table = orders, due: String? = nil, postgres: Bool) -> Contribution {
        Contribution(keys: table.keys.map { $0 == "month" ? month(o) : "\(o).\($0)" },
                     measures: OrderMeasure.allCases.map { orderTerm($0, o, due: due, postgres: postgres) })
    }

    /// `OrderMeasure.contribution(of:dueBy:)` over the order row `o`: a column not recorded
    /// (NULL) fails its condition, as a fact not recorded counts nowhere in the core.
    static func orderTerm(_ measure: OrderMeasure, _ o: String, due: String? = nil, postgres: Bool) -> String {
        func when(_ condition: String) -> String { "CASE WHEN \(condition) THEN 1 ELSE 0 END" }
        let promised = "\(o).status <> 'cancelled' AND \(o).promised_day IS NOT NULL" + (due.map { " AND \($0)" } ?? "")
        let norm = promisedLeadDays(o, postgres: postgres)
        switch measure {
        case .orders: return "1"
        case .placed: return when("\(o).placed_at IS NOT NULL")
        case .unsatisfied: return when("\(o).placed_at IS NOT NULL AND \(o).unsatisfied_from_stock")
        case .fulfilled: return when("\(o).on_time IS NOT NULL")
        case .onTime: return when("\(o).on_time")
        case .onTimeInFull: return when("\(o).on_time AND \(o).in_full")
        case .perfect: return when("\(o).on_time AND \(o).in_full AND \(o).claim_count = 0")
        case .expectedDays: return "CASE WHEN \(o).on_time IS NOT NULL THEN COALESCE(\(o).expected_days, 0) ELSE 0 END"
        case .actualDays: return "CASE WHEN \(o).on_time IS NOT NULL THEN COALESCE(\(o).actual_days, 0) ELSE 0 END"
        case .claimed: return when("\(o).claim_count > 0")
        case .possible: return when(promised)
        case .provided: return when("\(promised) AND \(o).reached_day IS NOT NULL")
        case .possibleNormDays: return "CASE WHEN \(promised) THEN \(norm) ELSE 0 END"
        case .providedNormDays: return "CASE WHEN \(promised) AND \(o).reached_day IS NOT NULL THEN \(norm) ELSE 0 END"
        case .cycles: return when("\(o).cycle_seconds IS NOT NULL")
        case .cycleSeconds: return "COALESCE(\(o).cycle_seconds, 0)"
        case .interruptionSeconds: return "CASE WHEN \(o).cycle_seconds IS NOT NULL THEN COALESCE(\(o).interruption_seconds, 0) ELSE 0 END"
        case .measurableCycles: return when("\(o).cycle_seconds > 0")
        }
    }

    /// What the line `l` of the order `o` adds to `kinds`.
    static func line(_ l: String, of o: String) -> Contribution {
        Contribution(keys: [month(o)] + groupKeys(o) + ["\(l).product_id"],
                     measures: LineMeasure.allCases.map { measure in
                         switch measure { case .lines: "1" }
                     })
    }

    /// What the stage interval `s` of the order `o` adds to `stages`, when `stageCounts` holds.
    static func stage(_ s: String, of o: String) -> Contribution {
        Contribution(keys: [month(o)] + groupKeys(o) + ["\(s).stage"],
                     measures: StageMeasure.allCases.map { measure in
                         switch measure {
                         case .orders: "1"
                         case .seconds: "\(s).duration_seconds"
                         case .shareUnits: stageShare(s, of: o)
                         }
                     })
    }

    /// What the request `r` of the order `o` adds to `requests`, when `requestCounts` holds.
    static func request(_ r: String, _ kind: RequestKind, of o: String) -> Contribution {
        Contribution(keys: ["substr(\(r).created_day, 1, 7)", "'\(kind.rawValue)'"] + groupKeys(o),
                     measures: RequestMeasure.allCases.map { measure in
                         switch measure {
                         case .decided: "1"
                         case .satisfied: "CASE WHEN \(r).status = '\(kind.satisfied)' THEN 1 ELSE 0 END"
                         }
                     })
    }

    /// A request counts once it is decided, in the month it was made.
    static func requestCounts(_ r: String, _ kind: RequestKind) -> String {
        "\(r).status IN ('\(kind.satisfied)', '\(kind.refused)') AND \(r).created_day IS NOT NULL"
    }

    /// A stage counts once it took a measured time in an order whose cycle is complete
    /// (`StageMeasure.counts`).
    static func stageCounts(_ s: String, of o: String) -> String {
        "NOT \(s).skipped AND \(s).duration_seconds IS NOT NULL AND \(o).cycle_seconds IS NOT NULL"
    }

    static func stageShare(_ s: String, of o: String) -> String {
        "CASE WHEN \(o).cycle_seconds > 0 THEN CAST(\(s).duration_seconds AS BIGINT) * \(shareScale) / \(o).cycle_seconds ELSE 0 END"
    }

    /// Whole days from received to promised, at least 1: an order's norm time for η by time.
    static func promisedLeadDays(_ o: String, postgres: Bool) -> String {
        let days = postgres
            ? "(CAST(\(o).promised_day AS DATE) - CAST(\(o).received_day AS DATE))"
            : "CAST(julianday(\(o).promised_day) - julianday(\(o).received_day) AS INTEGER)"
        return "CASE WHEN \(days) < 1 THEN 1 ELSE \(days) END"
    }

    /// Appends one row per source row, each measure times `sign`: what a trigger writes.
    static func append(_ table: Table, _ c: Contribution, sign: Int, from source: String? = nil, where condition: String) -> String {
        let measures = c.measures.map { sign < 0 ? "-(\($0))" : "(\($0))" }
        return "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) SELECT \((c.keys + measures).joined(separator: ", "))"
            + (source.map { " FROM \($0)" } ?? "") + " WHERE \(condition)"
    }

    /// Appends the source rows summed per key: what a rebuild writes.
    static func fill(_ table: Table, _ c: Contribution, from source: String, where condition: String) -> String {
        let sums = c.measures.map { "SUM(\($0))" }
        return "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) SELECT \((c.keys + sums).joined(separator: ", "))"
            + " FROM \(source) WHERE \(condition) GROUP BY \((1...c.keys.count).map(String.init).joined(separator: ", "))"
    }

    /// Sums the rows of `source`, just filled, into `target`, whose keys are some of its keys:
    /// the same tallies as from the orders (every measure is a whole number), read from a
    /// fraction of the rows.
    static func refold(_ source: Table, into target: Table) -> String {
        let sums = target.measures.map { "SUM(\($0))" }
        return "INSERT INTO \(target.name) (\(target.columns.joined(separator: ", "))) SELECT \((target.keys + sums).joined(separator: ", "))"
            + " FROM \(source.name) GROUP BY \(target.keys.joined(separator: ", "))"
    }

    /// The statements that add every order, with its lines, stage intervals and requests, to
    /// the emptied roll-ups (`QualityRollupRebuild`), in this order: the consumers' are summed
    /// from the orders' roll-up.
    static func fillStatements(postgres: Bool) -> [String] {
        let received = "o.received_day IS NOT NULL"
        return [
            fill(orders, order("o", postgres: postgres), from: "orders o", where: received),
            refold(orders, into: consumers),
            fill(kinds, line("l", of: "o"), from: "orders o JOIN order_lines l ON l.order_id = o.id", where: received),
            fill(stages, stage("s", of: "o"), from: "orders o JOIN stage_intervals s ON s.order_id = o.id",
                 where: "\(received) AND \(stageCounts("s", of: "o"))"),
        ] + RequestKind.allCases.map { kind in
            fill(requests, request("r", kind, of: "o"), from: "orders o JOIN \(kind.table) r ON r.order_id = o.id",
                 where: requestCounts("r", kind))
        } + QualityClientRollup.fillStatements()
    }
}
