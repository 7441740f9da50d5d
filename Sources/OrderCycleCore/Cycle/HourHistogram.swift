/// Durations counted per whole hour, as SQL can aggregate them over millions of orders; the
/// median and the 90th percentile are read from it to the hour. (Exact percentiles would need
/// every duration in memory; an hour is finer than any decision taken on a cycle.)
public struct HourHistogram: Sendable, Equatable {
    /// hour → number of durations in [hour, hour + 1) hours.
    public private(set) var counts: [Int: Int]

    public init(counts: [Int: Int]) { self.counts = counts.filter { $0.value > 0 } }

    public var total: Int { counts.values.reduce(0, +) }

    /// The hour at which the given share of durations is reached (the bucket's midpoint), or nil without data.
    public func percentile(_ p: Double) -> Double? {
        let n = total
        guard n > 0 else { return nil }
        let rank = max(1, Int((p * Double(n)).rounded(.up)))
        var seen = 0
        for hour in counts.keys.sorted() {
            seen += counts[hour]!
            if seen >= rank { return Double(hour) + 0.5 }
        }
        return nil
    }
}
