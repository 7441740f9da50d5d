import Testing
@testable import OrderCycleCore

@Suite struct OrderMeasureTests {
    private static let received = CalendarDay(iso: "2026-03-10")!

    private func tally(_ facts: OrderFacts, dueBy: CalendarDay? = nil) -> [OrderMeasure: Int] {
        let tally = OrderTally(facts, dueBy: dueBy)
        return Dictionary(uniqueKeysWithValues: OrderMeasure.allCases.map { ($0, tally[$0]) }.filter { $0.1 != 0 })
    }

    /// The names are the stored roll-up columns: renaming one is a migration, not a refactor.
    @Test func theMeasuresAreNamedAsTheRollUpColumns() {
        #expect(OrderMeasure.columns == ["orders", "placed", "unsatisfied", "fulfilled", "on_time", "otif", "perfect", "expected_days",
                                         "actual_days", "claimed", "possible", "provided", "possible_norm", "provided_norm", "cycles",
                                         "cycle_seconds", "interruption_seconds", "measurable"])
        #expect(LineMeasure.columns == ["lines"])
        #expect(StageMeasure.columns == ["orders", "seconds", "share_units"])
        #expect(RequestMeasure.columns == ["decided", "satisfied"])
    }

    @Test func aReceivedOrderWithoutPromiseCountsOnlyAsAnOrder() {
        #expect(tally(OrderFacts(status: .received, receivedDay: Self.received)) == [.orders: 1])
    }

    @Test func aPlacedOrderShortOfStockCountsForStockout() {
        let facts = OrderFacts(status: .placed, receivedDay: Self.received, isPlaced: true, unsatisfiedFromStock: true)
        #expect(tally(facts) == [.orders: 1, .placed: 1, .unsatisfied: 1])
        // short of stock but never placed: stock was not asked
        #expect(tally(OrderFacts(status: .received, receivedDay: Self.received, unsatisfiedFromStock: true)) == [.orders: 1])
    }

    @Test func anOrderDeliveredOnTimeInFullWithoutClaimIsPerfect() {
        let facts = OrderFacts(status: .accepted, receivedDay: Self.received, promisedDay: Self.received.adding(days: 3), isPlaced: true,
                               reachedDay: Self.received.adding(days: 2), onTime: true, inFull: true, expectedDays: 3, actualDays: 2)
        #expect(tally(facts) == [.orders: 1, .placed: 1, .fulfilled: 1, .onTime: 1, .onTimeInFull: 1, .perfect: 1, .expectedDays: 3,
                                 .actualDays: 2, .possible: 1, .provided: 1, .possibleNormDays: 3, .providedNormDays: 3])
    }

    @Test func aClaimTakesOnlyPerfectAway() {
        var facts = OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: Self.received.adding(days: 3),
                               reachedDay: Self.received.adding(days: 3), onTime: true, inFull: true, claims: 2)
        #expect(tally(facts)[.onTimeInFull] == 1)
        #expect(tally(facts)[.perfect] == nil)
        #expect(tally(facts)[.claimed] == 1)
        facts.inFull = nil
        #expect(tally(facts)[.onTimeInFull] == nil, "completeness not recorded is not in full")
    }

    @Test func aLateOrderIsFulfilledButNotOnTime() {
        let facts = OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: Self.received.adding(days: 1),
                               reachedDay: Self.received.adding(days: 4), onTime: false, inFull: true, expectedDays: 1, actualDays: 4)
        let t = tally(facts)
        #expect(t[.fulfilled] == 1 && t[.onTime] == nil && t[.onTimeInFull] == nil && t[.perfect] == nil)
        #expect(t[.expectedDays] == 1 && t[.actualDays] == 4)
    }

    /// Delivered without a promise: nothing to be on time against, so no denominator counts it.
    @Test func anOrderDeliveredWithoutPromiseCountsInNoFulfilmentFigure() {
        let facts = OrderFacts(status: .delivered, receivedDay: Self.received, reachedDay: Self.received.adding(days: 4),
                               inFull: true, expectedDays: 9, actualDays: 4)
        #expect(tally(facts) == [.orders: 1])
    }

    @Test func aCancelledPromiseIsNotPossible() {
        let facts = OrderFacts(status: .cancelled, receivedDay: Self.received, promisedDay: Self.received.adding(days: 5))
        #expect(tally(facts) == [.orders: 1])
    }

    @Test func theNormIsAtLeastOneDay() {
        let sameDay = OrderFacts(status: .received, receivedDay: Self.received, promisedDay: Self.received)
        #expect(tally(sameDay) == [.orders: 1, .possible: 1, .possibleNormDays: 1])
        let before = OrderFacts(status: .received, receivedDay: Self.received, promisedDay: Self.received.adding(days: -2))
        #expect(tally(before)[.possibleNormDays] == 1)
    }

    @Test func onlyPromisesDueCountWhenADayIsGiven() {
        let promised = Self.received.adding(days: 5)
        let facts = OrderFacts(status: .dispatched, receivedDay: Self.received, promisedDay: promised, reachedDay: Self.received.adding(days: 1))
        #expect(tally(facts, dueBy: promised)[.provided] == 1)
        #expect(tally(facts, dueBy: promised.adding(days: -1)) == [.orders: 1])
    }

    @Test func cycleFiguresNeedACompleteCycle() {
        var facts = OrderFacts(status: .delivered, receivedDay: Self.received, interruptionSeconds: 600)
        #expect(tally(facts) == [.orders: 1], "interruptions of an incomplete cycle count nowhere")
        facts.cycleSeconds = 0
        #expect(tally(facts) == [.orders: 1, .cycles: 1, .interruptionSeconds: 600], "a zero cycle has no stage shares")
        facts.cycleSeconds = 7_200
        facts.interruptionSeconds = nil
        #expect(tally(facts) == [.orders: 1, .cycles: 1, .cycleSeconds: 7_200, .measurableCycles: 1])
    }

    @Test func talliesAddUpAndFeedTheOutcomeCounts() throws {
        let promised = Self.received.adding(days: 2)
        let orders = [
            OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: promised, onTime: true, inFull: true),
            OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: promised, onTime: true, inFull: true, claims: 1),
            OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: promised, onTime: true, inFull: false),
            OrderFacts(status: .delivered, receivedDay: Self.received, promisedDay: promised, onTime: false, inFull: true),
            OrderFacts(status: .received, receivedDay: Self.received, promisedDay: promised),
        ]
        let sum = orders.map { OrderTally($0) }.reduce(OrderTally(), +)
        #expect(sum[.orders] == 5)
        #expect(try OrderOutcomeCounts(sum) == OrderOutcomeCounts(orders.compactMap(\.outcome)))
        #expect(OTIF.measure(try OrderOutcomeCounts(sum)) == .measured(0.5))
        #expect(OrderTally().isZero)
    }

    @Test func aStageCountsItsShareOfACompleteCycle() {
        #expect(StageMeasure.counts(skipped: false, seconds: 3_600, cycleSeconds: 14_400))
        #expect(!StageMeasure.counts(skipped: true, seconds: 3_600, cycleSeconds: 14_400))
        #expect(!StageMeasure.counts(skipped: false, seconds: nil, cycleSeconds: 14_400))
        #expect(!StageMeasure.counts(skipped: false, seconds: 3_600, cycleSeconds: nil))
        let tally = QualityTally<StageMeasure> { $0.contribution(seconds: 3_600, cycleSeconds: 14_400) }
        #expect(tally.values == [1, 3_600, StageMeasure.shareScale / 4])
        #expect(QualityTally<StageMeasure> { $0.contribution(seconds: 0, cycleSeconds: 0) }.values == [1, 0, 0])
    }

    @Test func aRequestCountsOnceDecidedAndAsSatisfiedWhenItWas() {
        #expect(QualityTally<RequestMeasure> { $0.contribution(satisfied: true) }.values == [1, 1])
        #expect(QualityTally<RequestMeasure> { $0.contribution(satisfied: false) }.values == [1, 0])
    }
}
