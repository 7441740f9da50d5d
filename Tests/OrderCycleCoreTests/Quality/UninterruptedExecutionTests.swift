import Testing
@testable import OrderCycleCore

@Suite struct UninterruptedExecutionTests {
    @Test func meanOfConsumersOnTimeShares() throws {
        // (3/4 + 2/2) / 2 = 0.875; the consumer with nothing fulfilled yet is left out.
        let consumers = try [
            ConsumerFulfilledOrders(fulfilled: 4, onTime: 3),
            ConsumerFulfilledOrders(fulfilled: 2, onTime: 2),
            ConsumerFulfilledOrders(fulfilled: 0, onTime: 0),
        ]
        #expect(UninterruptedExecution.measure(consumers) == .measured(0.875))
    }

    @Test func noFulfilledOrdersIsNoData() throws {
        #expect(UninterruptedExecution.measure([]) == .noData)
        #expect(UninterruptedExecution.measure([try ConsumerFulfilledOrders(fulfilled: 0, onTime: 0)]) == .noData)
    }

    @Test func moreOnTimeThanFulfilledIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "onTime", whole: "fulfilled")) {
            try ConsumerFulfilledOrders(fulfilled: 1, onTime: 2)
        }
    }
}
