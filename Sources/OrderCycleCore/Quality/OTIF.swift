/// On time in full (OTIF): the share of fulfilled orders that came on time and in full.
/// Not one of DOMAIN §4.4's eight indicators; the common logistics measure, kept next to `K`
/// because it judges the same promise plus completeness. Target: maximise.
public enum OTIF {
    /// `OTIF = Q_ontime∧infull / Q_total`; no fulfilled orders is no data.
    public static func measure(_ counts: OrderOutcomeCounts) -> IndicatorValue {
        .ratio(counts.onTimeInFull, of: counts.total)
    }

    public static func measure(_ orders: [OrderOutcome]) -> IndicatorValue {
        measure(OrderOutcomeCounts(orders))
    }
}
