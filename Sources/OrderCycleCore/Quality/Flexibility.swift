/// The clients' requests (change requests, special requests, service requests) of a period.
public struct RequestCounts: Hashable, Sendable {
    /// `Q_total`: all requests.
    public let total: Int
    /// `Q_satisfied`: the requests that were satisfied.
    public let satisfied: Int

    public init(total: Int, satisfied: Int) throws(IndicatorInputError) {
        try InputCheck.part(satisfied, "satisfied", of: total, "total")
        self.total = total
        self.satisfied = satisfied
    }
}

/// Flexibility `F` (DOMAIN §4.4 (6)); target: 1, norm 0.90–0.95.
public enum Flexibility {
    /// DOMAIN §4.4 (6): `F = Q_satisfied / Q_total`; no requests is no data.
    public static func measure(_ requests: RequestCounts) -> IndicatorValue {
        .ratio(requests.satisfied, of: requests.total)
    }
}
