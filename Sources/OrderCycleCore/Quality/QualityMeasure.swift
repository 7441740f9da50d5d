/// A named tally the quality figures add up over orders, lines, stages or requests: each case
/// is one quantity, and its raw value is the name it is stored under (the roll-up column).
/// The cases in declaration order are the order of a tally's values.
public protocol QualityMeasure: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String, AllCases == [Self] {}

extension QualityMeasure {
    /// The name the measure is stored and read under.
    public var column: String { rawValue }

    /// Every measure's name, in declaration order.
    public static var columns: [String] { allCases.map(\.column) }
}

/// Sums of the measures of one kind: what one order (line, stage, request) contributes, or
/// what many add up to. Contributions are whole numbers, so adding them is exact in any order.
public struct QualityTally<Measure: QualityMeasure>: Hashable, Sendable {
    /// The sums in the measures' declaration order (`Measure.columns`).
    public private(set) var values: [Int]

    /// Nothing counted.
    public init() {
        values = Array(repeating: 0, count: Measure.allCases.count)
    }

    /// Each measure's value given by `value`.
    public init(_ value: (Measure) -> Int) {
        values = Measure.allCases.map(value)
    }

    public subscript(measure: Measure) -> Int {
        values[Measure.allCases.firstIndex(of: measure)!]
    }

    /// Whether every measure is zero.
    public var isZero: Bool { values.allSatisfy { $0 == 0 } }

    public static func + (a: Self, b: Self) -> Self {
        var sum = a
        sum += b
        return sum
    }

    public static func += (a: inout Self, b: Self) {
        for i in a.values.indices { a.values[i] += b.values[i] }
    }
}
