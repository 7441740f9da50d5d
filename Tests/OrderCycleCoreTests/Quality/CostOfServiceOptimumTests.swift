import Testing
@testable import OrderCycleCore

@Suite struct CostOfServiceOptimumTests {
    private func points(_ pairs: [(Double, Double)]) -> [LevelPoint] {
        pairs.map { LevelPoint(level: $0.0, amount: $0.1) }
    }

    @Test func optimumIsTheLevelWithTheLowestTotal() throws {
        // Common range 60…100, sampled at 60, 80, 90, 95, 100.
        // cost:  13.33, 20, 46.67, 60, 150;  loss: 100, 40, 10, 5, 0.
        let result = try CostOfServiceOptimum(
            cost: points([(50, 10), (80, 20), (95, 60), (100, 150)]),
            loss: points([(60, 100), (90, 10), (100, 0)])
        )
        #expect(result.samples.map(\.level) == [60, 80, 90, 95, 100])
        #expect(result.optimum.level == 90)
        #expect(abs(result.optimum.cost - 140.0 / 3) < 1e-9)
        #expect(result.optimum.loss == 10)
        #expect(abs(result.samples[0].cost - 40.0 / 3) < 1e-9)
        #expect(abs(result.samples[1].loss - 40) < 1e-9)
        #expect(result.samples.allSatisfy { $0.total == $0.cost + $0.loss })
    }

    @Test func equalTotalsGoToTheLowerLevel() throws {
        // Totals 20, 20, 30.
        let result = try CostOfServiceOptimum(
            cost: points([(0, 0), (10, 10), (20, 30)]),
            loss: points([(0, 20), (10, 10), (20, 0)])
        )
        #expect(result.optimum.level == 0)
    }

    @Test func pointsMayBeEnteredInAnyOrder() throws {
        let result = try CostOfServiceOptimum(
            cost: points([(20, 30), (0, 0), (10, 10)]),
            loss: points([(20, 0), (10, 5), (0, 20)])
        )
        #expect(result.samples.map(\.level) == [0, 10, 20])
        #expect(result.optimum.level == 10)
    }

    @Test func rangesTouchingAtOneLevelGiveOneSample() throws {
        let result = try CostOfServiceOptimum(cost: points([(0, 1), (10, 2)]), loss: points([(10, 5), (20, 0)]))
        #expect(result.samples.count == 1)
        #expect(result.optimum.total == 7)
    }

    @Test func fewerThanTwoPointsIsRefused() {
        #expect(throws: CostOfServiceError.tooFewPoints(.cost)) {
            try CostOfServiceOptimum(cost: points([(50, 10)]), loss: points([(0, 1), (100, 0)]))
        }
        #expect(throws: CostOfServiceError.tooFewPoints(.loss)) {
            try CostOfServiceOptimum(cost: points([(0, 1), (100, 5)]), loss: [])
        }
    }

    @Test func twoPointsAtOneLevelAreRefused() {
        #expect(throws: CostOfServiceError.duplicateLevel(.loss, level: 50)) {
            try CostOfServiceOptimum(cost: points([(0, 1), (100, 5)]), loss: points([(50, 3), (0, 9), (50, 4)]))
        }
    }

    @Test func nonFiniteValuesAreRefused() {
        #expect(throws: CostOfServiceError.notFinite(.cost)) {
            try CostOfServiceOptimum(cost: points([(0, .nan), (100, 5)]), loss: points([(0, 9), (100, 0)]))
        }
    }

    @Test func curvesThatDoNotMeetAreRefused() {
        #expect(throws: CostOfServiceError.noCommonRange) {
            try CostOfServiceOptimum(cost: points([(0, 1), (10, 5)]), loss: points([(20, 9), (30, 0)]))
        }
    }

    @Test func noLevelInTheRangeBeatsTheOptimumOnRandomCurves() throws {
        var random = SeededRandom(seed: 43)
        for _ in 0..<200 {
            func curve() -> [LevelPoint] {
                let levels = Set((0..<Int.random(in: 2...6, using: &random)).map { _ in Double(Int.random(in: 0...100, using: &random)) })
                return levels.map { LevelPoint(level: $0, amount: Double.random(in: 0...100, using: &random)) }
            }
            let cost = curve(), loss = curve()
            guard cost.count >= 2, loss.count >= 2,
                  let result = try? CostOfServiceOptimum(cost: cost, loss: loss) else { continue }
            let low = result.samples[0].level, high = result.samples[result.samples.count - 1].level
            for step in 0...400 {
                let level = low + (high - low) * Double(step) / 400
                let total = interpolate(cost, level) + interpolate(loss, level)
                #expect(total >= result.optimum.total - 1e-9)
            }
        }
    }

    /// A plain re-statement of linear interpolation, to check the type against.
    private func interpolate(_ points: [LevelPoint], _ level: Double) -> Double {
        let sorted = points.sorted { $0.level < $1.level }
        for (left, right) in zip(sorted, sorted.dropFirst()) where left.level <= level && level <= right.level {
            return left.amount + (level - left.level) / (right.level - left.level) * (right.amount - left.amount)
        }
        return sorted.last!.amount
    }
}
