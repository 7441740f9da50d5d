import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The report's aggregates read from the monthly roll-ups, for the ranges and groupings they
/// can answer: whole months, and groups an order carries (segment, manager, client, internal,
/// delivery method), product categories from their own roll-ups and clients' coverage, stages
/// and requests from theirs. What none answers is read from the orders (`QualityAggregates`).
enum QualityRollupReads {
    /// The first and last month of a range of whole months; `nil` when it starts or ends mid-month.
    static func months(_ from: CalendarDay, _ to: CalendarDay) -> (first: String, last: String)? {
        guard from.day == 1, to.adding(days: 1).day == 1 else { return nil }
        return (String(from.description.prefix(7)), String(to.description.prefix(7)))
    }

    static func servesOrders(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> Bool {
        grouping != .category && restriction.narrowing != .category
    }

    static func servesKinds(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> Bool {
        grouping != .client && restriction.narrowing != .client && restriction.narrowing != .category
    }

    static func servesRequests(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> Bool {
        grouping != .category && servesKinds(grouping, restriction)
    }

    /// The roll-up that holds the kinds ordered for this grouping and restriction: the groups',
    /// else the clients'; nil when neither answers.
    static func kinds(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> QualityRollup.Table? {
        servesKinds(grouping, restriction) ? QualityRollup.kinds : QualityClientRollup.serves(grouping, restriction) ? QualityClientRollup.kinds : nil
    }

    /// The roll-up that holds the decided requests for this grouping and restriction, as `kinds`.
    static func requests(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> QualityRollup.Table? {
        servesRequests(grouping, restriction) ? QualityRollup.requests : QualityClientRollup.serves(grouping, restriction) ? QualityClientRollup.requests : nil
    }

    /// Whether the category roll-ups answer for this grouping and restriction now: grouped by
    /// category, narrowed by a key they keep, and not left behind by a bulk load.
    static func servesCategories(_ grouping: QualityGrouping, _ restriction: QualitySelection, on db: any Database) async throws -> Bool {
        guard grouping == .category, [.all, .segment, .manager, .origin].contains(restriction.narrowing) else { return false }
        return try await QualityRollupRebuild.categoriesAreCurrent(on: db)
    }

    static func servesStages(_ restriction: QualitySelection) -> Bool {
        restriction.narrowing != .client && restriction.narrowing != .category
    }

    /// The months of a range as a condition on the roll-up `o`. A range of years (a year's
    /// dashboard with its trend) holds most of a roll-up's rows, which one pass over the table
    /// reads faster than the month index with a lookup per row; written through `substr`,
    /// SQLite's planner does not walk the index for it, and whole years are asked of the year,
    /// which the year indexes keep (a seek to the first, no test per row). A shorter range walks
    /// the index. PostgreSQL gets the plain column: it chooses the pass itself from the column's
    /// statistics, and a range through `substr`, which it cannot estimate, made it sort the
    /// category tallies on disk instead of hashing them.
    static func range(_ months: (first: String, last: String), on db: any Database) -> SQLQueryString {
        guard spansYears(months), !db.isPostgres else { return "o.month >= \(bind: months.first) AND o.month <= \(bind: months.last)" }
        if months.first.hasSuffix("-01"), months.last.hasSuffix("-12") {
            let year = "substr(o.month, 1, 4)"
            return "\(unsafeRaw: year) >= \(bind: String(months.first.prefix(4))) AND \(unsafeRaw: year) <= \(bind: String(months.last.prefix(4)))"
        }
        let month = "substr(o.month, 1, 7)"
        return "\(unsafeRaw: month) >= \(bind: months.first) AND \(unsafeRaw: month) <= \(bind: months.last)"
    }

    /// A roll-up column's sum over a group. PostgreSQL sums a bigint into a numeric, many times
    /// the work of adding doubles, which add whole numbers exactly below 2^53 (a roll-up's sums
    /// stay far below): a year's tallies by category at 100,000 orders, 290 → 125 ms.
    static func sum(_ column: String, on db: any Database) -> String {
        "SUM(\(summand(column, on: db)))"
    }

    /// `sum` as a whole number (`QualitySQL.total`), named after its column unless `name` is given.
    static func total(_ column: String, as name: String? = nil, on db: any Database) -> String {
        QualitySQL.total(summand(column, on: db), as: name ?? column)
    }

    private static func summand(_ column: String, on db: any Database) -> String {
        db.isPostgres ? "CAST(o.\(column) AS DOUBLE PRECISION)" : "o.\(column)"
    }

    /// Whether a range of months is longer than three years (a quarter's trend is three).
    private static func spansYears(_ months: (first: String, last: String)) -> Bool {
        guard let first = Int(months.first.prefix(4)), let last = Int(months.last.prefix(4)) else { return false }
        return last - first >= 3
    }

    /// The consumers' tallies: the roll-up's, less the promises not yet due on `asOf` (the
    /// roll-up counts every promise; the few still ahead are read from the orders).
    static func consumers(
        on db: any Database, aside: any Database, months: (first: String, last: String), from: CalendarDay, to: CalendarDay, bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection, asOf: CalendarDay
    ) async throws -> [BucketGroup: [UUID: ConsumerTally]] {
        // Only the delivery method needs the roll-up that keeps it; the other has a third of the rows.
        let byDelivery = grouping == .deliveryMethod || restriction.narrowing == .deliveryMethod
        // By category, an order counts in each of its categories: their own roll-up, and their
        // kept list for the promises still ahead.
        let byCategory = grouping == .category
        let table = byCategory ? QualityCategoryRollup.orders : byDelivery ? QualityRollup.orders : QualityRollup.consumers
        let key: SQLQueryString = byCategory ? "o.category" : QualitySQL.groupKey(grouping)
        // The few orders with a promise ahead lead, each looking up its categories: left to
        // themselves both planners would read every order's categories instead.
        let membership = QualityCategoryRollup.membership
        let categories: SQLQueryString = !byCategory ? "" : db.isPostgres
            ? " JOIN LATERAL (SELECT c.category FROM \(unsafeRaw: membership) c WHERE c.order_id = o.id OFFSET 0) oc ON true"
            : " CROSS JOIN \(unsafeRaw: membership) oc"
        let joined: SQLQueryString = byCategory && !db.isPostgres ? " AND oc.order_id = o.id" : ""
        // The three roll-ups read here keep every measure of an order (`OrderMeasure.columns`).
        let sums = OrderMeasure.allCases.map { total($0.column, on: db) }.joined(separator: ", ")
        let rolled: SQLQueryString = """
        SELECT \(QualitySQL.bucket(bucket, "o.month")) AS bucket, \(key) AS group_key, o.client_id AS consumer, \(unsafeRaw: sums)
        FROM \(unsafeRaw: table.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key, consumer HAVING \(unsafeRaw: sum("orders", on: db)) > 0
        """

        let ahead = "o.promised_day > '\(asOf)'"
        let contribution = QualityRollup.order("o", due: ahead, postgres: db.isPostgres)
        let due: Set<OrderMeasure> = [.possible, .provided, .possibleNormDays, .providedNormDays]
        let aheadTerms = zip(OrderMeasure.allCases, contribution.measures).filter { due.contains($0.0) }
        let aheadSums = aheadTerms.map { QualitySQL.total($0.1, as: $0.0.column) }.joined(separator: ", ")
        let open = OrderStatus.allCases.filter { $0 != .cancelled }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        // The received range is written through `substr` so that neither planner walks it: the
        // promises still ahead are a few among all orders, found by (status, promised day).
        let notYetDue: SQLQueryString = """
        SELECT \(QualitySQL.bucket(bucket, "o.received_day")) AS bucket, \(QualitySQL.groupKey(grouping)) AS group_key, o.client_id AS consumer, \(unsafeRaw: aheadSums)
        FROM orders o\(categories)
        WHERE o.status IN (\(unsafeRaw: open)) AND \(unsafeRaw: ahead)\(joined)
          AND substr(o.received_day, 1, 10) >= \(bind: from.description) AND substr(o.received_day, 1, 10) <= \(bind: to.description)\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key, consumer
        """
        // Both read side by side, the promises ahead on the connection aside.
        async let rolledRead = QualityAggregates.consumers(rolled, measures: OrderMeasure.allCases, grouping: grouping, on: db)
        async let notYetDueRead = QualityAggregates.consumers(notYetDue, measures: aheadTerms.map(\.0), grouping: grouping, on: aside)
        var out = try await rolledRead
        for (place, tallies) in try await notYetDueRead {
            for (consumer, early) in tallies {
                guard var tally = out[place]?[consumer] else { continue }
                tally.possible -= early.possible
                tally.provided -= early.provided
                tally.possibleNormDays -= early.possibleNormDays
                tally.providedNormDays -= early.providedNormDays
                out[place]?[consumer] = tally
            }
        }
        return out
    }

    /// The kinds of product ordered per bucket and group, counted with those in the range
    /// (imported products left out, as in `QualityAggregates.coverage`), from `table` (`kinds(_:_:)`).
    /// Grouped by year, client and product, the clients' kinds come in the order of an index
    /// (`UpdateQualityRollupsAddYearIndexes`), and SQLite sorts none of them.
    static func coverage(
        on db: any Database, from table: QualityRollup.Table, months: (first: String, last: String), bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection
    ) async throws -> [BucketGroup: OrderedKinds] {
        return try await QualityAggregates.kinds("""
        SELECT \(QualitySQL.bucket(bucket, "o.month")) AS bucket, \(QualityAggregates.kindsKey(grouping)) AS group_key, o.product_id AS product_id
        FROM \(unsafeRaw: table.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key, o.product_id HAVING \(unsafeRaw: sum("lines", on: db)) > 0
        """, grouping: grouping, on: db)
    }

    /// The decided requests per bucket and group, of both kinds, from `table` (`requests(_:_:)`).
    static func requests(
        on db: any Database, from table: QualityRollup.Table, months: (first: String, last: String), bucket: QualityPeriod.Kind?,
        grouping: QualityGrouping, restriction: QualitySelection
    ) async throws -> [BucketGroup: RequestTally] {
        let query: SQLQueryString = """
        SELECT \(QualitySQL.bucket(bucket, "o.month")) AS bucket, \(QualitySQL.groupKey(grouping)) AS group_key,
          \(unsafeRaw: total("decided", on: db)), \(unsafeRaw: total("satisfied", on: db))
        FROM \(unsafeRaw: table.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key HAVING \(unsafeRaw: sum("decided", on: db)) > 0
        """
        return try await QualityAggregates.requestTallies(query, grouping: grouping, on: db)
    }

    /// The decided requests per bucket and category, of both kinds.
    static func categoryRequests(
        on db: any Database, months: (first: String, last: String), bucket: QualityPeriod.Kind?, restriction: QualitySelection
    ) async throws -> [BucketGroup: RequestTally] {
        let query: SQLQueryString = """
        SELECT \(QualitySQL.bucket(bucket, "o.month")) AS bucket, o.category AS group_key,
          \(unsafeRaw: total("decided", on: db)), \(unsafeRaw: total("satisfied", on: db))
        FROM \(unsafeRaw: QualityCategoryRollup.requests.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY bucket, group_key HAVING \(unsafeRaw: sum("decided", on: db)) > 0
        """
        return try await QualityAggregates.requestTallies(query, grouping: .category, on: db)
    }

    /// The clients or the categories of the months with at least one counted stage, from the
    /// roll-up that counts stages per client or per category.
    static func staged(
        _ grouping: QualityGrouping, on db: any Database, months: (first: String, last: String), restriction: QualitySelection
    ) async throws -> Set<String> {
        let (table, key) = grouping == .category ? (QualityCategoryRollup.stages, "o.category") : (QualityClientRollup.stages, "o.client_id")
        let query: SQLQueryString = """
        SELECT \(unsafeRaw: key) AS group_key, \(unsafeRaw: total("stages", on: db))
        FROM \(unsafeRaw: table.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY group_key HAVING \(unsafeRaw: sum("stages", on: db)) > 0
        """
        return Set(try await db.sql.raw(query).all().map { try QualitySQL.decodeKey($0, grouping) })
    }

    /// Per stage, over the orders of the months that completed their cycle.
    static func stages(
        on db: any Database, months: (first: String, last: String), restriction: QualitySelection
    ) async throws -> [StageTally] {
        let query: SQLQueryString = """
        SELECT o.stage AS stage, \(unsafeRaw: total("orders", on: db)), \(unsafeRaw: total("seconds", on: db)),
          \(unsafeRaw: total("share_units", on: db))
        FROM \(unsafeRaw: QualityRollup.stages.name) o
        WHERE \(range(months, on: db))\(QualitySQL.restriction(restriction))
        GROUP BY o.stage HAVING \(unsafeRaw: sum("orders", on: db)) > 0
        """
        return try QualityAggregates.decodeStages(try await db.sql.raw(query).all())
    }
}
