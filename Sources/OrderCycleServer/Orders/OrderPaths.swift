import Foundation
import OrderCycleCore

/// Paths of the order pages, for registration and links alike.
enum OrderPaths {
    static let list = "/orders"
    static let new = "/orders/new"
    static let pattern = "/orders/:id"
    static func order(_ id: UUID) -> String { "/orders/\(id.uuidString)" }
    static func step(_ id: UUID) -> String { "/orders/\(id.uuidString)/step" }
    static func stage(_ id: UUID) -> String { "/orders/\(id.uuidString)/stage" }
    static func reserve(_ id: UUID) -> String { "/orders/\(id.uuidString)/reserve" }
    static func split(_ id: UUID) -> String { "/orders/\(id.uuidString)/split" }
    static func claim(_ id: UUID) -> String { "/orders/\(id.uuidString)/claim" }
    static func rating(_ id: UUID) -> String { "/orders/\(id.uuidString)/rating" }
    static func comment(_ id: UUID) -> String { "/orders/\(id.uuidString)/comment" }
    static func invoice(_ id: UUID) -> String { "/orders/\(id.uuidString)/invoice" }
    static func pickingList(_ id: UUID) -> String { "/orders/\(id.uuidString)/picking-list" }
    static let portfolio = "/portfolio"
    static let cycleTime = "/cycle-time"
    static let claims = "/claims"
    static let products = "/products"
}

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
