import Foundation
import OrderCycleCore

/// The Gantt chart of one order, drawn on the server as SVG: per stage the planned bar (light)
/// above the actual bar (solid; open stages run to now, hatched when skipped).
enum Gantt {
    struct Bar: Sendable { var start: Date; var end: Date }
    struct Row: Sendable { var stage: Stage; var planned: Bar?; var actual: Bar?; var open: Bool; var skipped: Bool }

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
