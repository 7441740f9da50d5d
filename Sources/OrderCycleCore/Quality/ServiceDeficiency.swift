/// Orders (or requests) of a period and how many of them drew a claim.
public struct ClaimCounts: Hashable, Sendable {
    /// `Q_total`: all orders (or requests).
    public let total: Int
    /// `Q_claims`: those with at least one claim.
    public let withClaim: Int

    public init(total: Int, withClaim: Int) throws(IndicatorInputError) {
        try InputCheck.part(withClaim, "withClaim", of: total, "total")
        self.total = total
        self.withClaim = withClaim
    }
}

/// Service deficiency `Y` (DOMAIN §4.4 (7)); target: minimise, norm 0.05–0.10.
public enum ServiceDeficiency {
    /// DOMAIN §4.4 (7): `Y = Q_claims / Q_total`; nothing in the period is no data.
    public static func measure(_ claims: ClaimCounts) -> IndicatorValue {
        .ratio(claims.withClaim, of: claims.total)
    }
}
