import Testing
@testable import OrderCycleCore

@Suite struct StockoutProbabilityTests {
    @Test func meanOfConsumersSharesInPercent() throws {
        // (1/4 + 1/2 + 0/5) / 3 × 100% = 25%.
        let consumers = try [
            ConsumerOrderCounts(total: 4, unsatisfiedFromStock: 1),
            ConsumerOrderCounts(total: 2, unsatisfiedFromStock: 1),
            ConsumerOrderCounts(total: 5, unsatisfiedFromStock: 0),
        ]
        #expect(StockoutProbability.measure(consumers) == .measured(25))
    }

    @Test func oneConsumerIsItsOwnShare() throws {
        #expect(StockoutProbability.measure([try ConsumerOrderCounts(total: 8, unsatisfiedFromStock: 2)]) == .measured(25))
    }

    @Test func everyConsumerWeighsTheSameHoweverManyOrders() throws {
        // (1/100 + 1/1) / 2 = 50.5%, not 2/101.
        let consumers = try [
            ConsumerOrderCounts(total: 100, unsatisfiedFromStock: 1),
            ConsumerOrderCounts(total: 1, unsatisfiedFromStock: 1),
        ]
        #expect(StockoutProbability.measure(consumers) == .measured(50.5))
    }

    @Test func noConsumersIsNoData() {
        #expect(StockoutProbability.measure([]) == .noData)
    }

    @Test func consumerWithoutOrdersIsLeftOut() throws {
        let consumers = try [
            ConsumerOrderCounts(total: 0, unsatisfiedFromStock: 0),
            ConsumerOrderCounts(total: 2, unsatisfiedFromStock: 1),
        ]
        #expect(StockoutProbability.measure(consumers) == .measured(50))
        #expect(StockoutProbability.measure([consumers[0]]) == .noData)
    }

    @Test func moreUnsatisfiedThanOrdersIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "unsatisfiedFromStock", whole: "total")) {
            try ConsumerOrderCounts(total: 2, unsatisfiedFromStock: 3)
        }
    }

    @Test func negativeCountIsRefused() {
        #expect(throws: IndicatorInputError.negative(field: "total")) {
            try ConsumerOrderCounts(total: -1, unsatisfiedFromStock: 0)
        }
    }
}
