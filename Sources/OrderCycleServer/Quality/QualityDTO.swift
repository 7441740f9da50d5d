import Foundation
import OrderCycleCore
import Vapor

/// The dashboard as the API and the JSON export give it.
struct QualityDashboardDTO: Content {
    struct Period: Content {
        var kind: QualityPeriod.Kind
        var label: String
        var from: CalendarDay
        var to: CalendarDay
    }

    struct Indicator: Content {
        var indicator: QualityIndicator
        var symbol: String
        var name: String
        /// A number, or null for no data.
        var value: IndicatorValue
        var unit: IndicatorUnit
        var direction: TargetDirection
        var target: Double?
        var alert_threshold: Double?
        var status: StandardStatus?
        /// One value per trend period, oldest first.
        var trend: [IndicatorValue]
        /// When the value is null: which inputs the period did not record.
        var no_data_reason: String?
        /// For R: the components it was computed from (those with data), weights renormalised over them.
        var components: [QualityIndicator]?
    }

    struct Cycle: Content {
        var orders: Int
        var mean_seconds: Double?
        var interruption_share: Double?
        /// When the interruption share is null although cycles completed: why.
        var interruption_no_data_reason: String?
    }

    struct Group: Content {
        var key: String
        var label: String
        var standard_id: UUID
        var consumers: Int
        var orders: Int
        var indicators: [Indicator]
        var cycle: Cycle
        /// η and F come from the group's service requests.
        var service_requests: Bool
    }

    struct StageRow: Content {
        var stage: Stage
        var orders: Int
        var mean_seconds: Double?
        var mean_share: Double?
    }

    var period: Period
    var grouping: QualityGrouping
    var key: String?
    var trend_periods: [String]
    var total: Group
    @EncodedConcurrently var groups: [Group]
    var stages: [StageRow]
    var bottleneck: Stage?

    init(_ report: QualityReport, lang: Language) {
        period = Period(kind: report.period.kind, label: report.period.label, from: report.period.first, to: report.period.last)
        grouping = report.grouping
        key = report.restriction.key
        trend_periods = report.trendPeriods.map(\.label)
        total = Self.group(report.total, lang: lang)
        groups = report.groups.map { Self.group($0, lang: lang) }
        stages = report.stages.map { StageRow(stage: $0.stage, orders: $0.orders, mean_seconds: $0.meanSeconds, mean_share: $0.meanShare) }
        bottleneck = report.bottleneck
    }

    static func group(_ figures: GroupFigures, lang: Language) -> Group {
        Group(
            key: figures.key, label: figures.label, standard_id: figures.standard.id, consumers: figures.consumers, orders: figures.orders,
            indicators: QualityIndicator.allCases.map { indicator in
                let standard = figures.standard.standard(indicator)
                let value = figures.values[indicator] ?? .noData
                return Indicator(
                    indicator: indicator, symbol: indicator.symbol, name: indicator.name(lang), value: value,
                    unit: indicator.unit, direction: indicator.direction, target: standard?.target,
                    alert_threshold: standard?.alertThreshold, status: figures.status(indicator), trend: figures.trend[indicator] ?? [],
                    no_data_reason: value.isNoData ? QualityNoData.reason(indicator, lang: lang, serviceRequests: figures.fromServiceRequests) : nil,
                    components: indicator == .serviceReliability ? QualityNoData.reliabilityComponents(figures.values, weights: figures.standard.weights) : nil)
            },
            cycle: Cycle(orders: figures.cycle.orders, mean_seconds: figures.cycle.meanSeconds, interruption_share: figures.cycle.interruptionShare,
                         interruption_no_data_reason: figures.cycle.interruptionShare == nil && figures.cycle.orders > 0 ? QualityNoData.interruptions(lang: lang) : nil),
            service_requests: figures.fromServiceRequests)
    }
}

/// A service standard set as the API shows it.
struct StandardSetDTO: Content {
    var id: UUID
    var version: Int
    /// Absent for the company's default.
    var segment_id: UUID?
    var segment_name: String?
    var indicators: [StandardLine]
    var weights: WeightsJSON
    var updated_at: Date

    init(_ set: StandardSet, segmentName: String?) {
        id = set.id
        version = set.version
        segment_id = set.segmentID
        segment_name = segmentName
        indicators = QualityIndicator.allCases.compactMap { set.standards[$0] }.map(StandardLine.init)
        weights = WeightsJSON(set.weights)
        updated_at = set.updatedAt
    }
}
