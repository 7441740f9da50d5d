import Foundation
import OrderCycleCore

/// A reporting period: a month, a quarter, a year or a custom range of days, in the company's
/// calendar. An order belongs to the period of its received day (DOMAIN §4.4 "Time semantics").
///
/// Written as `2026-03`, `2026-Q1`, `2026` or `2026-01-05..2026-02-10`.
struct QualityPeriod: Hashable, Sendable {
    enum Kind: String, Sendable, Codable, CaseIterable { case month, quarter, year, custom }

    let kind: Kind
    let first: CalendarDay
    let last: CalendarDay

    /// The longest custom range accepted: beyond it a report is a year's job.
    static let maxCustomDays = 3_660

    /// The years a written period may name. Orders are dated by the company's calendar, so a
    /// report outside these years can only be a typing slip; the bounds also keep every trend
    /// (twelve periods back) and every neighbouring period inside the calendar's years 1…9999.
    static let years = 1900...2200

    static func month(_ year: Int, _ month: Int) -> QualityPeriod? {
        // The month's last day is its longest valid length, so December 9999 needs no year 10000.
        guard let first = CalendarDay(year: year, month: month, day: 1),
              let last = [31, 30, 29, 28].lazy.compactMap({ CalendarDay(year: year, month: month, day: $0) }).first
        else { return nil }
        return QualityPeriod(kind: .month, first: first, last: last)
    }

    static func quarter(_ year: Int, _ quarter: Int) -> QualityPeriod? {
        guard (1...4).contains(quarter), let start = month(year, quarter * 3 - 2), let end = month(year, quarter * 3) else { return nil }
        return QualityPeriod(kind: .quarter, first: start.first, last: end.last)
    }

    static func year(_ year: Int) -> QualityPeriod? {
        guard let first = CalendarDay(year: year, month: 1, day: 1), let last = CalendarDay(year: year, month: 12, day: 31) else { return nil }
        return QualityPeriod(kind: .year, first: first, last: last)
    }

    static func custom(_ first: CalendarDay, _ last: CalendarDay) -> QualityPeriod? {
        guard first <= last, first.days(to: last) < maxCustomDays else { return nil }
        return QualityPeriod(kind: .custom, first: first, last: last)
    }

    /// Reads the written form; `nil` for anything else, and for years outside `years`.
    init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.count <= 22 else { return nil }
        let parsed: QualityPeriod?
        if let range = text.range(of: "..") {
            guard let a = CalendarDay(iso: String(text[..<range.lowerBound])), let b = CalendarDay(iso: String(text[range.upperBound...])) else { return nil }
            parsed = .custom(a, b)
        } else if text.count == 4, let y = Int(text) {
            parsed = .year(y)
        } else if text.count == 7, text.dropFirst(4).hasPrefix("-Q"), let y = Int(text.prefix(4)), let q = Int(text.suffix(1)) {
            parsed = .quarter(y, q)
        } else if text.count == 7, text.dropFirst(4).hasPrefix("-"), let y = Int(text.prefix(4)), let m = Int(text.suffix(2)) {
            parsed = .month(y, m)
        } else {
            parsed = nil
        }
        guard let parsed, Self.years.contains(parsed.first.year), Self.years.contains(parsed.last.year) else { return nil }
        self = parsed
    }

    private init(kind: Kind, first: CalendarDay, last: CalendarDay) {
        self.kind = kind
        self.first = first
        self.last = last
    }

    /// The written form, which `init?(_:)` reads back.
    var label: String {
        switch kind {
        case .month: String(first.description.prefix(7))
        case .quarter: "\(String(first.description.prefix(4)))-Q\((first.month + 2) / 3)"
        case .year: String(first.description.prefix(4))
        case .custom: "\(first)..\(last)"
        }
    }

    /// The month, quarter or year holding `day`. Built from day arithmetic alone, so it exists
    /// for every calendar day, the last of year 9999 included.
    static func containing(_ day: CalendarDay, kind: Kind) -> QualityPeriod {
        let monthsBefore: Int, length: Int
        switch kind {
        case .month, .custom: (monthsBefore, length) = (0, 1)
        case .quarter: (monthsBefore, length) = ((day.month - 1) % 3, 3)
        case .year: (monthsBefore, length) = (day.month - 1, 12)
        }
        var first = day.adding(days: 1 - day.day)
        for _ in 0..<monthsBefore { first = first.adding(days: -1).adding(days: 1 - first.adding(days: -1).day) }
        var last = first
        for _ in 0..<length { let next = last.adding(days: 32); last = next.adding(days: -next.day) }
        return QualityPeriod(kind: kind == .custom ? .month : kind, first: first, last: last)
    }

    /// The period just before this one, of the same kind (a custom range steps back by months).
    var previous: QualityPeriod {
        QualityPeriod.containing(first.adding(days: -1), kind: kind == .custom ? .month : kind)
    }

    /// The `count` periods of the trend, oldest first, ending with this one. A custom range's
    /// trend is monthly, ending with the month of its last day.
    func trend(_ count: Int = 12) -> [QualityPeriod] {
        var periods = [kind == .custom ? QualityPeriod.containing(last, kind: .month) : self]
        while periods.count < count { periods.append(periods[periods.count - 1].previous) }
        return periods.reversed()
    }

    /// The key of this period among the trend's buckets (see `QualitySQL.bucket`).
    var bucketKey: String { kind == .custom ? "custom" : label }
}
