import Foundation
import OrderCycleCore

/// The quality roll-ups of demo orders, summed in memory while the orders are made, so a bulk
/// load stores one row per key at its end instead of reading every chunk back. Each
/// contribution mirrors `QualityRollup`'s SQL term for term; `DemoDataTests` holds the two equal.
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
    }

    private struct Keyed<Key: Hashable & Sendable>: Sendable {
        var sums: [Key: [Int]] = [:]
        mutating func add(_ key: Key, _ values: [Int]) {
            if let old = sums[key] { sums[key] = zip(old, values).map(+) } else { sums[key] = values }
        }
        mutating func merge(_ other: Keyed) { for (key, values) in other.sums { add(key, values) } }
    }

    private struct ClientMonth: Hashable, Sendable { var group: Group; var client: UUID }
    private struct ProductMonth: Hashable, Sendable { var group: Group; var product: UUID }
    private struct StageMonth: Hashable, Sendable { var group: Group; var stage: Stage }
    private struct RequestMonth: Hashable, Sendable { var group: Group; var kind: QualityRollup.RequestKind }

    private var orders = Keyed<ClientMonth>()
    private var kinds = Keyed<ProductMonth>()
    private var stages = Keyed<StageMonth>()
    private var requests = Keyed<RequestMonth>()

    /// `QualityRollup.order`.
    mutating func add(_ order: Order, in group: Group) {
        func count(_ condition: Bool) -> Int { condition ? 1 : 0 }
        let f = order.figures
        let fulfilled = f.onTime != nil
        let onTime = f.onTime == true
        let inFull = onTime && order.inFull == true
        let promised = order.status != .cancelled && order.promised != nil
        let provided = promised && f.reachedDay != nil
        let norm = order.promised.map { max(1, order.received.days(to: $0)) } ?? 0
        let cycle = f.cycleSeconds.map(Int.init)
        orders.add(ClientMonth(group: group, client: order.client), [
            1, count(order.placed), count(order.placed && order.unsatisfiedFromStock),
            count(fulfilled), count(onTime), count(inFull), count(inFull && order.claims == 0),
            fulfilled ? f.expectedDays ?? 0 : 0, fulfilled ? f.actualDays ?? 0 : 0, count(order.claims > 0),
            count(promised), count(provided), promised ? norm : 0, provided ? norm : 0,
            count(cycle != nil), cycle ?? 0, cycle != nil ? Int(f.interruptionSeconds ?? 0) : 0, count((cycle ?? 0) > 0),
        ])
    }

    /// `QualityRollup.line`.
    mutating func addLine(product: UUID, in group: Group) {
        kinds.add(ProductMonth(group: group, product: product), [1])
    }

    /// `QualityRollup.stage`, for a stage that took `seconds` of an order whose cycle is complete.
    mutating func addStage(_ stage: Stage, seconds: Int, cycle: Int, in group: Group) {
        let share = cycle > 0 ? seconds * QualityRollup.shareScale / cycle : 0
        stages.add(StageMonth(group: group, stage: stage), [1, seconds, share])
    }

    /// `QualityRollup.request`, for a decided request; `group.month` is the month it was made in.
    mutating func addRequest(_ kind: QualityRollup.RequestKind, satisfied: Bool, in group: Group) {
        requests.add(RequestMonth(group: group, kind: kind), [1, satisfied ? 1 : 0])
    }

    mutating func merge(_ other: DemoRollup) {
        orders.merge(other.orders)
        kinds.merge(other.kinds)
        stages.merge(other.stages)
        requests.merge(other.requests)
    }

    /// The rows, one per key, in `QualityRollup`'s column order.
    func inserts() -> [BulkInsert] {
        func table<Key>(_ table: QualityRollup.Table, _ keyed: Keyed<Key>, _ keys: (Key) -> [any Encodable & Sendable]) -> BulkInsert {
            var insert = BulkInsert(table.name, table.columns)
            for (key, sums) in keyed.sums { insert.add(keys(key) + sums.map { $0 as any Encodable & Sendable }) }
            return insert
        }
        // The consumer roll-up is the order roll-up without the delivery method.
        var consumers = Keyed<ClientMonth>()
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
        ]
    }
}
