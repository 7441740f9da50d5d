import Foundation
import OrderCycleCore

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
