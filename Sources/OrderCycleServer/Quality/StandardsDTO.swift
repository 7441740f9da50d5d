import Foundation
import OrderCycleCore
import Vapor

/// Every standard set, the default first, and the segments that follow the default.
struct StandardsListDTO: Content {
    var items: [StandardSetDTO]
    /// Segments that follow the default (no standard of their own).
    var following_default: [FollowingSegment]

    struct FollowingSegment: Content {
        var id: UUID
        var name: String
    }
}

/// What an editor sends to set a segment's standard (the API's body, the standards form).
struct StandardInput: Content, Sendable {
    var segment_id: UUID?
    var indicators: [StandardLine]?
    var weights: [String: Double]?

    /// The standards and weights the input stands for; every invalid field is reported at once,
    /// in the editor's language.
    func validated(lang: Language = .en) throws -> (standards: [QualityIndicator: ServiceStandard], weights: ReliabilityWeights) {
        var v = FieldValidator()
        var standards: [QualityIndicator: ServiceStandard] = [:]
        for (i, line) in (indicators ?? []).enumerated() {
            let field = "indicators[\(i)]"
            let range: ClosedRange<Double> = line.indicator.unit == .percent ? 0...100 : 0...1
            guard range.contains(line.target), range.contains(line.alert_threshold) else {
                let bounds = "\(Int(range.lowerBound))…\(Int(range.upperBound))"
                v.add(field, lang.t("target and alert_threshold must lie in \(bounds)", "цель и порог тревоги должны быть в пределах \(bounds)")); continue
            }
            if standards[line.indicator] != nil {
                v.add(field, lang.t("\(line.indicator.rawValue) is given twice", "\(line.indicator.rawValue) указан дважды")); continue
            }
            do {
                standards[line.indicator] = try ServiceStandard(indicator: line.indicator, target: line.target, alertThreshold: line.alert_threshold)
            } catch {
                v.add(field, line.indicator.direction == .maximise
                      ? lang.t("alert_threshold must not be above target (higher is better)", "порог тревоги не может быть выше цели (чем больше, тем лучше)")
                      : lang.t("alert_threshold must not be below target (lower is better)", "порог тревоги не может быть ниже цели (чем меньше, тем лучше)"))
            }
        }
        var values: [QualityIndicator: Double] = [:]
        for (name, weight) in weights ?? [:] {
            guard let indicator = QualityIndicator(rawValue: name), QualityIndicator.reliabilityComponents.contains(indicator) else {
                v.add("weights.\(name)", lang.t("is not a component of reliability", "не входит в надёжность")); continue
            }
            guard weight.isFinite, weight >= 0, weight <= 1000 else {
                v.add("weights.\(name)", lang.t("must be a number from 0 to 1000", "должен быть числом от 0 до 1000")); continue
            }
            values[indicator] = weight
        }
        if !values.isEmpty, QualityIndicator.reliabilityComponents.allSatisfy({ (values[$0] ?? 1) == 0 }) {
            v.add("weights", lang.t("at least one weight must be above 0", "хотя бы один вес должен быть больше 0"))
        }
        try v.check()
        var json = WeightsJSON(.equal)
        for (indicator, weight) in values { json.values[indicator] = weight }
        return (standards, try json.weights())
    }
}
