/// One order's cycle reduced to the figures statistics need, in whole seconds. Built from a
/// `SellerCycle`, or straight from stored per-order durations.
public struct CycleSample: Hashable, Sendable, Codable {
    /// `T_cycle`, seconds.
    public var cycle: Int
    /// Seconds per stage the order went through; skipped stages are absent.
    public var stageSeconds: [Stage: Int]
    /// `T_per`, seconds.
    public var interruptions: Int

    public init(cycle: Int, stageSeconds: [Stage: Int], interruptions: Int) {
        self.cycle = cycle
        self.stageSeconds = stageSeconds
        self.interruptions = interruptions
    }

    public init(_ seller: SellerCycle) {
        self.init(
            cycle: seller.cycle,
            stageSeconds: Dictionary(uniqueKeysWithValues: seller.stages.map { ($0.stage, $0.seconds) }),
            interruptions: seller.interruptions
        )
    }
}

/// Count, mean, median and 90th percentile of a set of durations, in seconds.
///
/// **Decision**: percentiles interpolate linearly between the closest ranks (`h = (n − 1)·p`,
/// the common "type 7" definition), so the median of an even count is the mean of the two
/// middle values.
public struct DurationSummary: Hashable, Sendable, Codable {
    public let count: Int
    public let mean: Double
    public let median: Double
    public let p90: Double

    /// `nil` for no durations: there is no data, not a zero.
    public init?(seconds: [Int]) {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        count = sorted.count
        mean = Double(sorted.reduce(0, +)) / Double(sorted.count)
        median = Self.percentile(0.5, ofSorted: sorted)
        p90 = Self.percentile(0.9, ofSorted: sorted)
    }

    private static func percentile(_ p: Double, ofSorted values: [Int]) -> Double {
        let rank = Double(values.count - 1) * p
        let lower = Int(rank.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = rank - Double(lower)
        return Double(values[lower]) + fraction * Double(values[upper] - values[lower])
    }
}

/// The figures of one stage over many orders.
public struct StageStatistics: Hashable, Sendable, Codable {
    public let stage: Stage
    /// Durations of the orders that went through the stage; `nil` when none did.
    public let durations: DurationSummary?
    /// Mean over orders with `T_cycle > 0` of the stage's seconds / `T_cycle` (a skipped stage
    /// is 0 of that order's cycle); `nil` when there is no such order.
    public let meanShare: Double?
}

/// Statistics of the order cycle over many orders (DOMAIN §3.5; §4.4 "Time semantics": cycle
/// statistics use the orders that reached their last milestone).
///
/// - Per stage: the durations of the orders that went through it (skipped stages are not
///   zeros — they did not happen) and the stage's mean share of the cycle.
/// - Interruption share = `Σ T_per / Σ T_cycle`, the part of all cycle time lost between stages.
/// - **Decision**: the bottleneck is the stage with the largest mean share of the cycle (each
///   order weighs the same, however long it took); ties go to the earlier stage; no bottleneck
///   when no stage took any time.
/// - No orders, or a zero denominator, give `nil` ("no data"), never NaN.
public struct CycleStatistics: Hashable, Sendable, Codable {
    public let orderCount: Int
    /// `T_cycle` over all orders.
    public let cycle: DurationSummary?
    /// `T_per` over all orders.
    public let interruptions: DurationSummary?
    /// All six stages in cycle order.
    public let stages: [StageStatistics]
    /// `Σ T_per / Σ T_cycle`; `nil` when the cycles sum to 0.
    public let interruptionShare: Double?
    public let bottleneck: Stage?

    public init(samples: [CycleSample]) {
        orderCount = samples.count
        cycle = DurationSummary(seconds: samples.map(\.cycle))
        interruptions = DurationSummary(seconds: samples.map(\.interruptions))

        let totalCycle = samples.reduce(0) { $0 + $1.cycle }
        let totalInterruptions = samples.reduce(0) { $0 + $1.interruptions }
        interruptionShare = totalCycle > 0 ? Double(totalInterruptions) / Double(totalCycle) : nil

        let measurable = samples.filter { $0.cycle > 0 }
        stages = Stage.allCases.map { stage in
            let shares = measurable.map { Double($0.stageSeconds[stage] ?? 0) / Double($0.cycle) }
            return StageStatistics(
                stage: stage,
                durations: DurationSummary(seconds: samples.compactMap { $0.stageSeconds[stage] }),
                meanShare: shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
            )
        }

        var leader: StageStatistics?
        for candidate in stages {
            guard let share = candidate.meanShare, share > 0 else { continue }
            if share > (leader?.meanShare ?? 0) { leader = candidate }
        }
        bottleneck = leader?.stage
    }

    /// Statistics of the delivered orders among `cycles`; orders not delivered yet are left out
    /// because their figures are not final.
    public init(cycles: [SellerCycle]) {
        self.init(samples: cycles.filter(\.isComplete).map(CycleSample.init))
    }

    public func statistics(for stage: Stage) -> StageStatistics {
        stages[stage.position]
    }
}
