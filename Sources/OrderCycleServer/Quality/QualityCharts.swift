import Foundation
import OrderCycleCore

/// Charts drawn on the server as inline SVG: no script, they print, and every label is in the
/// reader's language.
enum QualityCharts {
    private static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    /// An indicator over the trend's periods; gaps where there was no data, the target dashed.
    static func trend(_ values: [IndicatorValue], periods: [String], indicator: QualityIndicator, standard: ServiceStandard?, lang: Language) -> HTML {
        let width = 320.0, height = 130.0, left = 38.0, right = 8.0, top = 10.0, bottom = 26.0
        let scale = indicator.unit == .percent ? 1.0 : 100.0
        let numbers = values.map { $0.value.map { $0 * scale } }
        var low = 0.0, high = 100.0
        let known = numbers.compactMap { $0 } + [standard?.target, standard?.alertThreshold].compactMap { $0.map { $0 * scale } }
        if let min = known.min(), let max = known.max(), max > min {
            low = Swift.max(0, min - (max - min) * 0.15)
            high = Swift.min(100, max + (max - min) * 0.15)
            if high - low < 1 { high = low + 1 }
        }
        let step = periods.count > 1 ? (width - left - right) / Double(periods.count - 1) : 0
        func x(_ i: Int) -> Double { left + Double(i) * step }
        func y(_ v: Double) -> Double { top + (high - Swift.min(high, Swift.max(low, v))) / (high - low) * (height - top - bottom) }

        var segments: [[(Int, Double)]] = [[]]
        for (i, value) in numbers.enumerated() {
            if let value { segments[segments.count - 1].append((i, value)) } else if !segments[segments.count - 1].isEmpty { segments.append([]) }
        }
        let lines = segments.filter { $0.count > 1 }.map { segment -> HTML in
            HTML(unsafeRaw: "<polyline class=\"line\" points=\"" + segment.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") + "\"/>")
        }.joined
        let dots = numbers.enumerated().compactMap { i, value -> HTML? in
            guard let value else { return nil }
            return "<circle class=\"dot\" cx=\"\(f(x(i)))\" cy=\"\(f(y(value)))\" r=\"3\"><title>\(periods[i]): \(QualityFormat.number2(value)) %</title></circle>"
        }.joined
        let target: HTML = standard.map { s in
            let ty = f(y(s.target * scale))
            return "<line class=\"target\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(ty)\" y2=\"\(ty)\"><title>\(lang.t("Target", "Цель")): \(QualityFormat.threshold(s.target, indicator))</title></line>"
        } ?? ""
        let labelIndexes = Array(Set([0, periods.count / 2, periods.count - 1])).sorted().filter { $0 < periods.count }
        let xLabels = labelIndexes.map { i -> HTML in
            "<text x=\"\(f(x(i)))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">\(periods[i])</text>"
        }.joined
        let yLabels: HTML = """
        <text x="\(f(left - 4))" y="\(f(y(high) + 4))" text-anchor="end">\(QualityFormat.number2(high))</text>\
        <text x="\(f(left - 4))" y="\(f(y(low)))" text-anchor="end">\(QualityFormat.number2(low))</text>
        """
        let empty: HTML = numbers.allSatisfy({ $0 == nil })
            ? "<text x=\"\(f(width / 2))\" y=\"\(f(height / 2))\" text-anchor=\"middle\">\(lang.t("no data", "нет данных"))</text>" : ""
        let title = lang.t("\(indicator.name(lang)), % over the last \(periods.count) periods", "\(indicator.name(lang)), % за последние \(periods.count) периодов")
        return """
        <svg class="trend" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(title)"><title>\(title)</title>\
        <line class="axis" x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(height - bottom))"/>\
        <line class="axis" x1="\(f(left))" y1="\(f(height - bottom))" x2="\(f(width - right))" y2="\(f(height - bottom))"/>\
        \(target)\(lines)\(dots)\(xLabels)\(yLabels)\(empty)</svg>
        """
    }

    /// Cost of service, losses and their total over the service level, the optimum marked.
    static func costCurves(_ optimum: CostOfServiceOptimum, lang: Language) -> HTML {
        let width = 640.0, height = 340.0, left = 64.0, right = 16.0, top = 16.0, bottom = 44.0
        let samples = optimum.samples
        let levels = samples.map(\.level)
        let amounts = samples.flatMap { [$0.cost, $0.loss, $0.total] }
        let lowX = levels.min() ?? 0, highX = Swift.max((levels.max() ?? 1), lowX + 1e-9)
        let lowY = Swift.min(0, amounts.min() ?? 0), highY = Swift.max((amounts.max() ?? 1) * 1.05, lowY + 1e-9)
        func x(_ v: Double) -> Double { left + (v - lowX) / (highX - lowX) * (width - left - right) }
        func y(_ v: Double) -> Double { top + (highY - v) / (highY - lowY) * (height - top - bottom) }
        func line(_ css: String, _ value: (CostOfServiceSample) -> Double) -> HTML {
            HTML(unsafeRaw: "<polyline class=\"\(css)\" points=\"" + samples.map { "\(f(x($0.level))),\(f(y(value($0))))" }.joined(separator: " ") + "\"/>")
        }
        let best = optimum.optimum
        let ticks = [lowX, (lowX + highX) / 2, highX].map { v -> HTML in
            "<text x=\"\(f(x(v)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(CostOfServiceInput.format(v))</text>"
        }.joined
        let yTicks = [lowY, (lowY + highY) / 2, highY].map { v -> HTML in
            "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(CostOfServiceInput.format(v.rounded()))</text>"
        }.joined
        let title = lang.t("Cost of service, losses and total over the service level", "Затраты на сервис, потери и их сумма в зависимости от уровня обслуживания")
        return """
        <svg class="cost-chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(title)"><title>\(title)</title>\
        <line class="axis" x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(height - bottom))"/>\
        <line class="axis" x1="\(f(left))" y1="\(f(height - bottom))" x2="\(f(width - right))" y2="\(f(height - bottom))"/>\
        \(line("cost", \.cost))\(line("loss", \.loss))\(line("total", \.total))\
        <line class="optimum" x1="\(f(x(best.level)))" x2="\(f(x(best.level)))" y1="\(f(top))" y2="\(f(height - bottom))"/>\
        <circle class="optimum-dot" cx="\(f(x(best.level)))" cy="\(f(y(best.total)))" r="5"><title>\(lang.t("Optimum", "Оптимум")): \(CostOfServiceInput.format(best.level))</title></circle>\
        \(ticks)\(yTicks)\
        <text x="\(f((left + width - right) / 2))" y="\(f(height - 6))" text-anchor="middle">\(lang.t("Service level", "Уровень обслуживания"))</text>\
        </svg>
        <p class="legend"><span class="key cost"></span>\(lang.t("Cost of service", "Затраты на сервис")) \
        <span class="key loss"></span>\(lang.t("Losses from poor service", "Потери от плохого обслуживания")) \
        <span class="key total"></span>\(lang.t("Total", "Сумма"))</p>
        """
    }
}
