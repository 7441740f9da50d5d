/// One consumer's orders in the period and how many of them stock could not satisfy.
public struct ConsumerOrderCounts: Hashable, Sendable {
    /// `Q_i`: all orders of the consumer.
    public let total: Int
    /// `Qunsat_i`: orders with a line that could not be fully reserved when the order was placed.
    public let unsatisfiedFromStock: Int

    public init(total: Int, unsatisfiedFromStock: Int) throws(IndicatorInputError) {
        try InputCheck.part(unsatisfiedFromStock, "unsatisfiedFromStock", of: total, "total")
        self.total = total
        self.unsatisfiedFromStock = unsatisfiedFromStock
    }
}

/// Stockout probability `P`, in percent (DOMAIN §4.4 (1)); target: minimise.
public enum StockoutProbability {
    /// DOMAIN §4.4 (1): `P = (1/n) Σ_i Qunsat_i / Q_i × 100%`.
    ///
    /// **Decision** (DOMAIN §4.4): n counts the consumers with orders in the period, so a
    /// consumer with no orders is left out; no such consumer is no data.
    public static func measure(_ consumers: [ConsumerOrderCounts]) -> IndicatorValue {
        .mean(consumers.filter { $0.total > 0 }.map { Double($0.unsatisfiedFromStock) / Double($0.total) * 100 })
    }
}
