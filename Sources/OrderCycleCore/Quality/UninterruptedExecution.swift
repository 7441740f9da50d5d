/// One consumer's fulfilled orders in the period and how many of them were on time.
public struct ConsumerFulfilledOrders: Hashable, Sendable {
    /// `Q_done_i`: fulfilled orders of the consumer.
    public let fulfilled: Int
    /// `Q_ontime_i`: those fulfilled on time (see `CompanyCalendar.isOnTime`).
    public let onTime: Int

    public init(fulfilled: Int, onTime: Int) throws(IndicatorInputError) {
        try InputCheck.part(onTime, "onTime", of: fulfilled, "fulfilled")
        self.fulfilled = fulfilled
        self.onTime = onTime
    }
}

/// Uninterrupted execution `K` (DOMAIN §4.4 (5)); target: 1.
public enum UninterruptedExecution {
    /// DOMAIN §4.4 (5): `K = (1/n) Σ_i Q_ontime_i / Q_done_i`.
    ///
    /// **Decision**: a consumer with no fulfilled order yet has no term (0/0 says nothing about
    /// punctuality) and is left out; no consumer with fulfilled orders is no data.
    public static func measure(_ consumers: [ConsumerFulfilledOrders]) -> IndicatorValue {
        .mean(consumers.filter { $0.fulfilled > 0 }.map { Double($0.onTime) / Double($0.fulfilled) })
    }
}
