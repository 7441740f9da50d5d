/// Why figures fed to an indicator were refused: they cannot come from real records, and an
/// indicator computed from them would look plausible while being wrong.
public enum IndicatorInputError: Error, Hashable, Sendable {
    /// A count, quantity, time or weight is below 0.
    case negative(field: String)
    /// A quantity, time or weight is NaN or infinite.
    case notFinite(field: String)
    /// A part (e.g. unsatisfied orders) is larger than its whole (all orders).
    case partExceedsWhole(part: String, whole: String)
}

/// The checks shared by the indicators' input values.
enum InputCheck {
    static func count(_ value: Int, _ field: String) throws(IndicatorInputError) {
        guard value >= 0 else { throw .negative(field: field) }
    }

    static func amount(_ value: Double, _ field: String) throws(IndicatorInputError) {
        guard value.isFinite else { throw .notFinite(field: field) }
        guard value >= 0 else { throw .negative(field: field) }
    }

    static func part(_ part: Int, _ partField: String, of whole: Int, _ wholeField: String) throws(IndicatorInputError) {
        try count(whole, wholeField)
        try count(part, partField)
        guard part <= whole else { throw .partExceedsWhole(part: partField, whole: wholeField) }
    }
}
