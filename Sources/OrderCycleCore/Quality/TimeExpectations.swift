/// One consumer's expected and actual fulfilment times, summed over its delivered orders in
/// the period, in whole calendar days (see `CompanyCalendar`).
public struct ConsumerLeadTimes: Hashable, Sendable {
    /// `t_expected_i`: Σ (promised date − received date).
    public let expectedDays: Int
    /// `t_actual_i`: Σ (date the promised milestone was reached − received date).
    public let actualDays: Int

    public init(expectedDays: Int, actualDays: Int) throws(IndicatorInputError) {
        try InputCheck.count(expectedDays, "expectedDays")
        try InputCheck.count(actualDays, "actualDays")
        self.expectedDays = expectedDays
        self.actualDays = actualDays
    }
}

/// Satisfaction of expectations on fulfilment time `T` (DOMAIN §4.4 (4)); target: 1.
public enum TimeExpectations {
    /// DOMAIN §4.4 (4): `T = (1/n) Σ_i min(1, t_expected_i / t_actual_i)`.
    ///
    /// **Decision** (DOMAIN §4.4 (4) and "Time semantics"): per consumer the sums over its
    /// delivered orders, each term capped at 1 (being early earns nothing extra); a consumer
    /// whose summed `t_actual` is 0 scores 1 (met at once). No consumer is no data.
    public static func measure(_ consumers: [ConsumerLeadTimes]) -> IndicatorValue {
        .mean(consumers.map { consumer in
            consumer.actualDays == 0 ? 1 : min(1, Double(consumer.expectedDays) / Double(consumer.actualDays))
        })
    }
}
