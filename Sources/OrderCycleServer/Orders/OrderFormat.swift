import Foundation
import OrderCycleCore

/// Money is kept in minor units; pages show it as the reader's language writes it: "8 220,00 ₴"
/// in Russian (spaces between thousands, a decimal comma, the sign after), "₴8,220.00" in
/// English. A currency without a known sign is written with its code.
enum Money {
    static let signs = ["UAH": "₴", "RUB": "₽", "KZT": "₸", "USD": "$", "EUR": "€", "GBP": "£", "PLN": "zł"]

    static func format(_ minor: Int64, _ currency: String, lang: Language = .en) -> String {
        let sign = minor < 0 ? "-" : ""
        let value = minor.magnitude
        let units = value / 100, cents = value % 100
        let number = Decimals.grouped(String(units), lang) + (lang == .ru ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
        let symbol = signs[currency.uppercased()]
        switch (lang, symbol) {
        case (.en, let symbol?) where symbol.count == 1: return "\(sign)\(symbol)\(number)"
        case (_, let symbol?): return "\(sign)\(number)\u{00A0}\(symbol)"
        case (_, nil): return "\(sign)\(number)\u{00A0}\(currency)"
        }
    }
}

/// Decimal numbers as the reader's language writes them: "1 234,5" in Russian, "1,234.5" in English.
enum Decimals {
    static func format(_ value: Double, digits: Int, lang: Language) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(String(parts[0]), lang)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" : ""
        return sign + whole + (parts.count > 1 ? (lang == .ru ? "," : ".") + parts[1] : "")
    }

    /// Digits in groups of three: a no-break space between them in Russian, a comma in English.
    static func grouped(_ digits: String, _ lang: Language) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(lang == .ru ? "\u{00A0}" : ",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}

/// Durations in seconds read as days and hours.
enum DurationText {
    static func format(_ seconds: Int?, _ lang: OrderCycleCore.Language) -> String {
        guard let seconds else { return "—" }
        let hours = Double(seconds) / 3600
        if hours < 48 { return String(format: "%.1f %@", hours, lang.t("h", "ч")) }
        return String(format: "%.1f %@", hours / 24, lang.t("d", "дн"))
    }
}
