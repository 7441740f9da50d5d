import Foundation
import OrderCycleCore
import Vapor

/// What a quality request asks about, read from the query string the same way for the API and
/// the pages: `period` (default: this month), `group` (default: all), `key` (one group only).
struct QualityParameters: Sendable {
    var period: QualityPeriod
    var selection: QualitySelection
    var calendar: CompanyCalendar
    var today: CalendarDay
    /// Whether the request named its period; the dashboard chooses one when it did not.
    var periodGiven = false

    var grouping: QualityGrouping { selection.grouping }

    init(_ req: Request, lang: Language = .en) throws {
        calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        today = calendar.day(of: req.clock.now())
        var v = FieldValidator(lang: lang)
        var period = QualityPeriod.containing(today, kind: .month)
        if let raw = req.query[String.self, at: "period"], !raw.isEmpty {
            periodGiven = true
            if let parsed = QualityPeriod(raw) { period = parsed } else {
                v.add("period", lang.t("must be a month (2026-03), a quarter (2026-Q1), a year (2026) or days (2026-01-05..2026-02-10, at most \(QualityPeriod.maxCustomDays) days)",
                                       "укажите месяц (2026-03), квартал (2026-Q1), год (2026) или дни (2026-01-05..2026-02-10, не больше \(QualityPeriod.maxCustomDays) дней)"))
            }
        }
        var grouping = QualityGrouping.all
        if let raw = req.query[String.self, at: "group"], !raw.isEmpty {
            if let parsed = QualityGrouping(rawValue: raw) { grouping = parsed } else {
                v.add("group", lang.t("must be one of: ", "допустимые значения: ") + QualityGrouping.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        let key = req.query[String.self, at: "key"].flatMap { $0.isEmpty ? nil : $0 }
        let selection = QualitySelection(grouping: grouping, key: key)
        if selection == nil { v.add("key", lang.t("does not name a group of \(grouping.rawValue)", "не называет группу вида \(grouping.rawValue)")) }
        try v.check()
        self.period = period
        self.selection = selection ?? QualitySelection(grouping: grouping)
    }

    /// The query string that asks for the same figures, for links.
    var query: String {
        var parts = ["period=\(period.label.formEncodedQuality)", "group=\(grouping.rawValue)"]
        if let key = selection.key { parts.append("key=\(key.formEncodedQuality)") }
        return parts.joined(separator: "&")
    }

    /// The same question about one group of the grouping.
    func narrowed(to key: String) -> String {
        "period=\(period.label.formEncodedQuality)&group=\(grouping.rawValue)&key=\(key.formEncodedQuality)"
    }
}

extension String {
    /// Percent-encoded for a query string value.
    var formEncodedQuality: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
