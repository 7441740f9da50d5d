import Testing
@testable import OrderCycleCore

@Suite struct OrderOutcomeTests {
    private let orders = [
        OrderOutcome(onTime: true, inFull: true),
        OrderOutcome(onTime: true, inFull: true, claimed: true),
        OrderOutcome(onTime: true, inFull: false),
        OrderOutcome(onTime: false, inFull: true),
    ]

    @Test func otifIsTheShareOnTimeAndInFull() {
        #expect(OTIF.measure(orders) == .measured(0.5))
    }

    @Test func perfectOrderAlsoRequiresNoClaim() {
        #expect(PerfectOrder.measure(orders) == .measured(0.25))
    }

    @Test func countsTallyTheOutcomes() throws {
        #expect(OrderOutcomeCounts(orders) == (try OrderOutcomeCounts(total: 4, onTimeInFull: 2, perfect: 1)))
    }

    @Test func noFulfilledOrdersIsNoData() throws {
        #expect(OTIF.measure([]) == .noData)
        #expect(PerfectOrder.measure(try OrderOutcomeCounts(total: 0, onTimeInFull: 0, perfect: 0)) == .noData)
    }

    @Test func morePerfectThanOnTimeInFullIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "perfect", whole: "onTimeInFull")) {
            try OrderOutcomeCounts(total: 5, onTimeInFull: 2, perfect: 3)
        }
    }
}
