/// How one fulfilled order turned out, as OTIF and the perfect order judge it. An order's
/// `OrderFacts.outcome` gives it once the order reached its promised milestone, and the
/// `OrderMeasure`s `fulfilled`, `onTime`, `onTimeInFull` and `perfect` count by it.
public struct OrderOutcome: Hashable, Sendable, Codable {
    /// Reached the promised milestone on or before the promised date (`CompanyCalendar.isOnTime`).
    public var onTime: Bool
    /// Every line delivered in the ordered quantity.
    public var inFull: Bool
    /// The buyer made a claim about it.
    public var claimed: Bool

    public init(onTime: Bool, inFull: Bool, claimed: Bool = false) {
        self.onTime = onTime
        self.inFull = inFull
        self.claimed = claimed
    }

    /// On time and in full.
    public var isOnTimeInFull: Bool { onTime && inFull }

    /// On time, in full and without a claim.
    public var isPerfect: Bool { isOnTimeInFull && !claimed }
}

/// Fulfilled orders of a period counted by outcome; aggregated figures can come straight from
/// a query or from an `OrderTally`.
public struct OrderOutcomeCounts: Hashable, Sendable {
    /// All fulfilled orders.
    public let total: Int
    /// Those on time and in full.
    public let onTimeInFull: Int
    /// Those on time, in full and without a claim.
    public let perfect: Int

    public init(total: Int, onTimeInFull: Int, perfect: Int) throws(IndicatorInputError) {
        try InputCheck.part(onTimeInFull, "onTimeInFull", of: total, "total")
        try InputCheck.part(perfect, "perfect", of: onTimeInFull, "onTimeInFull")
        self.total = total
        self.onTimeInFull = onTimeInFull
        self.perfect = perfect
    }

    public init(_ orders: [OrderOutcome]) {
        total = orders.count
        onTimeInFull = orders.filter(\.isOnTimeInFull).count
        perfect = orders.filter(\.isPerfect).count
    }
}

extension OrderOutcomeCounts {
    /// The outcomes an order tally counted.
    public init(_ tally: OrderTally) throws(IndicatorInputError) {
        try self.init(total: tally[.fulfilled], onTimeInFull: tally[.onTimeInFull], perfect: tally[.perfect])
    }
}
