import Foundation
import OrderCycleCore

/// The quality area's web paths, for registering routes and building links alike.
enum QualityPaths {
    static let dashboard = "/quality"
    static let print = "/quality/print"
    static let csv = "/quality/export.csv"
    static let json = "/quality/export.json"
    static let orders = "/quality/orders"
    static let requests = "/quality/requests"
    static let stock = "/quality/stock"
    static let products = "/quality/products"
    static let standards = "/quality/standards"
    static let newStandard = "/quality/standards/new"
    static let standardPattern = "/quality/standards/:id"
    static func standard(_ id: UUID) -> String { "/quality/standards/\(id.uuidString)" }
    static let cost = "/quality/cost"

    /// The page listing the records behind an indicator's figure for the question `query`.
    static func records(_ indicator: QualityIndicator, query: String, misses: Bool = false) -> String {
        switch indicator {
        case .demandSaturation: return stock
        case .orderCoverage: return "\(products)?\(query)"
        case .flexibility: return "\(requests)?\(query)"
        default: return "\(orders)?\(query)&indicator=\(indicator.rawValue)" + (misses ? "&misses=true" : "")
        }
    }
}

/// How figures read on the pages and in the CSV export.
enum QualityFormat {
    /// Shares as percent, P as the percent it is; one decimal.
    static func value(_ value: IndicatorValue, _ indicator: QualityIndicator, lang: Language) -> String {
        guard let number = value.value else { return lang.t("no data", "нет данных") }
        return number2(indicator.unit == .percent ? number : number * 100) + " %"
    }

    static func threshold(_ number: Double?, _ indicator: QualityIndicator) -> String {
        guard let number else { return "—" }
        return number2(indicator.unit == .percent ? number : number * 100) + " %"
    }

    static func number2(_ number: Double) -> String { String(format: "%.1f", number) }

    /// A duration in hours below two days, else in days.
    static func duration(_ seconds: Double?, lang: Language) -> String {
        guard let seconds else { return lang.t("no data", "нет данных") }
        let hours = seconds / 3600
        if hours < 48 { return String(format: "%.1f ", hours) + lang.t("h", "ч") }
        return String(format: "%.1f ", hours / 24) + lang.t("days", "дн.")
    }

    static func share(_ share: Double?, lang: Language) -> String {
        guard let share else { return lang.t("no data", "нет данных") }
        return number2(share * 100) + " %"
    }

    static func direction(_ indicator: QualityIndicator, lang: Language) -> String {
        indicator.direction == .maximise ? lang.t("↑ higher is better", "↑ чем выше, тем лучше") : lang.t("↓ lower is better", "↓ чем ниже, тем лучше")
    }

    static func status(_ status: StandardStatus?, lang: Language) -> HTML {
        switch status {
        case .ok: "<span class=\"badge ok\">\(lang.t("on target", "в норме"))</span>"
        case .warning: "<span class=\"badge warn\">\(lang.t("below target", "хуже цели"))</span>"
        case .breach: "<span class=\"badge bad\">\(lang.t("breach", "нарушение"))</span>"
        case nil: "<span class=\"badge\">\(lang.t("no standard", "без стандарта"))</span>"
        }
    }

    static func stage(_ stage: Stage?, lang: Language) -> String {
        stage.map { "\($0.name(lang)) (\($0.symbol(lang)))" } ?? lang.t("none", "нет")
    }
}
