import Testing
@testable import OrderCycleCore

@Suite struct OrderCoverageTests {
    @Test func shareOfOrderedKindsInTheRange() {
        // H ∩ K = {b, c}: 2 of 4; the range's extra kind x does not count.
        let coverage = OrderCoverage.measure(ordered: ["a", "b", "c", "d"], range: ["b", "c", "x"])
        #expect(coverage == .measured(0.5))
    }

    @Test func nothingOrderedIsNoData() throws {
        #expect(OrderCoverage.measure(ordered: Set<String>(), range: ["a"]) == .noData)
        #expect(OrderCoverage.measure(try OrderedKindCounts(ordered: 0, inRange: 0)) == .noData)
    }

    @Test func fromAggregatedCounts() throws {
        #expect(OrderCoverage.measure(try OrderedKindCounts(ordered: 8, inRange: 6)) == .measured(0.75))
    }

    @Test func moreInRangeThanOrderedIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "inRange", whole: "ordered")) {
            try OrderedKindCounts(ordered: 2, inRange: 3)
        }
    }
}
