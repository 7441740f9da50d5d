/// The seven indicators reliability is built from, each possibly without data.
public struct ReliabilityComponents: Hashable, Sendable, Codable {
    /// `P`, percent.
    public var stockoutProbability: IndicatorValue
    public var demandSaturation: IndicatorValue
    public var orderCoverage: IndicatorValue
    public var timeExpectations: IndicatorValue
    public var uninterruptedExecution: IndicatorValue
    public var flexibility: IndicatorValue
    public var serviceDeficiency: IndicatorValue

    public init(
        stockoutProbability: IndicatorValue = .noData,
        demandSaturation: IndicatorValue = .noData,
        orderCoverage: IndicatorValue = .noData,
        timeExpectations: IndicatorValue = .noData,
        uninterruptedExecution: IndicatorValue = .noData,
        flexibility: IndicatorValue = .noData,
        serviceDeficiency: IndicatorValue = .noData
    ) {
        self.stockoutProbability = stockoutProbability
        self.demandSaturation = demandSaturation
        self.orderCoverage = orderCoverage
        self.timeExpectations = timeExpectations
        self.uninterruptedExecution = uninterruptedExecution
        self.flexibility = flexibility
        self.serviceDeficiency = serviceDeficiency
    }

    /// The components paired with their indicators, in the order of DOMAIN §4.4.
    public var all: [(indicator: QualityIndicator, value: IndicatorValue)] {
        [
            (.stockoutProbability, stockoutProbability),
            (.demandSaturation, demandSaturation),
            (.orderCoverage, orderCoverage),
            (.timeExpectations, timeExpectations),
            (.uninterruptedExecution, uninterruptedExecution),
            (.flexibility, flexibility),
            (.serviceDeficiency, serviceDeficiency),
        ]
    }
}

/// How much each component counts in reliability; set per segment, equal by default.
public struct ReliabilityWeights: Hashable, Sendable, Codable {
    public let stockoutProbability: Double
    public let demandSaturation: Double
    public let orderCoverage: Double
    public let timeExpectations: Double
    public let uninterruptedExecution: Double
    public let flexibility: Double
    public let serviceDeficiency: Double

    /// Every component weighs 1.
    public static let equal = try! ReliabilityWeights()

    public init(
        stockoutProbability: Double = 1,
        demandSaturation: Double = 1,
        orderCoverage: Double = 1,
        timeExpectations: Double = 1,
        uninterruptedExecution: Double = 1,
        flexibility: Double = 1,
        serviceDeficiency: Double = 1
    ) throws(IndicatorInputError) {
        try InputCheck.amount(stockoutProbability, "stockoutProbability")
        try InputCheck.amount(demandSaturation, "demandSaturation")
        try InputCheck.amount(orderCoverage, "orderCoverage")
        try InputCheck.amount(timeExpectations, "timeExpectations")
        try InputCheck.amount(uninterruptedExecution, "uninterruptedExecution")
        try InputCheck.amount(flexibility, "flexibility")
        try InputCheck.amount(serviceDeficiency, "serviceDeficiency")
        self.stockoutProbability = stockoutProbability
        self.demandSaturation = demandSaturation
        self.orderCoverage = orderCoverage
        self.timeExpectations = timeExpectations
        self.uninterruptedExecution = uninterruptedExecution
        self.flexibility = flexibility
        self.serviceDeficiency = serviceDeficiency
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func weight(_ key: CodingKeys) throws -> Double {
            try container.decodeIfPresent(Double.self, forKey: key) ?? 1
        }
        try self.init(
            stockoutProbability: weight(.stockoutProbability),
            demandSaturation: weight(.demandSaturation),
            orderCoverage: weight(.orderCoverage),
            timeExpectations: weight(.timeExpectations),
            uninterruptedExecution: weight(.uninterruptedExecution),
            flexibility: weight(.flexibility),
            serviceDeficiency: weight(.serviceDeficiency)
        )
    }

    /// The weight of a component; 0 for indicators that are not components of reliability.
    public func weight(for indicator: QualityIndicator) -> Double {
        switch indicator {
        case .stockoutProbability: stockoutProbability
        case .demandSaturation: demandSaturation
        case .orderCoverage: orderCoverage
        case .timeExpectations: timeExpectations
        case .uninterruptedExecution: uninterruptedExecution
        case .flexibility: flexibility
        case .serviceDeficiency: serviceDeficiency
        case .serviceReliability, .serviceLevelByCount, .serviceLevelByTime, .onTimeInFull, .perfectOrder: 0
        }
    }
}

/// Reliability of service `R` (DOMAIN §4.4 (8)); target: maximise.
public enum ServiceReliability {
    /// DOMAIN §4.4 (8): `R = Σ w_m · s_m / Σ w_m`.
    ///
    /// **Decision** (DOMAIN §4.4 (8)): each score `s_m ∈ [0, 1]` with 1 best — see `score`.
    /// A component without data is left out of both sums, so missing data neither lowers nor
    /// raises R; when no weighted component has data, R is no data.
    public static func measure(_ components: ReliabilityComponents, weights: ReliabilityWeights = .equal) -> IndicatorValue {
        var weighted = 0.0
        var totalWeight = 0.0
        for (indicator, value) in components.all {
            guard let value = value.value else { continue }
            let weight = weights.weight(for: indicator)
            weighted += weight * score(indicator, value)
            totalWeight += weight
        }
        return .ratio(weighted, of: totalWeight)
    }

    /// DOMAIN §4.4 (8): the component's score, 1 best: `s_P = 1 − P/100`, `s_Y = 1 − Y`, the
    /// others as they are; all kept within 0…1.
    public static func score(_ indicator: QualityIndicator, _ value: Double) -> Double {
        let raw: Double = switch indicator {
        case .stockoutProbability: 1 - value / 100
        case .serviceDeficiency: 1 - value
        default: value
        }
        return min(1, max(0, raw))
    }
}
