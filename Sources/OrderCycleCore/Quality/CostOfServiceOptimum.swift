/// A point of a curve over the service level: the cost (or loss) at that level.
public struct LevelPoint: Hashable, Sendable, Codable {
    public var level: Double
    public var amount: Double

    public init(level: Double, amount: Double) {
        self.level = level
        self.amount = amount
    }
}

/// Which of the two entered curves a problem is in.
public enum CostCurve: String, Hashable, Sendable, Codable {
    /// Cost of service.
    case cost
    /// Losses from poor service.
    case loss
}

/// Why the optimum could not be found.
public enum CostOfServiceError: Error, Hashable, Sendable {
    /// A curve needs at least two points to be interpolated.
    case tooFewPoints(CostCurve)
    /// A level or amount is NaN or infinite.
    case notFinite(CostCurve)
    /// Two points of one curve share a level, so the curve has no single value there.
    case duplicateLevel(CostCurve, level: Double)
    /// The two curves' level ranges do not meet, so their sum is defined nowhere.
    case noCommonRange
}

/// The three curves at one service level.
public struct CostOfServiceSample: Hashable, Sendable, Codable {
    public let level: Double
    public let cost: Double
    public let loss: Double
    /// `cost + loss`.
    public let total: Double
}

/// The service level at which cost of service plus losses from poor service is lowest
/// (DOMAIN §4.3).
///
/// **Decision** (DOMAIN §4.3): both curves are entered as points and interpolated piecewise
/// linearly. Linear pieces never overshoot their end points, so a curve entered monotone (cost
/// rising, losses falling) stays monotone; the points are not required to be. The curves are
/// sampled at the union of both curves' levels within their common range. Between two such
/// levels the total is linear, so its minimum over the whole range lies at one of the samples:
/// the optimum found is exact, not an approximation. Equal totals go to the lower level — the
/// same result for less service.
public struct CostOfServiceOptimum: Hashable, Sendable, Codable {
    /// The three curves at every sampled level, ascending; drawn as straight segments between
    /// samples they are the interpolated curves exactly.
    public let samples: [CostOfServiceSample]
    /// The sample with the lowest total.
    public let optimum: CostOfServiceSample

    public init(cost: [LevelPoint], loss: [LevelPoint]) throws(CostOfServiceError) {
        let costCurve = try Self.validated(cost, .cost)
        let lossCurve = try Self.validated(loss, .loss)
        let low = max(costCurve[0].level, lossCurve[0].level)
        let high = min(costCurve[costCurve.count - 1].level, lossCurve[lossCurve.count - 1].level)
        guard low <= high else { throw .noCommonRange }

        let levels = Set((costCurve + lossCurve).map(\.level).filter { $0 >= low && $0 <= high }).sorted()
        samples = levels.map { level in
            let cost = Self.interpolate(costCurve, at: level)
            let loss = Self.interpolate(lossCurve, at: level)
            return CostOfServiceSample(level: level, cost: cost, loss: loss, total: cost + loss)
        }
        // Strict "<" keeps the first, i.e. lowest, level among equal totals.
        var best = samples[0]
        for sample in samples.dropFirst() where sample.total < best.total {
            best = sample
        }
        optimum = best
    }

    private static func validated(_ points: [LevelPoint], _ curve: CostCurve) throws(CostOfServiceError) -> [LevelPoint] {
        guard points.count >= 2 else { throw .tooFewPoints(curve) }
        guard points.allSatisfy({ $0.level.isFinite && $0.amount.isFinite }) else { throw .notFinite(curve) }
        let sorted = points.sorted { $0.level < $1.level }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.level == next.level {
            throw .duplicateLevel(curve, level: next.level)
        }
        return sorted
    }

    /// The curve's value at `level`, which lies within its range.
    private static func interpolate(_ curve: [LevelPoint], at level: Double) -> Double {
        guard let upper = curve.firstIndex(where: { $0.level >= level }) else { return curve[curve.count - 1].amount }
        let right = curve[upper]
        if right.level == level || upper == 0 { return right.amount }
        let left = curve[upper - 1]
        let fraction = (level - left.level) / (right.level - left.level)
        return left.amount + fraction * (right.amount - left.amount)
    }
}
