/// Which way an indicator should move.
public enum TargetDirection: String, Sendable, Codable, CaseIterable {
    /// Lower is better (P, Y).
    case minimise
    /// Higher is better (all others).
    case maximise
}

/// The unit an indicator's value is in.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable {
    /// 0…100 (only P, whose formula carries the ×100%).
    case percent
    /// 0…1, shown ×100 as percent.
    case share
}

/// The quality indicators the system reports: the eight of DOMAIN §4.4, the service level of
/// §4.2 (by count and by time), OTIF and the perfect order rate.
///
/// **Decision**: η is two indicators, by count and by time, since DOMAIN §4.2 measures both and
/// a standard may set different targets for them.
public enum QualityIndicator: String, CaseIterable, Codable, Sendable, CodingKeyRepresentable {
    case stockoutProbability = "stockout_probability"
    case demandSaturation = "demand_saturation"
    case orderCoverage = "order_coverage"
    case timeExpectations = "time_expectations"
    case uninterruptedExecution = "uninterrupted_execution"
    case flexibility
    case serviceDeficiency = "service_deficiency"
    case serviceReliability = "service_reliability"
    case serviceLevelByCount = "service_level_by_count"
    case serviceLevelByTime = "service_level_by_time"
    case onTimeInFull = "otif"
    case perfectOrder = "perfect_order"

    /// The symbol used in formulas and compact tables.
    public var symbol: String {
        switch self {
        case .stockoutProbability: "P"
        case .demandSaturation: "N"
        case .orderCoverage: "C"
        case .timeExpectations: "T"
        case .uninterruptedExecution: "K"
        case .flexibility: "F"
        case .serviceDeficiency: "Y"
        case .serviceReliability: "R"
        case .serviceLevelByCount: "η"
        case .serviceLevelByTime: "η_t"
        case .onTimeInFull: "OTIF"
        case .perfectOrder: "PO"
        }
    }

    /// DOMAIN §4.4: P and Y are to be minimised, every other indicator maximised.
    public var direction: TargetDirection {
        switch self {
        case .stockoutProbability, .serviceDeficiency: .minimise
        default: .maximise
        }
    }

    public var unit: IndicatorUnit {
        self == .stockoutProbability ? .percent : .share
    }

    /// The seven indicators `R` is built from (DOMAIN §4.4 (8)).
    public static let reliabilityComponents: [QualityIndicator] = [
        .stockoutProbability, .demandSaturation, .orderCoverage, .timeExpectations,
        .uninterruptedExecution, .flexibility, .serviceDeficiency,
    ]

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.stockoutProbability, .en): "Stockout probability"
        case (.stockoutProbability, .ru): "Вероятность дефицита"
        case (.demandSaturation, .en): "Demand saturation"
        case (.demandSaturation, .ru): "Норма насыщения спроса"
        case (.orderCoverage, .en): "Order coverage completeness"
        case (.orderCoverage, .ru): "Полнота охвата заказов"
        case (.timeExpectations, .en): "Expectations on fulfilment time"
        case (.timeExpectations, .ru): "Степень удовлетворения ожиданий по времени"
        case (.uninterruptedExecution, .en): "Uninterrupted execution"
        case (.uninterruptedExecution, .ru): "Бесперебойность"
        case (.flexibility, .en): "Flexibility"
        case (.flexibility, .ru): "Гибкость"
        case (.serviceDeficiency, .en): "Service deficiency"
        case (.serviceDeficiency, .ru): "Уровень недостатков обслуживания"
        case (.serviceReliability, .en): "Reliability of service"
        case (.serviceReliability, .ru): "Надёжность обслуживания"
        case (.serviceLevelByCount, .en): "Service level by count"
        case (.serviceLevelByCount, .ru): "Уровень обслуживания по количеству"
        case (.serviceLevelByTime, .en): "Service level by time"
        case (.serviceLevelByTime, .ru): "Уровень обслуживания по времени"
        case (.onTimeInFull, .en): "On time in full"
        case (.onTimeInFull, .ru): "Вовремя и в полном объёме"
        case (.perfectOrder, .en): "Perfect order"
        case (.perfectOrder, .ru): "Идеальный заказ"
        }
    }
}
