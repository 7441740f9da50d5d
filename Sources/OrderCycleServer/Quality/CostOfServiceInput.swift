import Foundation
import OrderCycleCore
import Vapor

/// The analyst's points of the two curves of DOMAIN §4.3, checked and handed to the core's
/// `CostOfServiceOptimum`; its refusals become field errors.
enum CostOfServiceInput {
    static func optimum(cost: [LevelPoint], loss: [LevelPoint], lang: Language = .en) throws -> CostOfServiceOptimum {
        do {
            return try CostOfServiceOptimum(cost: cost, loss: loss)
        } catch {
            switch error {
            case .tooFewPoints(let curve): throw Problem.field(curve.rawValue, lang.t("needs at least two points", "нужно не меньше двух точек"))
            case .notFinite(let curve):
                throw Problem.field(curve.rawValue, lang.t("levels and amounts must be finite numbers", "уровни и суммы должны быть конечными числами"))
            case .duplicateLevel(let curve, let level):
                throw Problem.field(curve.rawValue, lang.t("has two points at level \(level)", "две точки на уровне \(level)"))
            case .noCommonRange:
                throw Problem.field("loss", lang.t("its levels do not overlap the levels of the cost curve", "её уровни не пересекаются с уровнями кривой затрат"))
            }
        }
    }

    /// Points written one a line as `level amount` (or `level;amount`, `level,amount` with a
    /// decimal point); `nil` with the number of the first unreadable line.
    static func parse(_ text: String) -> Result<[LevelPoint], LineError> {
        var points: [LevelPoint] = []
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\t" || $0 == "," }).map(String.init)
            guard parts.count == 2, let level = Double(parts[0]), let amount = Double(parts[1]), level.isFinite, amount.isFinite else {
                return .failure(LineError(line: index + 1))
            }
            points.append(LevelPoint(level: level, amount: amount))
        }
        return .success(points)
    }

    struct LineError: Error { var line: Int }

    static func text(_ points: [LevelPoint]) -> String {
        points.map { "\(format($0.level)) \(format($0.amount))" }.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }
}

/// One period's service level and losses from poor service, as found in the data.
struct LossPoint: Content {
    var period: String
    /// η by count, percent; absent when no promise fell due.
    var level: Double?
    /// Value of the orders with a claim plus the value of the cancelled (lost) orders, in
    /// major currency units.
    var loss: Double
}

/// Losses from poor service estimated from the data (DOMAIN §4.3 "or the system estimates from
/// data"): for each of the trend's periods, the service level η by count against the value of
/// the orders that drew a claim or were lost (cancelled). Periods at the same level are
/// averaged, so the points form a curve.
enum LossEstimate {
    static func build(_ req: Request, _ parameters: QualityParameters) async throws -> (points: [LevelPoint], periods: [LossPoint]) {
        let periods = parameters.period.trend(12)
        let kind: QualityPeriod.Kind = parameters.period.kind == .custom ? .month : parameters.period.kind
        var byBucket: [String: (loss: Double, level: Double?)] = [:]
        for row in try await CostOfServiceQueries.losses(kind: kind, from: periods[0].first, through: periods[periods.count - 1].last,
                                                          today: parameters.today, selection: parameters.selection, on: req.db) {
            byBucket[row.bucket] = (Double(row.lost_minor) / 100, row.possible > 0 ? Double(row.provided) / Double(row.possible) * 100 : nil)
        }
        let lossPoints = periods.map { period in
            LossPoint(period: period.label, level: byBucket[period.label]?.level, loss: byBucket[period.label]?.loss ?? 0)
        }
        var atLevel: [Double: [Double]] = [:]
        for point in lossPoints { if let level = point.level { atLevel[(level * 100).rounded() / 100, default: []].append(point.loss) } }
        let points = atLevel.sorted { $0.key < $1.key }.map { level, amounts in LevelPoint(level: level, amount: amounts.reduce(0, +) / Double(amounts.count)) }
        return (points, lossPoints)
    }
}
