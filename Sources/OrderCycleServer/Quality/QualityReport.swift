import Fluent
import Foundation
import NIOCore
import OrderCycleCore
import SQLKit
import Vapor

/// The figures of one group: every indicator for the period, its trend, and the cycle times.
struct GroupFigures: Sendable {
    var key: String
    var label: String
    /// The standard the group is held to (its segment's, else the default).
    var standard: StandardSet
    var consumers: Int
    var orders: Int
    var values: [QualityIndicator: IndicatorValue]
    /// Per indicator, one value per trend period, oldest first.
    var trend: [QualityIndicator: [IndicatorValue]]
    var cycle: CycleFigures
    /// η and F of the period come from the group's service requests, not its orders.
    var fromServiceRequests = false

    func status(_ indicator: QualityIndicator) -> StandardStatus? {
        standard.standard(indicator)?.evaluate(values[indicator] ?? .noData)
    }

    var breaches: [QualityIndicator] { QualityIndicator.allCases.filter { status($0) == .breach } }
}

/// The service-quality report of a period: every group of a grouping, the total over them,
/// the stages of the cycle. Built from a handful of aggregate queries whatever the data size.
struct QualityReport: Sendable {
    var period: QualityPeriod
    var grouping: QualityGrouping
    var restriction: QualitySelection
    var trendPeriods: [QualityPeriod]
    var groups: [GroupFigures]
    var total: GroupFigures
    var stages: [StageFigure]
    var bottleneck: Stage?

    /// `aside` is a second connection the reads are spread over (`Request.asideDB`).
    static func build(
        on db: any Database, aside: (any Database)? = nil, period: QualityPeriod, grouping: QualityGrouping, restriction: QualitySelection = .everything,
        today: CalendarDay, calendar: CompanyCalendar, lang: Language, trendLength: Int = 12
    ) async throws -> QualityReport {
        let other = aside ?? db
        let trendPeriods = period.trend(trendLength)
        let trendKind: QualityPeriod.Kind = period.kind == .custom ? .month : period.kind
        let mainKey = period.bucketKey
        // The report's queries do not depend on one another: they run side by side, spread over
        // two connections, so a report takes about half the sum of its reads. The tallies read
        // their promises still ahead on the other connection.
        async let catalogRead = StandardsStore.catalog(on: other)
        async let stockRead = QualityAggregates.stock(on: other)

        // One pass per grouping over the trend's whole range; a custom period adds its own range.
        @Sendable func gather(_ grouping: QualityGrouping) async throws -> Gathered {
            async let consumers = tallies(grouping)
            async let requests = requests(grouping)
            async let kinds = kinds(grouping)
            return Gathered(consumers: try await consumers, requests: try await requests, kinds: try await kinds)
        }
        @Sendable func tallies(_ grouping: QualityGrouping) async throws -> [BucketGroup: [UUID: ConsumerTally]] {
            var consumers = try await QualityAggregates.consumers(
                on: db, aside: other, from: trendPeriods[0].first, to: trendPeriods[trendPeriods.count - 1].last, bucket: trendKind,
                grouping: grouping, restriction: restriction, asOf: today)
            if period.kind == .custom {
                consumers.merge(try await QualityAggregates.consumers(
                    on: db, aside: other, from: period.first, to: period.last, bucket: nil, grouping: grouping, restriction: restriction, asOf: today)) { a, _ in a }
            }
            return consumers
        }
        @Sendable func requests(_ grouping: QualityGrouping) async throws -> [BucketGroup: RequestTally] {
            var requests = try await QualityAggregates.requests(
                on: other, periods: trendPeriods, bucket: trendKind, grouping: grouping, restriction: restriction)
            if period.kind == .custom {
                requests.merge(try await QualityAggregates.requests(
                    on: other, periods: [period], bucket: nil, grouping: grouping, restriction: restriction)) { a, _ in a }
            }
            return requests
        }
        @Sendable func kinds(_ grouping: QualityGrouping) async throws -> [BucketGroup: OrderedKinds] {
            var kinds = try await QualityAggregates.coverage(
                on: db, from: trendPeriods[0].first, to: trendPeriods[trendPeriods.count - 1].last, bucket: trendKind,
                grouping: grouping, restriction: restriction)
            if period.kind == .custom {
                kinds.merge(try await QualityAggregates.coverage(
                    on: db, from: period.first, to: period.last, bucket: nil, grouping: grouping, restriction: restriction)) { a, _ in a }
            }
            return kinds
        }

        async let gatheredRead = gather(grouping)
        async let serviceRead = QualityServiceRequests.figures(
            on: other, periods: period.kind == .custom ? trendPeriods + [period] : trendPeriods, grouping: grouping, restriction: restriction, calendar: calendar)
        // The total: orders are in exactly one group except under categories, so their tallies
        // add up; under categories the total is asked again. Kinds of product never add up: a
        // kind ordered in two groups is one kind of the total's.
        async let wholeRead: Gathered? = grouping == .category ? gather(.all) : nil
        async let wholeKindsRead: [BucketGroup: OrderedKinds]? = grouping == .all || grouping == .category ? nil : kinds(.all)
        async let stageTalliesRead = QualityAggregates.stages(on: other, from: period.first, to: period.last, restriction: restriction)
        async let stagedGroupsRead: Set<String> = grouping == .all ? []
            : QualityAggregates.stagedGroups(on: other, from: period.first, to: period.last, grouping: grouping, restriction: restriction)

        let gathered = try await gatheredRead
        let service = try await serviceRead
        let whole = try await wholeRead
        let wholeKinds = try await wholeKindsRead
        let overall = whole ?? wholeKinds.map { gathered.merged(kinds: $0) } ?? gathered

        var keys = Set(gathered.consumers.keys.filter { $0.bucket == mainKey }.map(\.group))
        // A group with service requests and no orders in the period still has its η and F.
        if grouping != .all, QualityServiceRequests.serves(grouping) {
            keys.formUnion(service.keys.filter { $0.bucket == mainKey && $0.group != "all" }.map(\.group))
        }
        let labels = try await QualityLabels.lookup(keys, grouping: grouping, on: db, lang: lang)
        let stageTallies = try await stageTalliesRead
        let stagedGroups = try await stagedGroupsRead
        let catalog = try await catalogRead
        let stock = try await stockRead

        let allItems = stock.map(\.item)
        @Sendable func figures(key: String, label: String, segment: UUID?, from data: Gathered) throws -> GroupFigures {
            let standard = catalog.forSegment(segment)
            let items = grouping == .category && key != "all" ? stock.filter { $0.category == key }.map(\.item) : allItems
            func values(_ bucket: String, stock: [ItemStock]?) throws -> [QualityIndicator: IndicatorValue] {
                let place = BucketGroup(bucket: bucket, group: key)
                return try QualityMeasures.values(
                    consumers: data.consumers[place] ?? [:], requests: data.requests[place] ?? RequestTally(),
                    kinds: data.kinds[place] ?? OrderedKinds(), stock: stock, weights: standard.weights, service: service[place])
            }
            let current = try values(mainKey, stock: items)
            var trend: [QualityIndicator: [IndicatorValue]] = [:]
            for (index, trendPeriod) in trendPeriods.enumerated() {
                // Stock history is not kept: N (and so its part of R) is known for today only.
                let isLatest = index == trendPeriods.count - 1 && period.kind != .custom
                let point = isLatest ? current : try values(trendPeriod.label, stock: nil)
                for indicator in QualityIndicator.allCases { trend[indicator, default: []].append(point[indicator] ?? .noData) }
            }
            let tallies = data.consumers[BucketGroup(bucket: mainKey, group: key)] ?? [:]
            let sum = tallies.values.reduce(ConsumerTally(), +)
            return GroupFigures(key: key, label: label, standard: standard, consumers: tallies.values.filter { $0.orders > 0 }.count,
                                orders: sum.orders, values: current, trend: trend,
                                cycle: CycleFigures(sum, stagesRecorded: key == "all" ? stageTallies.contains(where: { $0.orders > 0 }) : stagedGroups.contains(key)),
                                fromServiceRequests: service[BucketGroup(bucket: mainKey, group: key)] != nil)
        }

        // The groups' figures are independent: a share of them per core (thousands of clients).
        let keyList = Array(keys)
        let share = max(64, (keyList.count + System.coreCount - 1) / System.coreCount)
        let groups = try await withThrowingTaskGroup(of: [GroupFigures].self) { tasks in
            for start in stride(from: 0, to: keyList.count, by: share) {
                let part = keyList[start..<min(start + share, keyList.count)]
                tasks.addTask { try part.map { try figures(key: $0, label: labels.label($0), segment: labels.segment($0), from: gathered) } }
            }
            return try await tasks.reduce(into: []) { $0 += $1 }
        }.sorted { ($0.label, $0.key) < ($1.label, $1.key) }
        let total = try figures(key: "all", label: lang.t("All orders", "Все заказы"), segment: nil, from: overall)

        let mainTallies = overall.consumers[BucketGroup(bucket: mainKey, group: "all")] ?? [:]
        let measurable = mainTallies.values.reduce(0) { $0 + $1.measurableCycles }
        let (stages, bottleneck) = StageFigure.figures(stageTallies, measurableOrders: measurable)
        return QualityReport(period: period, grouping: grouping, restriction: restriction, trendPeriods: trendPeriods,
                             groups: grouping == .all ? [] : groups, total: total, stages: stages, bottleneck: bottleneck)
    }

    struct Gathered: Sendable {
        var consumers: [BucketGroup: [UUID: ConsumerTally]]
        var requests: [BucketGroup: RequestTally]
        var kinds: [BucketGroup: OrderedKinds]

        /// All groups of each bucket as the one group `all`, consumer by consumer, with the
        /// kinds of product that group `all` ordered.
        func merged(kinds: [BucketGroup: OrderedKinds]) -> Gathered {
            // Added in place: a copy of a bucket's dictionary per group was most of a report by client.
            var consumers: [BucketGroup: [UUID: ConsumerTally]] = [:]
            for (place, tallies) in self.consumers {
                let all = BucketGroup(bucket: place.bucket, group: "all")
                for (consumer, tally) in tallies { consumers[all, default: [:]][consumer, default: ConsumerTally()] += tally }
            }
            var requests: [BucketGroup: RequestTally] = [:]
            for (place, tally) in self.requests {
                let all = BucketGroup(bucket: place.bucket, group: "all")
                requests[all, default: RequestTally()].decided += tally.decided
                requests[all, default: RequestTally()].satisfied += tally.satisfied
            }
            return Gathered(consumers: consumers, requests: requests, kinds: kinds)
        }
    }
}

extension QualityReport {
    /// The report a request's parameters ask for, in the request's language.
    static func build(_ req: Request, _ parameters: QualityParameters) async throws -> QualityReport {
        try await build(on: req.db, aside: req.asideDB, period: parameters.period, grouping: parameters.grouping, restriction: parameters.selection,
                        today: parameters.today, calendar: parameters.calendar, lang: req.language)
    }
}
