import Foundation
import OrderCycleCore

/// The Gantt chart of one order, drawn on the server as SVG: per stage the planned bar (light)
/// above the actual bar (solid; open stages run to now, hatched when skipped).
enum Gantt {
    struct Bar: Sendable { var start: Date; var end: Date }
    struct Row: Sendable { var stage: Stage; var planned: Bar?; var actual: Bar?; var open: Bool; var skipped: Bool }

    /// The chart and, for a phone, the same plan and actual as a list of stages (the page shows
    /// the list below 600 px, where the chart's labels would be too small to read).
    static func chart(rows: [Row], now: Date, lang: Language, timeZone: TimeZone) -> HTML {
        let chart = svg(rows: rows, now: now, lang: lang, timeZone: timeZone)
        guard rows.contains(where: { $0.planned != nil || $0.actual != nil }) else { return chart }
        return "\(chart)\(list(rows: rows, lang: lang, timeZone: timeZone))"
    }

    static func list(rows: [Row], lang: Language, timeZone: TimeZone) -> HTML {
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM HH:mm"
        formatter.timeZone = timeZone
        func range(_ bar: Bar, open: Bool) -> String {
            let start = formatter.string(from: bar.start)
            return open ? "\(start) – \(lang.t("now", "сейчас"))" : "\(start) – \(formatter.string(from: bar.end))"
        }
        let items = rows.map { row -> HTML in
            let plan: HTML = row.planned.map { "<span class=\"plan\">\(lang.t("plan", "план")): \(range($0, open: false))</span>" } ?? ""
            let actual: HTML = row.skipped ? "<span class=\"skipped\">\(lang.t("skipped", "пропущен"))</span>"
                : row.actual.map { "<span class=\"actual\(row.open ? HTML(" open") : "")\">\(lang.t("actual", "факт")): \(range($0, open: row.open))</span>" } ?? ""
            return "<li><span class=\"stage\">\(row.stage.name(lang))</span>\(plan)\(actual)</li>"
        }
        return "<ol class=\"gantt-list\" id=\"gantt-list\" aria-label=\"\(lang.t("Plan and actual per stage", "План и факт по этапам"))\">\(items.joined)</ol>"
    }

    /// The axis reads in `timeZone`, the company's, like every table beside the chart.
    static func svg(rows: [Row], now: Date, lang: Language, timeZone: TimeZone) -> HTML {
        let dates = rows.flatMap { [$0.planned?.start, $0.planned?.end, $0.actual?.start, $0.actual?.end].compactMap { $0 } }
        guard let first = dates.min(), let last = dates.max() else {
            return "<p class=\"muted\">\(lang.t("No stage has been planned or started yet.", "Этапы ещё не запланированы и не начаты."))</p>"
        }
        let span = max(last.timeIntervalSince(first), 3600)
        let labelWidth = 190.0, chartWidth = 560.0, rowHeight = 34.0, top = 22.0
        let width = labelWidth + chartWidth + 10, height = top + rowHeight * Double(rows.count) + 24
        func x(_ d: Date) -> Double { labelWidth + chartWidth * d.timeIntervalSince(first) / span }
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM HH:mm"
        formatter.timeZone = timeZone
        var parts: [HTML] = []
        parts.append("<text x=\"\(Int(labelWidth))\" y=\"14\" class=\"axis\">\(formatter.string(from: first))</text>")
        parts.append("<text x=\"\(Int(width - 10))\" y=\"14\" class=\"axis\" text-anchor=\"end\">\(formatter.string(from: last))</text>")
        for (i, row) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            parts.append("<text x=\"4\" y=\"\(Int(y + 20))\" class=\"label\">\(row.stage.name(lang))</text>")
            if let p = row.planned {
                parts.append(HTML(unsafeRaw: String(format: "<rect class=\"plan\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\"><title>%@</title></rect>",
                                                    x(p.start), y + 4, max(2, x(p.end) - x(p.start)), HTML.escape(lang.t("plan", "план")))))
            }
            if row.skipped {
                parts.append(HTML(unsafeRaw: String(format: "<text x=\"%.1f\" y=\"%.1f\" class=\"skipped\">%@</text>", labelWidth + 4, y + 28, HTML.escape(lang.t("skipped", "пропущен")))))
            } else if let a = row.actual {
                parts.append(HTML(unsafeRaw: String(format: "<rect class=\"actual%@\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\"><title>%@</title></rect>",
                                                    row.open ? " open" : "", x(a.start), y + 16, max(2, x(a.end) - x(a.start)), HTML.escape(lang.t("actual", "факт")))))
            }
        }
        if now >= first && now <= last {
            parts.append(HTML(unsafeRaw: String(format: "<line class=\"now\" x1=\"%.1f\" x2=\"%.1f\" y1=\"18\" y2=\"%.1f\"/>", x(now), x(now), height - 20)))
        }
        let legend: HTML = """
        <g transform="translate(\(Int(labelWidth)),\(Int(height - 12)))"><rect class="plan" width="14" height="8"/><text x="18" y="8" class="axis">\(lang.t("plan", "план"))</text>
        <rect class="actual" x="70" width="14" height="8"/><text x="88" y="8" class="axis">\(lang.t("actual", "факт"))</text></g>
        """
        return """
        <svg class="gantt" id="gantt" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(lang.t("Gantt chart: plan and actual per stage", "Диаграмма Ганта: план и факт по этапам"))">
        \(parts.joined)
        \(legend)
        </svg>
        """
    }
}
