import Foundation
import OrderCycleCore

/// How figures read on the pages and in the CSV export.
enum QualityFormat {
    /// Shares as percent, P as the percent it is; one decimal.
    static func value(_ value: IndicatorValue, _ indicator: QualityIndicator, lang: Language) -> String {
        guard let number = value.value else { return lang.t("no data", "нет данных") }
        return number2(indicator.unit == .percent ? number : number * 100, lang: lang) + " %"
    }

    static func threshold(_ number: Double?, _ indicator: QualityIndicator, lang: Language = .en) -> String {
        guard let number else { return "—" }
        return number2(indicator.unit == .percent ? number : number * 100, lang: lang) + " %"
    }

    /// One decimal, written as the reader's language writes decimals ("12,5" in Russian).
    static func number2(_ number: Double, lang: Language = .en) -> String { Decimals.format(number, digits: 1, lang: lang) }

    /// A value of the CSV and the JSON exports: always the fraction 0…1 (P is kept 0…100).
    static func fraction(_ number: Double, _ indicator: QualityIndicator) -> Double {
        indicator.unit == .percent ? number / 100 : number
    }

    /// A duration in hours below two days, else in days.
    static func duration(_ seconds: Double?, lang: Language) -> String {
        guard let seconds else { return lang.t("no data", "нет данных") }
        let hours = seconds / 3600
        if hours < 48 { return number2(hours, lang: lang) + " " + lang.t("h", "ч") }
        return number2(hours / 24, lang: lang) + " " + lang.t("days", "дн.")
    }

    static func share(_ share: Double?, lang: Language) -> String {
        guard let share else { return lang.t("no data", "нет данных") }
        return number2(share * 100, lang: lang) + " %"
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
