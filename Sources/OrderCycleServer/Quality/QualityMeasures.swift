import Foundation
import OrderCycleCore

/// Turns the aggregates of one group and period into indicator values through the domain
/// core's formulas — the only place where the numbers meet the definitions of DOMAIN §4.
enum QualityMeasures {
    /// Every indicator of `QualityIndicator`; no data where nothing was there to measure.
    /// `stock` is nil when N does not apply (a past period: stock history is not kept).
    /// `service`, where the group had service requests in the period, gives η and F (and so
    /// F's part of R) instead of the orders, change requests and claims.
    static func values(
        consumers: [UUID: ConsumerTally], requests: RequestTally, kinds: OrderedKinds, stock: [ItemStock]?,
        weights: ReliabilityWeights, service: ServiceRequestFigures? = nil
    ) throws -> [QualityIndicator: IndicatorValue] {
        let tallies = Array(consumers.values)
        let sum = tallies.reduce(ConsumerTally(), +)
        let components = ReliabilityComponents(
            stockoutProbability: StockoutProbability.measure(
                try tallies.map { try ConsumerOrderCounts(total: $0.placed, unsatisfiedFromStock: $0.unsatisfied) }),
            demandSaturation: stock.map(DemandSaturation.measure) ?? .noData,
            orderCoverage: OrderCoverage.measure(try OrderedKindCounts(ordered: kinds.ordered, inRange: kinds.inRange)),
        // A promise before the day of receipt is a data error; it counts as a same-day promise
        // rather than stopping the whole report.
            timeExpectations: TimeExpectations.measure(
                try tallies.filter { $0.fulfilled > 0 }.map { try ConsumerLeadTimes(expectedDays: max(0, $0.expectedDays), actualDays: max(0, $0.actualDays)) }),
            uninterruptedExecution: UninterruptedExecution.measure(
                try tallies.map { try ConsumerFulfilledOrders(fulfilled: $0.fulfilled, onTime: $0.onTime) }),
            flexibility: try service.map(\.flexibility) ?? Flexibility.measure(try RequestCounts(total: requests.decided, satisfied: requests.satisfied)),
            serviceDeficiency: ServiceDeficiency.measure(try ClaimCounts(total: sum.orders, withClaim: sum.claimed)))
        var values: [QualityIndicator: IndicatorValue] = [
            .stockoutProbability: components.stockoutProbability, .demandSaturation: components.demandSaturation,
            .orderCoverage: components.orderCoverage, .timeExpectations: components.timeExpectations,
            .uninterruptedExecution: components.uninterruptedExecution, .flexibility: components.flexibility,
            .serviceDeficiency: components.serviceDeficiency,
        ]
        values[.serviceReliability] = ServiceReliability.measure(components, weights: weights)
        let level = try service?.level ?? ServiceLevel(provided: sum.provided, possible: sum.possible,
                                                       providedNormTime: Double(sum.providedNormDays), possibleNormTime: Double(sum.possibleNormDays))
        values[.serviceLevelByCount] = level.byCount
        values[.serviceLevelByTime] = level.byTime
        let outcomes = try OrderOutcomeCounts(total: sum.fulfilled, onTimeInFull: sum.onTimeInFull, perfect: sum.perfect)
        values[.onTimeInFull] = OTIF.measure(outcomes)
        values[.perfectOrder] = PerfectOrder.measure(outcomes)
        return values
    }
}

/// The cycle-time figures of a group (DOMAIN §3.5): over the orders that reached their last
/// milestone, the mean `T_cycle` and the share of it lost to interruptions, `Σ T_per / Σ T_cycle`.
struct CycleFigures: Sendable, Equatable {
    var orders: Int
    var meanSeconds: Double?
    /// No data when no stage of the group's completed orders was recorded: interruptions are
    /// the gaps between stages, and a history without stages (an import that knows only the
    /// dates) measured none — its share is not 0.
    var interruptionShare: Double?

    init(_ tally: ConsumerTally, stagesRecorded: Bool) {
        orders = tally.cycles
        meanSeconds = tally.cycles > 0 ? Double(tally.cycleSeconds) / Double(tally.cycles) : nil
        interruptionShare = stagesRecorded && tally.cycleSeconds > 0 ? Double(tally.interruptionSeconds) / Double(tally.cycleSeconds) : nil
    }
}

/// One stage over the period's completed orders, and which stage is the bottleneck.
struct StageFigure: Sendable, Equatable {
    var stage: Stage
    var orders: Int
    var meanSeconds: Double?
    var meanShare: Double?

    /// `CycleStatistics`' rule from aggregates: a stage's mean share is averaged over all
    /// orders with `T_cycle > 0` (a skipped stage is 0 of that order's cycle); the bottleneck
    /// is the largest share, ties to the earlier stage, none when no stage took any time.
    static func figures(_ tallies: [StageTally], measurableOrders: Int) -> (stages: [StageFigure], bottleneck: Stage?) {
        let byStage = Dictionary(tallies.map { ($0.stage, $0) }, uniquingKeysWith: { a, _ in a })
        let stages = Stage.allCases.map { stage -> StageFigure in
            let tally = byStage[stage]
            let orders = tally?.orders ?? 0
            return StageFigure(
                stage: stage, orders: orders,
                meanSeconds: tally.flatMap { orders > 0 ? Double($0.seconds) / Double(orders) : nil },
                meanShare: measurableOrders > 0 ? (tally?.shareSum ?? 0) / Double(measurableOrders) : nil)
        }
        var leader: StageFigure?
        for candidate in stages {
            guard let share = candidate.meanShare, share > 0 else { continue }
            if share > (leader?.meanShare ?? 0) { leader = candidate }
        }
        return (stages, leader?.stage)
    }
}
