/// How a value stands against its standard.
public enum StandardStatus: String, Sendable, Codable, CaseIterable {
    /// At or better than the target.
    case ok
    /// Worse than the target, but not beyond the alert threshold.
    case warning
    /// Beyond the alert threshold.
    case breach
}

/// Why a standard was refused.
public enum ServiceStandardError: Error, Hashable, Sendable {
    case notFinite
    /// The alert threshold lies on the good side of the target, so no value could warn.
    case thresholdBetterThanTarget
}

/// The standard for one indicator (DOMAIN §4.1: standards are set per segment): the level aimed
/// at and the level at which to raise the alarm.
///
/// **Decision**: for an indicator to maximise, `value ≥ target` is ok, `threshold ≤ value <
/// target` a warning and `value < threshold` a breach; mirrored for one to minimise. The
/// threshold itself is still a warning — the alarm is for going past it.
public struct ServiceStandard: Hashable, Sendable, Codable {
    public let indicator: QualityIndicator
    public let target: Double
    public let alertThreshold: Double

    public init(indicator: QualityIndicator, target: Double, alertThreshold: Double) throws(ServiceStandardError) {
        guard target.isFinite, alertThreshold.isFinite else { throw .notFinite }
        switch indicator.direction {
        case .maximise: guard alertThreshold <= target else { throw .thresholdBetterThanTarget }
        case .minimise: guard alertThreshold >= target else { throw .thresholdBetterThanTarget }
        }
        self.indicator = indicator
        self.target = target
        self.alertThreshold = alertThreshold
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            indicator: container.decode(QualityIndicator.self, forKey: .indicator),
            target: container.decode(Double.self, forKey: .target),
            alertThreshold: container.decode(Double.self, forKey: .alertThreshold)
        )
    }

    public func evaluate(_ value: Double) -> StandardStatus {
        switch indicator.direction {
        case .maximise:
            if value >= target { .ok } else if value >= alertThreshold { .warning } else { .breach }
        case .minimise:
            if value <= target { .ok } else if value <= alertThreshold { .warning } else { .breach }
        }
    }

    /// `nil` for no data: nothing to judge.
    public func evaluate(_ value: IndicatorValue) -> StandardStatus? {
        value.value.map { evaluate($0) }
    }

    /// The norms the source text gives (DOMAIN §4.4 (6), (7)): F 0.90–0.95 and Y 0.05–0.10,
    /// read as target = the better end, alert = the worse end.
    public static let sourceNorms: [ServiceStandard] = [
        try! ServiceStandard(indicator: .flexibility, target: 0.95, alertThreshold: 0.90),
        try! ServiceStandard(indicator: .serviceDeficiency, target: 0.05, alertThreshold: 0.10),
    ]
}
