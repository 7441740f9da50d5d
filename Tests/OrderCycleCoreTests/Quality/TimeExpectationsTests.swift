import Testing
@testable import OrderCycleCore

@Suite struct TimeExpectationsTests {
    @Test func meanOfCappedConsumerTerms() throws {
        // 6/8 = 0.75, 5/3 capped to 1, 0 actual days scores 1 → 2.75 / 3.
        let consumers = try [
            ConsumerLeadTimes(expectedDays: 6, actualDays: 8),
            ConsumerLeadTimes(expectedDays: 5, actualDays: 3),
            ConsumerLeadTimes(expectedDays: 0, actualDays: 0),
        ]
        let value = try #require(TimeExpectations.measure(consumers).value)
        #expect(abs(value - 2.75 / 3) < 1e-12)
    }

    @Test func beingEarlyEarnsNothingExtra() throws {
        #expect(TimeExpectations.measure([try ConsumerLeadTimes(expectedDays: 10, actualDays: 2)]) == .measured(1))
    }

    @Test func consumerMetAtOnceScoresOne() throws {
        #expect(TimeExpectations.measure([try ConsumerLeadTimes(expectedDays: 3, actualDays: 0)]) == .measured(1))
    }

    @Test func promiseOfNoDaysKeptLateScoresZero() throws {
        #expect(TimeExpectations.measure([try ConsumerLeadTimes(expectedDays: 0, actualDays: 4)]) == .measured(0))
    }

    @Test func noConsumersIsNoData() {
        #expect(TimeExpectations.measure([]) == .noData)
    }

    @Test func negativeDaysAreRefused() {
        #expect(throws: IndicatorInputError.negative(field: "expectedDays")) {
            try ConsumerLeadTimes(expectedDays: -1, actualDays: 2)
        }
    }
}
