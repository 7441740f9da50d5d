import Testing
@testable import OrderCycleCore

@Suite struct ServiceLevelTests {
    @Test func levelByCountAndByTimeFromAggregates() throws {
        let level = try ServiceLevel(provided: 3, possible: 4, providedNormTime: 5, possibleNormTime: 8)
        #expect(level.byCount == .measured(0.75))
        #expect(level.byTime == .measured(0.625))
    }

    @Test func levelFromServicesWeighsEachByItsNorm() throws {
        // Possible: a (1 h), b (2 h), c (5 h); provided a and c → by count 2/3, by time 6/8.
        let level = try ServiceLevel(possibleNorms: ["a": 1, "b": 2, "c": 5], provided: ["a", "c"])
        #expect(level.byCount == .measured(2.0 / 3.0))
        #expect(level.byTime == .measured(0.75))
    }

    @Test func servicesOutsideThePossibleOnesDoNotCount() throws {
        let level = try ServiceLevel(possibleNorms: ["a": 1, "b": 1], provided: ["a", "special"])
        #expect(level.byCount == .measured(0.5))
    }

    @Test func noPossibleServicesIsNoData() throws {
        let level = try ServiceLevel(possibleNorms: [String: Double](), provided: [])
        #expect(level.byCount == .noData)
        #expect(level.byTime == .noData)
    }

    @Test func possibleNormsSummingToZeroGiveNoDataByTimeOnly() throws {
        let level = try ServiceLevel(possibleNorms: ["a": 0], provided: ["a"])
        #expect(level.byCount == .measured(1))
        #expect(level.byTime == .noData)
    }

    @Test func moreProvidedThanPossibleIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "provided", whole: "possible")) {
            try ServiceLevel(provided: 5, possible: 4, providedNormTime: 1, possibleNormTime: 2)
        }
    }

    @Test func negativeNormIsRefused() {
        #expect(throws: IndicatorInputError.negative(field: "norm")) {
            try ServiceLevel(possibleNorms: ["a": -1], provided: [])
        }
    }
}
