/// One item of the nomenclature: what is in stock and what is needed.
public struct ItemStock: Hashable, Sendable {
    /// `S_have`: stock on hand.
    public let onHand: Double
    /// `S_need`: required stock (open demand or the set norm).
    public let required: Double

    public init(onHand: Double, required: Double) throws(IndicatorInputError) {
        try InputCheck.amount(onHand, "onHand")
        try InputCheck.amount(required, "required")
        self.onHand = onHand
        self.required = required
    }
}

/// Demand saturation `N` (DOMAIN §4.4 (2)); target: 1.
public enum DemandSaturation {
    /// DOMAIN §4.4 (2): `N = (1/k) Σ_j min(1, S_have_j / S_need_j)` over the k items with
    /// `S_need_j > 0`.
    ///
    /// **Decision** (DOMAIN §4.4 (2)): each term is capped at 1, so overstock of one item does
    /// not hide a shortage of another. Items nobody needs are left out; none needed is no data.
    public static func measure(_ items: [ItemStock]) -> IndicatorValue {
        .mean(items.filter { $0.required > 0 }.map { min(1, $0.onHand / $0.required) })
    }
}
