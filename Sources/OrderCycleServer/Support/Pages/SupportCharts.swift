import Foundation
import OrderCycleCore

/// The support report's charts, drawn on the server as inline SVG like the rest of the product:
/// horizontal bars, one row per group, each bar a link to the tickets it counts.
enum SupportCharts {
    /// One bar: its value on the chart's scale (nil: not measured, no bar), the figure written
    /// beside it, and where it drills down to.
    struct Bar {
        var value: Double?
        var text: String
        var href: String
        var tone: String
    }

    struct Group {
        var label: String
        var bars: [Bar]
    }

    private static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    /// Horizontal bars grouped by row, scaled to `maximum` (or the largest value), with a legend
    /// naming each bar of a row when a row has more than one.
    static func bars(id: String, title: String, groups: [Group], legend: [(tone: String, label: String)], maximum: Double? = nil, lang: Language) -> HTML {
        let width = 340.0, labelWidth = 110.0, textWidth = 64.0, barHeight = 12.0, gap = 3.0, rowGap = 10.0, top = 4.0
        let perRow = Double(groups.map(\.bars.count).max() ?? 1)
        let rowHeight = perRow * barHeight + (perRow - 1) * gap + rowGap
        let height = top + Double(groups.count) * rowHeight + 4
        let largest = maximum ?? groups.flatMap { $0.bars.compactMap(\.value) }.max() ?? 0
        let span = width - labelWidth - textWidth
        let rows = groups.enumerated().map { i, group -> HTML in
            let y0 = top + Double(i) * rowHeight
            let label = group.label.count > 18 ? String(group.label.prefix(17)) + "…" : group.label
            let bars = group.bars.enumerated().map { j, bar -> HTML in
                let y = y0 + Double(j) * (barHeight + gap)
                let length = largest > 0 ? max(0, min(1, (bar.value ?? 0) / largest)) * span : 0
                let rect: HTML = bar.value == nil ? "" : "<rect class=\"\(bar.tone)\" x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(max(length, 1)))\" height=\"\(f(barHeight))\"/>"
                return """
                <a href="\(bar.href)"><title>\(group.label): \(bar.text)</title>\(rect)\
                <text x="\(f(labelWidth + length + 4))" y="\(f(y + barHeight - 2))">\(bar.text)</text></a>
                """
            }.joined
            return "<text class=\"label\" x=\"\(f(labelWidth - 6))\" y=\"\(f(y0 + barHeight - 2))\" text-anchor=\"end\">\(label)</text>\(bars)"
        }.joined
        let empty: HTML = groups.isEmpty ? "<text x=\"\(f(width / 2))\" y=\"14\" text-anchor=\"middle\">\(lang.t("no tickets", "нет заявок"))</text>" : ""
        let keys = legend.map { "<span class=\"key \($0.tone)\"></span>\($0.label)" as HTML }.joined
        let key: HTML = legend.count < 2 ? "" : "<p class=\"legend\">\(keys)</p>"
        return """
        <figure class="support-chart" id="\(id)"><figcaption>\(title)</figcaption>\
        <svg class="bars" viewBox="0 0 \(Int(width)) \(Int(max(height, 20)))" role="img" aria-label="\(title)"><title>\(title)</title>\(rows)\(empty)</svg>\(key)</figure>
        """
    }

    static let css = """
    figure.support-chart{margin:.4rem 0 1rem;max-width:560px}figure.support-chart figcaption{font-weight:600;margin-bottom:.3rem}
    svg.bars{width:100%;height:auto;font-size:10px;fill:var(--muted)}svg.bars .label{fill:var(--ink)}
    svg.bars rect.breach{fill:var(--bad)}svg.bars rect.median{fill:#54aeff}svg.bars rect.p90{fill:var(--accent)}svg.bars rect.share{fill:var(--ok)}
    svg.bars a:hover text{fill:var(--accent);text-decoration:underline}
    .legend .key.median{background:#54aeff}.legend .key.p90{background:var(--accent)}.legend .key.breach{background:var(--bad)}
    .support-charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:0 1.5rem}
    .team-queues td a{display:inline-block;min-width:2rem}
    """
}
