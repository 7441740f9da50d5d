import Testing
@testable import OrderCycleCore

@Suite struct FlexibilityTests {
    @Test func shareOfSatisfiedRequests() throws {
        #expect(Flexibility.measure(try RequestCounts(total: 20, satisfied: 19)) == .measured(0.95))
    }

    @Test func noRequestsIsNoData() throws {
        #expect(Flexibility.measure(try RequestCounts(total: 0, satisfied: 0)) == .noData)
    }

    @Test func moreSatisfiedThanRequestsIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "satisfied", whole: "total")) {
            try RequestCounts(total: 1, satisfied: 2)
        }
    }
}

@Suite struct ServiceDeficiencyTests {
    @Test func shareOfOrdersWithAClaim() throws {
        #expect(ServiceDeficiency.measure(try ClaimCounts(total: 40, withClaim: 3)) == .measured(0.075))
    }

    @Test func nothingInThePeriodIsNoData() throws {
        #expect(ServiceDeficiency.measure(try ClaimCounts(total: 0, withClaim: 0)) == .noData)
    }

    @Test func moreClaimedThanOrdersIsRefused() {
        #expect(throws: IndicatorInputError.partExceedsWhole(part: "withClaim", whole: "total")) {
            try ClaimCounts(total: 1, withClaim: 2)
        }
    }
}
