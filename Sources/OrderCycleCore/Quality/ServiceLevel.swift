/// The level of logistics service, by count and by time (DOMAIN §4.2, `η = m / M`).
///
/// **Decision** (DOMAIN §4.2): `η_count = |services provided| / |services possible|` and
/// `η_time = Σ norm(provided) / Σ norm(possible)`, where "possible" are the catalog services
/// that apply to the client (its package plus the services open to its segment) and `norm` is
/// each service's standard time. Both are shares in 0…1 (shown ×100 as percent); no possible
/// services (or possible norms summing to 0) is no data.
public struct ServiceLevel: Hashable, Sendable, Codable {
    /// `η_count`.
    public let byCount: IndicatorValue
    /// `η_time`.
    public let byTime: IndicatorValue

    /// From aggregated figures. `providedNormTime` and `possibleNormTime` are in any one unit.
    public init(provided: Int, possible: Int, providedNormTime: Double, possibleNormTime: Double) throws(IndicatorInputError) {
        try InputCheck.part(provided, "provided", of: possible, "possible")
        try InputCheck.amount(providedNormTime, "providedNormTime")
        try InputCheck.amount(possibleNormTime, "possibleNormTime")
        guard providedNormTime <= possibleNormTime else {
            throw .partExceedsWhole(part: "providedNormTime", whole: "possibleNormTime")
        }
        byCount = .ratio(provided, of: possible)
        byTime = .ratio(providedNormTime, of: possibleNormTime)
    }

    /// From the possible services with their norms and the services actually provided.
    /// A provided service outside the possible ones (e.g. a one-off special request) does not
    /// count: η measures how much of what the client is entitled to it got.
    public init<Service: Hashable>(possibleNorms: [Service: Double], provided: Set<Service>) throws(IndicatorInputError) {
        var possibleTime = 0.0
        var providedTime = 0.0
        var providedCount = 0
        for (service, norm) in possibleNorms {
            try InputCheck.amount(norm, "norm")
            possibleTime += norm
            if provided.contains(service) {
                providedTime += norm
                providedCount += 1
            }
        }
        try self.init(
            provided: providedCount,
            possible: possibleNorms.count,
            providedNormTime: providedTime,
            possibleNormTime: possibleTime
        )
    }
}
