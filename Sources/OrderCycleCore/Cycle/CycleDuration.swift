import Foundation

/// Why a cycle cannot be measured: the recorded moments contradict each other.
public enum CycleDurationError: Error, Hashable, Sendable {
    /// `deliveredAt` is earlier than `receivedAt`.
    case deliveredBeforeReceived
    /// The order is not delivered yet and `asOf` is earlier than `receivedAt`.
    case asOfBeforeReceived
    /// `acceptedAt` is earlier than `sentAt`.
    case acceptedBeforeSent
    /// The order is not accepted yet and `asOf` is earlier than `sentAt`.
    case asOfBeforeSent
    /// A finished interval of this stage ends before it starts.
    case stageEndsBeforeStart(Stage)
}

/// How long one stage took within the seller's cycle.
public struct StageDuration: Hashable, Sendable, Codable {
    public let stage: Stage
    /// Seconds of the stage's intervals inside the cycle window (summed when it has several).
    public let seconds: Int
    /// Seconds of the stage's intervals outside the cycle window (e.g. materials ordered before
    /// the order was received); reported, never part of the identity.
    public let outsideCycleSeconds: Int
    /// True when an interval of the stage is still open and was measured up to `asOf`.
    public let isOpen: Bool
}

/// The seller's cycle of one order, from `receivedAt` to `deliveredAt`, split into its stages.
///
/// DOMAIN §3.5: `T_cycle = Σ stages − overlap + T_per` holds exactly, because every figure is
/// whole seconds inside the same window.
public struct SellerCycle: Hashable, Sendable, Codable {
    /// Start of the window: the order's `receivedAt`.
    public let receivedAt: Date
    /// End of the window: `deliveredAt`, or `asOf` while the order is not delivered.
    public let endsAt: Date
    /// True when the order is delivered, so the figures are final.
    public let isComplete: Bool
    /// `T_cycle`, seconds from `receivedAt` to `endsAt`.
    public let cycle: Int
    /// The stages the order went through, in cycle order; skipped stages are absent.
    public let stages: [StageDuration]
    /// `Σ stages`, seconds.
    public let stagesSum: Int
    /// Seconds covered by two or more stages at once, so `Σ stages` counts them more than once.
    public let overlap: Int
    /// `T_per`, seconds of the window covered by no stage: the interruptions between stages.
    public let interruptions: Int

    /// Seconds of `stage` inside the cycle, or `nil` when the order skipped it.
    public func seconds(of stage: Stage) -> Int? {
        stages.first { $0.stage == stage }?.seconds
    }
}

/// The buyer's cycle of one order, from `sentAt` to `acceptedAt` (DOMAIN §3.1).
public struct BuyerCycle: Hashable, Sendable, Codable {
    public let sentAt: Date
    /// `acceptedAt`, or `asOf` while the buyer has not accepted the goods.
    public let endsAt: Date
    /// True when the buyer accepted the goods, so the figure is final.
    public let isComplete: Bool
    /// Seconds from `sentAt` to `endsAt`.
    public let cycle: Int
}

/// The duration of one order's cycle from both points of view, with the seller's cycle split
/// into stages and interruptions.
///
/// DOMAIN §3.5: `T_cycle = T_oz + T_tp + T_zm + T_pz + T_pc + T_p + T_per`.
/// **Decision** (DOMAIN §3.5): `T_cycle` is the calendar time `receivedAt → deliveredAt`; each
/// stage lasts its actual end − start; `T_per` is the part of `T_cycle` covered by no stage;
/// overlapping stages are counted once and the excess reported as `overlap`, so that
/// `T_cycle = Σ stages − overlap + T_per`.
///
/// Further choices, each keeping the identity exact:
/// - Every moment is cut down to the whole second (Unix time, rounded down) and all durations
///   are `Int` seconds, so no floating-point error can break the identity.
/// - The window is `[receivedAt, deliveredAt]`. Stage time outside it is clipped off and
///   reported as `outsideCycleSeconds`: the seller's cycle is only the time the order was in
///   the seller's hands.
/// - A still-open stage, and the window of an order not delivered yet, run up to `asOf`
///   (never before the stage's own start). `asOf` only closes what is open; it does not cut
///   recorded ends.
/// - A stage recorded several times contributes the sum of its intervals; intervals of the
///   same stage that overlap count towards `overlap` like any other overlap.
/// - A zero-length interval is a stage that happened and took 0 s; a skipped stage has no
///   interval and is absent from `stages`.
/// - Without `receivedAt` there is no seller's cycle (`seller == nil`); without `sentAt` there
///   is no buyer's cycle.
public struct CycleDuration: Hashable, Sendable, Codable {
    /// The seller's cycle, `nil` while the order has not been received.
    public let seller: SellerCycle?
    /// The buyer's cycle, `nil` when the moment the order was sent is unknown.
    public let buyer: BuyerCycle?

    public init(milestones: OrderMilestones, stages: [StageInterval], asOf: Date) throws(CycleDurationError) {
        seller = try Self.sellerCycle(milestones: milestones, stages: stages, asOf: asOf)
        buyer = try Self.buyerCycle(milestones: milestones, asOf: asOf)
    }

    private static func sellerCycle(
        milestones: OrderMilestones, stages: [StageInterval], asOf: Date
    ) throws(CycleDurationError) -> SellerCycle? {
        guard let receivedAt = milestones.receivedAt else { return nil }
        let endsAt: Date
        if let deliveredAt = milestones.deliveredAt {
            guard deliveredAt >= receivedAt else { throw .deliveredBeforeReceived }
            endsAt = deliveredAt
        } else {
            guard asOf >= receivedAt else { throw .asOfBeforeReceived }
            endsAt = asOf
        }
        let windowStart = wholeSeconds(receivedAt)
        let windowEnd = wholeSeconds(endsAt)

        var inside: [Stage: Int] = [:]
        var outside: [Stage: Int] = [:]
        var open: Set<Stage> = []
        var covered: [(start: Int, end: Int)] = []
        for interval in stages {
            let start = wholeSeconds(interval.start)
            let end: Int
            if let recordedEnd = interval.end {
                guard recordedEnd >= interval.start else { throw .stageEndsBeforeStart(interval.stage) }
                end = wholeSeconds(recordedEnd)
            } else {
                end = max(start, wholeSeconds(asOf))
                open.insert(interval.stage)
            }
            let clippedStart = max(start, windowStart)
            let clippedEnd = min(end, windowEnd)
            let insideSeconds = max(0, clippedEnd - clippedStart)
            inside[interval.stage, default: 0] += insideSeconds
            outside[interval.stage, default: 0] += (end - start) - insideSeconds
            if insideSeconds > 0 { covered.append((clippedStart, clippedEnd)) }
        }

        let stageDurations = Stage.allCases.compactMap { stage in
            inside[stage].map {
                StageDuration(stage: stage, seconds: $0, outsideCycleSeconds: outside[stage] ?? 0, isOpen: open.contains(stage))
            }
        }
        let cycle = windowEnd - windowStart
        let stagesSum = stageDurations.reduce(0) { $0 + $1.seconds }
        let union = unionLength(of: covered)
        return SellerCycle(
            receivedAt: receivedAt,
            endsAt: endsAt,
            isComplete: milestones.deliveredAt != nil,
            cycle: cycle,
            stages: stageDurations,
            stagesSum: stagesSum,
            overlap: stagesSum - union,
            interruptions: cycle - union
        )
    }

    private static func buyerCycle(milestones: OrderMilestones, asOf: Date) throws(CycleDurationError) -> BuyerCycle? {
        guard let sentAt = milestones.sentAt else { return nil }
        let endsAt: Date
        if let acceptedAt = milestones.acceptedAt {
            guard acceptedAt >= sentAt else { throw .acceptedBeforeSent }
            endsAt = acceptedAt
        } else {
            guard asOf >= sentAt else { throw .asOfBeforeSent }
            endsAt = asOf
        }
        return BuyerCycle(
            sentAt: sentAt,
            endsAt: endsAt,
            isComplete: milestones.acceptedAt != nil,
            cycle: wholeSeconds(endsAt) - wholeSeconds(sentAt)
        )
    }

    /// Seconds covered by at least one of the intervals (each has `start < end`).
    private static func unionLength(of intervals: [(start: Int, end: Int)]) -> Int {
        var total = 0
        var current: (start: Int, end: Int)?
        for interval in intervals.sorted(by: { $0.start < $1.start }) {
            if let open = current, interval.start <= open.end {
                current = (open.start, max(open.end, interval.end))
            } else {
                if let done = current { total += done.end - done.start }
                current = interval
            }
        }
        if let done = current { total += done.end - done.start }
        return total
    }

    /// Unix time cut down to the whole second, so every duration is an exact integer.
    private static func wholeSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down))
    }
}
