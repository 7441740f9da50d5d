import Foundation
import OrderCycleCore

/// Money is kept in minor units; pages show it with two decimals and the currency code.
enum Money {
    static func format(_ minor: Int64, _ currency: String) -> String {
        let sign = minor < 0 ? "-" : ""
        let value = abs(minor)
        let units = value / 100, cents = value % 100
        var grouped = ""
        for (i, ch) in String(units).reversed().enumerated() {
            if i > 0, i % 3 == 0 { grouped.append("\u{202F}") }
            grouped.append(ch)
        }
        return "\(sign)\(String(grouped.reversed())).\(cents < 10 ? "0" : "")\(cents) \(currency)"
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
