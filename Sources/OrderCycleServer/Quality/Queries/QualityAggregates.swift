import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// One consumer's orders of one period bucket and group, counted as the indicators need them.
/// Additive: the rows of a consumer in several groups sum to its figures over those groups.
struct ConsumerTally: Sendable, Equatable {
    var orders = 0
    /// Placed orders: the ones stock was asked to satisfy (P's `Q_i`).
    var placed = 0
    /// P's `Qunsat_i`.
    var unsatisfied = 0
    /// Orders that reached their promised milestone (K's `Q_done_i`).
    var fulfilled = 0
    var onTime = 0
    var onTimeInFull = 0
    var perfect = 0
    /// T's sums over the fulfilled orders.
    var expectedDays = 0
    var actualDays = 0
    /// Orders with at least one claim (Y's `Q_claims`).
    var claimed = 0
    /// η: orders whose promised day has passed, and those of them delivered; norms in days.
    var possible = 0
    var provided = 0
    var possibleNormDays = 0
    var providedNormDays = 0
    /// Cycle figures of the orders that reached their last milestone.
    var cycles = 0
    var cycleSeconds = 0
    var interruptionSeconds = 0
    /// Orders with `T_cycle > 0`, over which stage shares are averaged.
    var measurableCycles = 0

    static func + (a: ConsumerTally, b: ConsumerTally) -> ConsumerTally {
        ConsumerTally(
            orders: a.orders + b.orders, placed: a.placed + b.placed, unsatisfied: a.unsatisfied + b.unsatisfied,
            fulfilled: a.fulfilled + b.fulfilled, onTime: a.onTime + b.onTime, onTimeInFull: a.onTimeInFull + b.onTimeInFull,
            perfect: a.perfect + b.perfect, expectedDays: a.expectedDays + b.expectedDays, actualDays: a.actualDays + b.actualDays,
            claimed: a.claimed + b.claimed, possible: a.possible + b.possible, provided: a.provided + b.provided,
            possibleNormDays: a.possibleNormDays + b.possibleNormDays, providedNormDays: a.providedNormDays + b.providedNormDays,
            cycles: a.cycles + b.cycles, cycleSeconds: a.cycleSeconds + b.cycleSeconds,
            interruptionSeconds: a.interruptionSeconds + b.interruptionSeconds, measurableCycles: a.measurableCycles + b.measurableCycles)
    }

    static func += (a: inout ConsumerTally, b: ConsumerTally) { a = a + b }
}

extension ConsumerTally {
    /// Sets the tally's figure of one measure: its fields are `OrderMeasure`'s, one each.
    mutating func set(_ measure: OrderMeasure, to value: Int) {
        switch measure {
        case .orders: orders = value
        case .placed: placed = value
        case .unsatisfied: unsatisfied = value
        case .fulfilled: fulfilled = value
        case .onTime: onTime = value
        case .onTimeInFull: onTimeInFull = value
        case .perfect: perfect = value
        case .expectedDays: expectedDays = value
        case .actualDays: actualDays = value
        case .claimed: claimed = value
        case .possible: possible = value
        case .provided: provided = value
        case .possibleNormDays: possibleNormDays = value
        case .providedNormDays: providedNormDays = value
        case .cycles: cycles = value
        case .cycleSeconds: cycleSeconds = value
        case .interruptionSeconds: interruptionSeconds = value
        case .measurableCycles: measurableCycles = value
        }
    }
}

/// A row of an aggregate: which bucket and group it belongs to.
struct BucketGroup: Hashable, Sendable {
    var bucket: String
    var group: String
}

/// Requests of a bucket and group for flexibility F.
struct RequestTally: Sendable, Equatable {
    var decided = 0
    var satisfied = 0
}

/// How many kinds of product were ordered in a bucket and group, for coverage C: |H| and |H ∩ K|.
/// Counted, not listed: kinds do not add up over groups, so a total asks for its own.
struct OrderedKinds: Sendable, Equatable {
    var ordered = 0
    var inRange = 0
}

/// One stage over the orders that reached their last milestone.
struct StageTally: Sendable, Equatable {
    var stage: Stage
    var orders: Int
    var seconds: Int
    /// Σ over orders with `T_cycle > 0` of stage seconds / `T_cycle`.
    var shareSum: Double
}

/// The aggregate queries behind every figure: each is one statement over the period's rows,
/// grouped in the database — never a query per order, client or period.
enum QualityAggregates {
    /// Per bucket, group and consumer, over the orders received between `from` and `to`.
    /// η counts a promise as due when its day is on or before `asOf`. From the roll-ups, the
    /// promises still ahead are read on `aside`, beside the roll-up's rows.
    static func consumers(
        on db: any Database, aside: (any Database)? = nil, from: CalendarDay, to: CalendarDay, bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection, asOf: CalendarDay
    ) async throws -> [BucketGroup: [UUID: ConsumerTally]] {
        let byCategory = try await QualityRollupReads.servesCategories(grouping, restriction, on: db)
        if let months = QualityRollupReads.months(from, to), byCategory || QualityRollupReads.servesOrders(grouping, restriction) {
            return try await QualityRollupReads.consumers(on: db, aside: aside ?? db, months: months, from: from, to: to, bucket: bucket,
                                                          grouping: grouping, restriction: restriction, asOf: asOf)
        }
        let contribution = QualityRollup.order("o", due: "o.promised_day <= '\(asOf)'", postgres: db.isPostgres)
        let sums = zip(OrderMeasure.allCases, contribution.measures).map { QualitySQL.total($0.1, as: $0.0.column) }.joined(separator: ",\n  ")
        let query: SQLQueryString = """
        SELECT \(QualitySQL.bucket(bucket, "o.received_day")) AS bucket, \(QualitySQL.groupKey(grouping)) AS group_key, o.client_id AS consumer,
          \(unsafeRaw: sums)
        FROM orders o\(QualitySQL.categoryJoin(grouping))
        WHERE o.received_day >= \(bind: from.description) AND o.received_day <= \(bind: to.description)\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key, consumer
        """
        return try await consumers(query, measures: OrderMeasure.allCases, grouping: grouping, on: db)
    }

    /// The tallies of `query`, whose rows are `bucket`, `group_key`, `consumer` and then the
    /// figures of `measures` in their order (those not asked for read as 0), read by position: a
    /// report reads a row per consumer, bucket and group, tens of thousands of them over a
    /// million orders.
    static func consumers(
        _ query: SQLQueryString, measures: [OrderMeasure], grouping: QualityGrouping, on db: any Database
    ) async throws -> [BucketGroup: [UUID: ConsumerTally]] {
        let rows = try await db.rowsByPosition(query) { row in
            var tally = ConsumerTally()
            for (offset, measure) in measures.enumerated() { tally.set(measure, to: try row.int(3 + offset)) }
            return (BucketGroup(bucket: try row.string(0), group: try QualitySQL.decodeKey(row, 1, grouping)), try row.uuid(2), tally)
        }
        var out: [BucketGroup: [UUID: ConsumerTally]] = [:]
        for (place, consumer, tally) in rows { out[place, default: [:]][consumer] = tally }
        return out
    }

    /// The decided requests per bucket and group: order change requests and claims by the day
    /// they were made (in the company's calendar).
    static func requests(
        on db: any Database, periods: [QualityPeriod], bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection
    ) async throws -> [BucketGroup: RequestTally] {
        guard let first = periods.first, let last = periods.last else { return [:] }
        if let months = QualityRollupReads.months(first.first, last.last) {
            if let table = QualityRollupReads.requests(grouping, restriction) {
                return try await QualityRollupReads.requests(on: db, from: table, months: months, bucket: bucket, grouping: grouping, restriction: restriction)
            }
            if try await QualityRollupReads.servesCategories(grouping, restriction, on: db) {
                return try await QualityRollupReads.categoryRequests(on: db, months: months, bucket: bucket, restriction: restriction)
            }
        }
        var out: [BucketGroup: RequestTally] = [:]
        for kind in QualityRollup.RequestKind.allCases {
            let counts = QualityRollup.request("r", kind, of: "o").measures
            let query: SQLQueryString = """
            SELECT \(QualitySQL.bucket(bucket, "r.created_day")) AS bucket, \(QualitySQL.groupKey(grouping)) AS group_key,
              \(unsafeRaw: QualitySQL.total(counts[0], as: "decided")), \(unsafeRaw: QualitySQL.total(counts[1], as: "satisfied"))
            FROM \(unsafeRaw: kind.table) r JOIN orders o ON o.id = r.order_id\(QualitySQL.categoryJoin(grouping, within: kind.table))
            WHERE \(unsafeRaw: QualityRollup.requestCounts("r", kind))
              AND r.created_day >= \(bind: first.first.description) AND r.created_day <= \(bind: last.last.description)\(QualitySQL.restriction(restriction))
            GROUP BY bucket, group_key
            """
            for (place, tally) in try await requestTallies(query, grouping: grouping, on: db) {
                out[place, default: RequestTally()].decided += tally.decided
                out[place, default: RequestTally()].satisfied += tally.satisfied
            }
        }
        return out
    }

    /// The tallies of `query`, whose rows are `bucket`, `group_key`, `decided` and `satisfied`,
    /// read by position as the consumers are: a report by client reads thousands of them.
    static func requestTallies(_ query: SQLQueryString, grouping: QualityGrouping, on db: any Database) async throws -> [BucketGroup: RequestTally] {
        let rows = try await db.rowsByPosition(query) { row in
            (BucketGroup(bucket: try row.string(0), group: try QualitySQL.decodeKey(row, 1, grouping)),
             RequestTally(decided: try row.int(2), satisfied: try row.int(3)))
        }
        return Dictionary(rows, uniquingKeysWith: { a, _ in a })
    }

    /// How many kinds of product were ordered (H) per bucket and group, and how many of them are
    /// in the active range (K). A product an import made is no kind of C's: the history shows it
    /// was sold, never whether the range holds it, so counting it would make C perfect by
    /// construction.
    static func coverage(
        on db: any Database, from: CalendarDay, to: CalendarDay, bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection
    ) async throws -> [BucketGroup: OrderedKinds] {
        if let months = QualityRollupReads.months(from, to), let table = QualityRollupReads.kinds(grouping, restriction) {
            return try await QualityRollupReads.coverage(on: db, from: table, months: months, bucket: bucket, grouping: grouping, restriction: restriction)
        }
        return try await kinds("""
        SELECT \(QualitySQL.bucket(bucket, "o.received_day")) AS bucket, \(kindsKey(grouping)) AS group_key, l.product_id AS product_id
        FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.received_day >= \(bind: from.description) AND o.received_day <= \(bind: to.description)\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key, l.product_id
        """, grouping: grouping, on: db)
    }

    /// The group key of a query `kinds(_:grouping:on:)` counts: every group's own, but the
    /// categories are the products' and are told by the count itself, so all of a bucket's kinds
    /// are one group here.
    static func kindsKey(_ grouping: QualityGrouping) -> SQLQueryString {
        grouping == .category ? "'all'" : QualitySQL.groupKey(grouping)
    }

    /// The kinds of `query`, whose rows are `bucket`, `group_key` and `product_id`, one per kind
    /// ordered, counted per bucket and group in the database with those in the range. The
    /// products are looked up once per kind, after the kinds were told apart, not once per row
    /// they were told from.
    static func kinds(_ query: SQLQueryString, grouping: QualityGrouping, on db: any Database) async throws -> [BucketGroup: OrderedKinds] {
        let key: SQLQueryString = grouping == .category ? "p.category" : "k.group_key"
        let counted: SQLQueryString = """
        SELECT k.bucket, \(key) AS group_key, COUNT(*) AS ordered, \(QualitySQL.countWhere("p.active")) AS in_range
        FROM (\(query)) k JOIN products p ON p.id = k.product_id
        WHERE NOT p.imported
        GROUP BY k.bucket, \(key)
        """
        let rows = try await db.rowsByPosition(counted) { row in
            (BucketGroup(bucket: try row.string(0), group: try QualitySQL.decodeKey(row, 1, grouping)), OrderedKinds(ordered: try row.int(2), inRange: try row.int(3)))
        }
        return Dictionary(rows, uniquingKeysWith: { a, _ in a })
    }

    private struct StockRow: Decodable { var category: String; var on_hand: Int; var required_norm: Int }

    /// Today's stock of every item with a required stock, with its product's category. Stock is
    /// a state, not a flow: N describes now, whatever the period.
    static func stock(on db: any Database, category: String? = nil) async throws -> [(category: String, item: ItemStock)] {
        let filter: SQLQueryString = category.map { " AND p.category = \(bind: $0)" } ?? ""
        let query: SQLQueryString = """
        SELECT p.category AS category, s.on_hand AS on_hand, s.required_norm AS required_norm
        FROM stock_items s JOIN products p ON p.id = s.product_id
        WHERE s.required_norm > 0\(filter)
        """
        return try await db.sql.raw(query).all(decoding: StockRow.self).map { row in
            (row.category, try ItemStock(onHand: Double(row.on_hand), required: Double(row.required_norm)))
        }
    }

    /// Per stage, over the orders of the range that reached their last milestone.
    static func stages(
        on db: any Database, from: CalendarDay, to: CalendarDay, restriction: QualitySelection
    ) async throws -> [StageTally] {
        if let months = QualityRollupReads.months(from, to), QualityRollupReads.servesStages(restriction) {
            return try await QualityRollupReads.stages(on: db, months: months, restriction: restriction)
        }
        let query: SQLQueryString = """
        SELECT s.stage AS stage, COUNT(*) AS orders, \(QualitySQL.sum("s.duration_seconds")) AS seconds,
          \(unsafeRaw: QualitySQL.total(QualityRollup.stageShare("s", of: "o"), as: "share_units"))
        FROM stage_intervals s JOIN orders o ON o.id = s.order_id
        WHERE \(unsafeRaw: QualityRollup.stageCounts("s", of: "o"))
          AND o.received_day >= \(bind: from.description) AND o.received_day <= \(bind: to.description)\(QualitySQL.restriction(restriction))
        GROUP BY s.stage
        """
        return try decodeStages(try await db.sql.raw(query).all())
    }

    /// The groups of the range with at least one counted stage: those whose interruption share
    /// was measured. The stage roll-up answers for whole months and the groups it keeps.
    static func stagedGroups(
        on db: any Database, from: CalendarDay, to: CalendarDay, grouping: QualityGrouping, restriction: QualitySelection
    ) async throws -> Set<String> {
        let query: SQLQueryString
        if let months = QualityRollupReads.months(from, to), try await QualityRollupReads.servesCategories(grouping, restriction, on: db) {
            return try await QualityRollupReads.staged(.category, on: db, months: months, restriction: restriction)
        } else if let months = QualityRollupReads.months(from, to), grouping == .client, QualityClientRollup.serves(grouping, restriction) {
            return try await QualityRollupReads.staged(.client, on: db, months: months, restriction: restriction)
        } else if let months = QualityRollupReads.months(from, to), grouping != .client, grouping != .category, QualityRollupReads.servesStages(restriction) {
            query = """
            SELECT \(QualitySQL.groupKey(grouping)) AS group_key, \(unsafeRaw: QualityRollupReads.total("orders", as: "stages", on: db))
            FROM \(unsafeRaw: QualityRollup.stages.name) o
            WHERE \(QualityRollupReads.range(months, on: db))\(QualitySQL.restriction(restriction))
            GROUP BY group_key HAVING \(unsafeRaw: QualityRollupReads.sum("orders", on: db)) > 0
            """
        } else {
            query = """
            SELECT \(QualitySQL.groupKey(grouping)) AS group_key, COUNT(*) AS stages
            FROM orders o JOIN stage_intervals s ON s.order_id = o.id\(QualitySQL.categoryJoin(grouping))
            WHERE \(unsafeRaw: QualityRollup.stageCounts("s", of: "o"))
              AND o.received_day >= \(bind: from.description) AND o.received_day <= \(bind: to.description)\(QualitySQL.restriction(restriction))
            GROUP BY group_key
            """
        }
        return Set(try await db.sql.raw(query).all().map { try QualitySQL.decodeKey($0, grouping) })
    }

    private struct StageRow: Decodable { var stage: String; var orders: Int; var seconds: Int; var share_units: Int }

    /// Rows of `stage`, `orders`, `seconds` and `share_units`.
    static func decodeStages(_ rows: [any SQLRow]) throws -> [StageTally] {
        try rows.compactMap { row in
            let r = try row.decode(model: StageRow.self)
            guard let stage = Stage(rawValue: r.stage) else { return nil }
            return StageTally(stage: stage, orders: r.orders, seconds: r.seconds, shareSum: Double(r.share_units) / Double(QualityRollup.shareScale))
        }
    }
}
