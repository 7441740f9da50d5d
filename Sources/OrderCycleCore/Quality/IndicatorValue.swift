/// The result of a quality indicator: a number, or "no data" when there was nothing to measure
/// (no orders, a zero denominator). "No data" is never shown as 0 or NaN: 0 would read as the
/// worst (or best) result, NaN poisons every sum it enters.
///
/// Encodes as a JSON number, or `null` for no data.
public enum IndicatorValue: Hashable, Sendable, Codable {
    case measured(Double)
    case noData

    public init(_ value: Double?) {
        self = value.map(IndicatorValue.measured) ?? .noData
    }

    /// The number, or `nil` for no data.
    public var value: Double? {
        switch self {
        case .measured(let value): value
        case .noData: nil
        }
    }

    public var isNoData: Bool { self == .noData }

    /// `part / whole`, no data when `whole` is 0.
    public static func ratio(_ part: Double, of whole: Double) -> IndicatorValue {
        whole == 0 ? .noData : .measured(part / whole)
    }

    /// `part / whole`, no data when `whole` is 0.
    public static func ratio(_ part: Int, of whole: Int) -> IndicatorValue {
        ratio(Double(part), of: Double(whole))
    }

    /// The arithmetic mean, no data for no terms.
    public static func mean(_ terms: [Double]) -> IndicatorValue {
        terms.isEmpty ? .noData : .measured(terms.reduce(0, +) / Double(terms.count))
    }

    public func map(_ transform: (Double) -> Double) -> IndicatorValue {
        IndicatorValue(value.map(transform))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .noData : .measured(try container.decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .measured(let value): try container.encode(value)
        case .noData: try container.encodeNil()
        }
    }
}
