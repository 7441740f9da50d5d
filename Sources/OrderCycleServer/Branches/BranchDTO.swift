import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A branch as the API answers it. `internal_notes` only ever reaches staff: the public list,
/// page and search answer without it.
struct BranchDTO: Content, Sendable, Equatable {
    var id: UUID
    var version: Int
    var name_en: String
    var name_ru: String
    var address: String
    var lat: Double
    var lon: Double
    var hours: HoursDTO
    var phones: [String]
    var services: [String]
    var active: Bool
    var internal_notes: String?
    var updated_at: Date

    /// The branch as a visitor with no login may see it.
    var publicView: BranchDTO {
        var copy = self
        copy.internal_notes = nil
        return copy
    }

    var point: GeoPoint { GeoPoint(lat: lat, lon: lon) }

    func name(_ lang: Language) -> String { lang == .ru ? name_ru : name_en }
}

/// Working hours as JSON: `always_open` (24x7), `week` keyed `mon`…`sun` (a day left out is a
/// day off), each `{open, close, breaks: [{from, to}]}` in "HH:MM" company time, and `holidays`
/// `[{date, name, open, close, breaks}]` (no `open`/`close`: closed that day).
struct HoursDTO: Content, Sendable, Equatable {
    struct Span: Content, Sendable, Equatable {
        var from: String?
        var to: String?
    }
    struct Day: Content, Sendable, Equatable {
        var open: String?
        var close: String?
        var breaks: [Span]?
    }
    struct Holiday: Content, Sendable, Equatable {
        var date: String?
        var name: String?
        var open: String?
        var close: String?
        var breaks: [Span]?
    }

    var always_open: Bool?
    var week: [String: Day]?
    var holidays: [Holiday]?

    init(always_open: Bool? = nil, week: [String: Day]? = nil, holidays: [Holiday]? = nil) {
        self.always_open = always_open; self.week = week; self.holidays = holidays
    }

    /// The canonical form of checked hours (what is stored and answered).
    init(_ h: BranchHours) {
        always_open = h.alwaysOpen
        var days: [String: Day] = [:]
        for (weekday, d) in h.week { days[weekday.rawValue] = Day(open: d.open.description, close: d.close.description, breaks: d.breaks.map(Self.span)) }
        week = days
        holidays = h.holidays.map {
            Holiday(date: $0.date.description, name: $0.name, open: $0.hours?.open.description, close: $0.hours?.close.description,
                    breaks: $0.hours.map { $0.breaks.map(Self.span) })
        }
    }

    private static func span(_ s: BranchHours.Span) -> Span { Span(from: s.from.description, to: s.to.description) }

    /// Reads the hours, recording every problem by field path in `v`; nil when any was found.
    func checked(_ v: inout FieldInput) -> BranchHours? {
        var ok = true
        func time(_ field: String, _ text: String?) -> BranchHours.ClockTime? {
            guard let text else { v.required(field); ok = false; return nil }
            guard let t = BranchHours.ClockTime(text) else {
                v.add(field, en: "must be a time HH:MM such as 09:00 (24:00 closes a day)", ru: "укажите время ЧЧ:ММ, например 09:00 (24:00 — конец суток)")
                ok = false; return nil
            }
            return t
        }
        func day(_ field: String, open: String?, close: String?, breaks: [Span]?) -> BranchHours.DayHours? {
            let o = time("\(field).open", open), c = time("\(field).close", close)
            var spans: [BranchHours.Span] = []
            for (i, b) in (breaks ?? []).enumerated() {
                if let f = time("\(field).breaks[\(i)].from", b.from), let t = time("\(field).breaks[\(i)].to", b.to) { spans.append(.init(from: f, to: t)) }
            }
            guard let o, let c else { return nil }
            return BranchHours.DayHours(open: o, close: c, breaks: spans)
        }
        var hours = BranchHours(alwaysOpen: always_open ?? false)
        for (key, d) in (week ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let weekday = BranchHours.Weekday(rawValue: key) else {
                v.add("hours.week.\(key)", en: "is not a weekday: use mon, tue, wed, thu, fri, sat, sun", ru: "не день недели: mon, tue, wed, thu, fri, sat, sun")
                ok = false; continue
            }
            if let h = day("hours.week.\(key)", open: d.open, close: d.close, breaks: d.breaks) { hours.week[weekday] = h }
        }
        for (i, h) in (holidays ?? []).enumerated() {
            let field = "hours.holidays[\(i)]"
            guard let text = h.date, let date = CalendarDay(iso: text) else {
                v.add("\(field).date", en: "must be a date YYYY-MM-DD", ru: "укажите дату ГГГГ-ММ-ДД"); ok = false; continue
            }
            let name = v.text("\(field).name", h.name, required: false, max: 100)
            if h.open == nil, h.close == nil, (h.breaks ?? []).isEmpty {
                hours.holidays.append(.init(date: date, name: name))
            } else if let d = day(field, open: h.open, close: h.close, breaks: h.breaks) {
                hours.holidays.append(.init(date: date, hours: d, name: name))
            }
        }
        hours.holidays.sort { $0.date < $1.date }
        for issue in hours.issues { v.add(issue.field, en: issue.en, ru: issue.ru); ok = false }
        return ok ? hours : nil
    }

    /// Stored hours, read back (they were checked when written).
    var parsed: BranchHours {
        var v = FieldInput(.en)
        return checked(&v) ?? BranchHours()
    }
}

/// What a branch's day looks like to a visitor: closed, 24 hours, or from–to with breaks.
struct TodayDTO: Content, Sendable, Equatable {
    var date: String
    var closed: Bool
    var always_open: Bool
    var open: String?
    var close: String?
    var breaks: [HoursDTO.Span]
    var holiday: String?

    init(_ hours: BranchHours, day: CalendarDay) {
        date = day.description
        let d = hours.day(day)
        always_open = d == .roundTheClock
        closed = d.hours == nil
        open = always_open ? nil : d.hours?.open.description
        close = always_open ? nil : d.hours?.close.description
        breaks = always_open ? [] : (d.hours?.breaks ?? []).map { HoursDTO.Span(from: $0.from.description, to: $0.to.description) }
        if case .holiday(_, let name) = d { holiday = name ?? "" } else { holiday = nil }
    }

    /// One line: "24/7", "closed", "09:00–18:00, break 13:00–14:00".
    func line(_ lang: Language) -> String {
        if always_open { return lang.t("open 24/7", "круглосуточно") }
        guard let open, let close else { return lang.t("closed", "закрыто") }
        var text = "\(open)–\(close)"
        if !breaks.isEmpty {
            text += lang.t(", break ", ", перерыв ") + breaks.map { "\($0.from ?? "")–\($0.to ?? "")" }.joined(separator: ", ")
        }
        return text
    }
}

/// One branch of a nearest-branch answer: the branch as the public sees it, how far it is, and
/// whether it is open now, with today's hours.
struct NearestBranchDTO: Content, Sendable {
    var id: UUID
    var name_en: String
    var name_ru: String
    var address: String
    var lat: Double
    var lon: Double
    var hours: HoursDTO
    var phones: [String]
    var services: [String]
    var distance_km: Double
    var open_now: Bool
    var today: TodayDTO
}

/// The nearest-branch answer: where the search was measured from and the branches, nearest first.
struct NearestAnswerDTO: Content, Sendable {
    struct Origin: Content, Sendable {
        var lat: Double
        var lon: Double
        /// What the typed text was matched to: a city or a branch's address; absent for coordinates.
        var matched: String?
    }
    var origin: Origin
    var items: [NearestBranchDTO]
}
