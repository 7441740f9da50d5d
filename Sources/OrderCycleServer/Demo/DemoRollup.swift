import Foundation
import OrderCycleCore

/// The quality roll-ups of demo orders, summed in memory while the orders are made, so a bulk
/// load stores one row per key at its end instead of reading every chunk back. What each order,
/// line, stage and request adds is the core's (`OrderMeasure`, `LineMeasure`, `StageMeasure`,
/// `RequestMeasure`), the same definition the triggers' SQL is held to; `QualityCountingRuleTests`
/// and `DemoDataTests` hold the sums equal to what the triggers and a rebuild make.
struct DemoRollup: Sendable {
    /// The group keys an order carries, with the month it is counted in.
    struct Group: Hashable, Sendable {
        var month: String
        var segment: UUID
        var manager: UUID?
        var isInternal: Bool
        var deliveryMethod: String?

        var values: [any Encodable & Sendable] { [segment, manager, isInternal, deliveryMethod] }
    }

    /// What the figures of one order need beyond its group.
    struct Order {
        var client: UUID
        var received: CalendarDay
        var promised: CalendarDay?
        var status: OrderStatus
        var placed: Bool
        var unsatisfiedFromStock: Bool
        var inFull: Bool?
        var claims: Int
        var figures: OrderFigures.Result

        /// The facts the core counts, as the order's row records them.
        var facts: OrderFacts {
            OrderFacts(status: status, receivedDay: received, promisedDay: promised, isPlaced: placed,
                       unsatisfiedFromStock: unsatisfiedFromStock, reachedDay: figures.reachedDay.flatMap(CalendarDay.init(iso:)),
                       onTime: figures.onTime, inFull: inFull, expectedDays: figures.expectedDays, actualDays: figures.actualDays,
                       claims: claims, cycleSeconds: figures.cycleSeconds.map(Int.init),
                       interruptionSeconds: figures.interruptionSeconds.map(Int.init))
        }
    }

    private struct Keyed<Key: Hashable & Sendable, Measure: QualityMeasure>: Sendable {
        var sums: [Key: QualityTally<Measure>] = [:]
        mutating func add(_ key: Key, _ tally: QualityTally<Measure>) { sums[key, default: QualityTally()] += tally }
        mutating func merge(_ other: Keyed) { for (key, tally) in other.sums { add(key, tally) } }
    }

    private struct ClientMonth: Hashable, Sendable { var group: Group; var client: UUID }
    private struct ProductMonth: Hashable, Sendable { var group: Group; var product: UUID }
    private struct StageMonth: Hashable, Sendable { var group: Group; var stage: Stage }
    private struct RequestMonth: Hashable, Sendable { var group: Group; var kind: QualityRollup.RequestKind }
    private struct ClientProductMonth: Hashable, Sendable { var month: String; var client: UUID; var product: UUID }
    private struct ClientStageMonth: Hashable, Sendable { var month: String; var client: UUID }
    private struct ClientRequestMonth: Hashable, Sendable { var month: String; var kind: QualityRollup.RequestKind; var client: UUID }

    private var orders = Keyed<ClientMonth, OrderMeasure>()
    private var kinds = Keyed<ProductMonth, LineMeasure>()
    private var stages = Keyed<StageMonth, StageMeasure>()
    private var requests = Keyed<RequestMonth, RequestMeasure>()
    private var clientKinds = Keyed<ClientProductMonth, LineMeasure>()
    /// Counted stages per client and month (`QualityClientRollup.stages`).
    private var clientStages: [ClientStageMonth: Int] = [:]
    private var clientRequests = Keyed<ClientRequestMonth, RequestMeasure>()

    /// An order received in `group.month`.
    mutating func add(_ order: Order, in group: Group) {
        orders.add(ClientMonth(group: group, client: order.client), OrderTally(order.facts))
    }

    /// A line of an order of `client` and `group`.
    mutating func addLine(product: UUID, client: UUID, in group: Group) {
        let tally = QualityTally<LineMeasure> { $0.contribution }
        kinds.add(ProductMonth(group: group, product: product), tally)
        clientKinds.add(ClientProductMonth(month: group.month, client: client, product: product), tally)
    }

    /// A stage that took `seconds` of an order of `client` whose cycle is complete (`StageMeasure.counts`).
    mutating func addStage(_ stage: Stage, seconds: Int, cycle: Int, client: UUID, in group: Group) {
        stages.add(StageMonth(group: group, stage: stage), QualityTally { $0.contribution(seconds: seconds, cycleSeconds: cycle) })
        clientStages[ClientStageMonth(month: group.month, client: client), default: 0] += 1
    }

    /// A decided request on an order of `client`; `group.month` is the month it was made in.
    mutating func addRequest(_ kind: QualityRollup.RequestKind, satisfied: Bool, client: UUID, in group: Group) {
        let tally = QualityTally<RequestMeasure> { $0.contribution(satisfied: satisfied) }
        requests.add(RequestMonth(group: group, kind: kind), tally)
        clientRequests.add(ClientRequestMonth(month: group.month, kind: kind, client: client), tally)
    }

    mutating func merge(_ other: DemoRollup) {
        orders.merge(other.orders)
        kinds.merge(other.kinds)
        stages.merge(other.stages)
        requests.merge(other.requests)
        clientKinds.merge(other.clientKinds)
        clientStages.merge(other.clientStages, uniquingKeysWith: +)
        clientRequests.merge(other.clientRequests)
    }

    /// The rows, one per key, each measure in the column of its name.
    func inserts() -> [BulkInsert] {
        func table<Key, Measure>(_ table: QualityRollup.Table, _ keyed: Keyed<Key, Measure>,
                                 _ keys: (Key) -> [any Encodable & Sendable]) -> BulkInsert {
            var insert = BulkInsert(table.name, table.keys + Measure.columns)
            for (key, sums) in keyed.sums { insert.add(keys(key) + sums.values.map { $0 as any Encodable & Sendable }) }
            return insert
        }
        var stagesPerClient = BulkInsert(QualityClientRollup.stages.name, QualityClientRollup.stages.columns)
        for (key, stages) in clientStages { stagesPerClient.add([key.month, key.client, stages]) }
        // The consumer roll-up is the order roll-up without the delivery method.
        var consumers = Keyed<ClientMonth, OrderMeasure>()
        for (key, sums) in orders.sums {
            var key = key
            key.group.deliveryMethod = nil
            consumers.add(key, sums)
        }
        return [
            table(QualityRollup.orders, orders) { [$0.group.month, $0.client] + $0.group.values },
            table(QualityRollup.consumers, consumers) { [$0.group.month, $0.client, $0.group.segment, $0.group.manager, $0.group.isInternal] },
            table(QualityRollup.kinds, kinds) { [$0.group.month] + $0.group.values + [$0.product] },
            table(QualityRollup.stages, stages) { [$0.group.month] + $0.group.values + [$0.stage.rawValue] },
            table(QualityRollup.requests, requests) { [$0.group.month, $0.kind.rawValue] + $0.group.values },
            table(QualityClientRollup.kinds, clientKinds) { [$0.month, $0.client, $0.product] },
            stagesPerClient,
            table(QualityClientRollup.requests, clientRequests) { [$0.month, $0.kind.rawValue, $0.client] },
        ]
    }
}
