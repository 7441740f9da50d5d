/// The CLDR plural categories of whole numbers in the two languages of the UI: English has
/// one and other ("1 order", "2 orders"); Russian one, few and many ("1 заказ", "2 заказа",
/// "5 заказов", "11 заказов", "21 заказ"). Every count a page words goes through `count`, so
/// no page picks a form by hand.
public enum PluralCategory: Sendable, Equatable {
    case one, few, many, other
}

extension Language {
    public func pluralCategory(_ n: Int) -> PluralCategory {
        let n = n.magnitude
        switch self {
        case .en:
            return n == 1 ? .one : .other
        case .ru:
            let last = n % 10, lastTwo = n % 100
            if last == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .many
        }
    }

    /// The form of a noun for `n`: English (one, other), Russian (one, few, many).
    public func plural(_ n: Int, en: (String, String), ru: (String, String, String)) -> String {
        switch pluralCategory(n) {
        case .one: self == .ru ? ru.0 : en.0
        case .few: ru.1
        case .many: ru.2
        case .other: en.1
        }
    }

    /// "74 этапа", "1 order": the number and the form of the noun that goes with it.
    public func count(_ n: Int, en: (String, String), ru: (String, String, String)) -> String {
        "\(n) \(plural(n, en: en, ru: ru))"
    }
}
