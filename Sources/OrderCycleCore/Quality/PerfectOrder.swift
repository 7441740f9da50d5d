/// Perfect order rate: the share of fulfilled orders that came on time, in full and drew no
/// claim — OTIF narrowed by `Y`'s claims (DOMAIN §4.4 (7)). Target: maximise.
public enum PerfectOrder {
    /// `PO = Q_ontime∧infull∧noclaim / Q_total`; no fulfilled orders is no data.
    public static func measure(_ counts: OrderOutcomeCounts) -> IndicatorValue {
        .ratio(counts.perfect, of: counts.total)
    }

    public static func measure(_ orders: [OrderOutcome]) -> IndicatorValue {
        measure(OrderOutcomeCounts(orders))
    }
}
