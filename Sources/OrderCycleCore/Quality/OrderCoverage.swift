/// How many kinds of product were ordered, and how many of them the firm's range holds.
public struct OrderedKindCounts: Hashable, Sendable {
    /// `|H|`: kinds of product clients ordered or asked for in the period.
    public let ordered: Int
    /// `|H ∩ K|`: those of them in the range the firm can supply.
    public let inRange: Int

    public init(ordered: Int, inRange: Int) throws(IndicatorInputError) {
        try InputCheck.part(inRange, "inRange", of: ordered, "ordered")
        self.ordered = ordered
        self.inRange = inRange
    }
}

/// Order coverage completeness `C` (DOMAIN §4.4 (3)); target: 1.
public enum OrderCoverage {
    /// DOMAIN §4.4 (3): `C = |H ∩ K| / |H|`; nothing ordered is no data.
    public static func measure(_ counts: OrderedKindCounts) -> IndicatorValue {
        .ratio(counts.inRange, of: counts.ordered)
    }

    /// DOMAIN §4.4 (3): `C = |H ∩ K| / |H|` from the sets of product kinds themselves.
    public static func measure<Kind: Hashable>(ordered: Set<Kind>, range: Set<Kind>) -> IndicatorValue {
        .ratio(ordered.intersection(range).count, of: ordered.count)
    }
}
