import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Cycle-time statistics over orders (DOMAIN §3.5): mean, median and 90th percentile of the
/// seller's cycle and of each stage, the share of interruptions and the bottleneck stage, for a
/// period, segment, product category and internal/external. Every figure is an SQL aggregate;
/// percentiles come from an hourly histogram.
enum CycleTimePage {
    static let readers: Access = .only(.manager, .logistician, .analyst, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.cycleTime, access: readers, use: page)
    }

    static func filter(_ req: Request) throws -> CycleTimeQueries.Filter {
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let today = calendar.day(of: req.clock.now())
        var v = FieldValidator()
        func day(_ name: String, _ fallback: CalendarDay) -> String {
            guard let raw = req.query[String.self, at: name], !raw.isEmpty else { return fallback.description }
            guard let d = CalendarDay(iso: raw) else { v.add(name, "must be a date YYYY-MM-DD"); return fallback.description }
            return d.description
        }
        let f = CycleTimeQueries.Filter(from: day("from", today.adding(days: -365)), to: day("to", today),
                       segment: req.query[String.self, at: "segment_id"].flatMap(UUID.init(uuidString:)),
                       scope: req.query[String.self, at: "scope"].flatMap { ["internal", "external"].contains($0) ? $0 : nil } ?? "all",
                       category: req.query[String.self, at: "category"].flatMap { $0.isEmpty ? nil : $0 })
        try v.check()
        return f
    }

    /// What the page shows: the selection, its figures and the choices of the filter form.
    struct Model {
        var filter: CycleTimeQueries.Filter
        var figures: CycleTimeQueries.Figures
        var segments: [Segment]
        var categories: [String]
    }

    static func model(_ req: Request) async throws -> Model {
        let f = try filter(req)
        return Model(filter: f, figures: try await CycleTimeQueries.figures(f, on: req.db),
                     segments: try await Segment.query(on: req.db).sort(\.$code).all(),
                     categories: try await CycleTimeQueries.categories(on: req.db))
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let model = try await model(req)
        return Layout(title: lang.t("Cycle time", "Длительность цикла"), request: req).render(view(model, lang: lang))
    }

    static func view(_ model: Model, lang: Language) -> HTML {
        let f = model.filter, figures = model.figures
        let bottleneck = figures.stages.filter { $0.meanShare > 0 }.max { $0.meanShare < $1.meanShare }?.stage
        func hours(_ h: Double?) -> String { DurationText.format(h.map { Int($0 * 3600) }, lang) }
        let rows = figures.stages.map { s -> HTML in
            let mark: HTML = s.stage == bottleneck ? HTML(" <span class=\"badge bad\">\(lang.t("bottleneck", "узкое место"))</span>") : ""
            return """
            <tr><td>\(s.stage.name(lang)) <span class="muted">\(s.stage.symbol(lang))</span>\(mark)</td><td class="num">\(s.count)</td>
            <td class="num">\(DurationText.format(Int(s.meanSeconds), lang))</td><td class="num">\(hours(s.histogram.percentile(0.5)))</td>
            <td class="num">\(hours(s.histogram.percentile(0.9)))</td><td class="num">\(String(format: "%.0f%%", s.meanShare * 100))</td></tr>
            """
        }.joined
        let segmentOptions = [(value: "", label: lang.t("All segments", "Все сегменты"))] + model.segments.compactMap { s in s.id.map { (value: $0.uuidString, label: s.name(lang)) } }
        let categoryOptions = [(value: "", label: lang.t("All categories", "Все категории"))] + model.categories.map { (value: $0, label: $0) }
        let scopes = [(value: "all", label: lang.t("Internal and external", "Внутренние и внешние")), (value: "external", label: lang.t("External", "Внешние")), (value: "internal", label: lang.t("Internal", "Внутренние"))]
        let content: HTML = """
        <h1>\(lang.t("Cycle time", "Длительность цикла"))</h1>
        <form method="get" action="\(PageRoute.Orders.cycleTime())" class="card no-print filter-row">
          <div>\(FormField.input(name: "from", type: "date", label: lang.t("Received from", "Получены с"), value: f.from, error: nil))</div>
          <div>\(FormField.input(name: "to", type: "date", label: lang.t("to", "по"), value: f.to, error: nil))</div>
          <div>\(FormField.select(name: "segment_id", label: lang.t("Segment", "Сегмент"), options: segmentOptions, selected: f.segment?.uuidString ?? "", error: nil))</div>
          <div>\(FormField.select(name: "category", label: lang.t("Product category", "Категория товара"), options: categoryOptions, selected: f.category ?? "", error: nil))</div>
          <div>\(FormField.select(name: "scope", label: lang.t("Clients", "Клиенты"), options: scopes, selected: f.scope, error: nil))</div>
          <div><p><button type="submit" class="button">\(lang.t("Show", "Показать"))</button></p></div>
        </form>
        <div class="grid">
          <div class="card"><div class="figure" id="cycle-count">\(figures.count)</div><div class="muted">\(lang.t("orders with a measured cycle", "заказов с измеренным циклом"))</div></div>
          <div class="card"><div class="figure" id="cycle-mean">\(DurationText.format(figures.meanSeconds.map { Int($0) }, lang))</div><div class="muted">\(lang.t("mean seller's cycle", "средний цикл продавца"))</div></div>
          <div class="card"><div class="figure">\(hours(figures.histogram.percentile(0.5))) / \(hours(figures.histogram.percentile(0.9)))</div><div class="muted">\(lang.t("median / 90th percentile", "медиана / 90-й перцентиль"))</div></div>
          <div class="card"><div class="figure">\(figures.interruptionShare.map { String(format: "%.0f%%", $0 * 100) } ?? "—")</div><div class="muted">\(lang.t("of the cycle is interruptions T_per", "цикла — перерывы Тпер"))</div></div>
        </div>
        <div class="card">\(histogramSVG(figures.histogram, lang: lang))</div>
        <h2>\(lang.t("Stages", "Этапы"))</h2>
        <div class="table-wrap"><table id="stage-statistics"><thead><tr><th>\(lang.t("Stage", "Этап"))</th><th class="num">\(lang.t("Orders", "Заказов"))</th><th class="num">\(lang.t("Mean", "Среднее"))</th><th class="num">\(lang.t("Median", "Медиана"))</th><th class="num">p90</th><th class="num">\(lang.t("Mean share of cycle", "Средняя доля цикла"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        <p class="muted">\(lang.t("Median and p90 are read to the hour. Orders imported with dispatch only have a cycle but no stages.", "Медиана и p90 — с точностью до часа. У заказов, импортированных только с датой отгрузки, есть цикл, но нет этапов."))</p>
        """
        return content
    }

    /// The distribution of cycle times in days, as bars.
    static func histogramSVG(_ h: HourHistogram, lang: Language) -> HTML {
        var days: [Int: Int] = [:]
        for (hour, n) in h.counts { days[min(hour / 24, 30), default: 0] += n }
        guard let maxCount = days.values.max(), maxCount > 0 else {
            return "<p class=\"muted\">\(lang.t("No completed cycles in this selection.", "В выборке нет завершённых циклов."))</p>"
        }
        let width = 720.0, height = 200.0, bar = width / 31
        let bars = (0...30).map { d -> HTML in
            let n = days[d] ?? 0
            let barHeight = (height - 30) * Double(n) / Double(maxCount)
            return HTML(unsafeRaw: String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f6feb\"><title>%d: %d</title></rect>",
                                          Double(d) * bar + 1, height - 20 - barHeight, bar - 2, barHeight, d, n))
        }.joined
        let labels = stride(from: 0, through: 30, by: 5).map { d -> HTML in
            HTML(unsafeRaw: String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#5f6b7a\">%d%@</text>", Double(d) * bar + 2, height - 6, d, d == 30 ? "+" : ""))
        }.joined
        return """
        <svg viewBox="0 0 \(Int(width)) \(Int(height))" class="histogram" id="cycle-histogram" role="img" aria-label="\(lang.t("Orders by cycle time in days", "Заказы по длительности цикла в днях"))">\(bars)\(labels)</svg>
        <p class="muted">\(lang.t("Orders by cycle time, days", "Заказы по длительности цикла, дни"))</p>
        """
    }
}
