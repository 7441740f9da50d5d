import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct CycleDurationTests {
    /// 2024-03-04 08:00:00 UTC; every moment below is a number of hours after it.
    private static let origin = Date(timeIntervalSince1970: 1_709_539_200)

    private func hour(_ hours: Double) -> Date {
        Self.origin.addingTimeInterval(hours * 3600)
    }

    private func stage(_ stage: Stage, _ start: Double, _ end: Double?) -> StageInterval {
        StageInterval(stage: stage, start: hour(start), end: end.map(hour))
    }

    private func seller(
        received: Double = 0, delivered: Double? = 100, asOf: Double = 500, _ stages: [StageInterval]
    ) throws -> SellerCycle {
        let milestones = OrderMilestones(receivedAt: hour(received), deliveredAt: delivered.map(hour))
        return try #require(try CycleDuration(milestones: milestones, stages: stages, asOf: hour(asOf)).seller)
    }

    @Test func sellerCycleRunsFromReceivedToDelivered() throws {
        let cycle = try seller(received: 2, delivered: 50, [])
        #expect(cycle.cycle == 48 * 3600)
        #expect(cycle.isComplete)
        #expect(cycle.receivedAt == hour(2))
        #expect(cycle.endsAt == hour(50))
    }

    @Test func buyerCycleRunsFromSentToAccepted() throws {
        let milestones = OrderMilestones(sentAt: hour(-3), receivedAt: hour(0), deliveredAt: hour(40), acceptedAt: hour(45))
        let buyer = try #require(try CycleDuration(milestones: milestones, stages: [], asOf: hour(500)).buyer)
        #expect(buyer.cycle == 48 * 3600)
        #expect(buyer.isComplete)
    }

    @Test func gapsBetweenSequentialStagesAreInterruptions() throws {
        // Σ = 2 + 15 + 40 + 30 = 87 h; gaps 2–5, 60–70 = 13 h.
        let cycle = try seller([
            stage(.receipt, 0, 2), stage(.materials, 5, 20), stage(.production, 20, 60), stage(.delivery, 70, 100),
        ])
        #expect(cycle.stagesSum == 87 * 3600)
        #expect(cycle.overlap == 0)
        #expect(cycle.interruptions == 13 * 3600)
        #expect(cycle.cycle == cycle.stagesSum - cycle.overlap + cycle.interruptions)
    }

    @Test func overlappingStagesAreCountedOnceAndReportedAsOverlap() throws {
        // Σ = 10 + 25 + 15 + 50 + 10 = 110 h over a fully covered 100 h window.
        let cycle = try seller([
            stage(.receipt, 0, 10), stage(.materials, 5, 30), stage(.launchPreparation, 25, 40),
            stage(.production, 40, 90), stage(.delivery, 90, 100),
        ])
        #expect(cycle.stagesSum == 110 * 3600)
        #expect(cycle.overlap == 10 * 3600)
        #expect(cycle.interruptions == 0)
    }

    @Test func stageInsideAnotherIsWhollyOverlap() throws {
        let cycle = try seller([stage(.production, 0, 100), stage(.materials, 20, 30)])
        #expect(cycle.overlap == 10 * 3600)
        #expect(cycle.interruptions == 0)
    }

    @Test func stageDurationsAreListedInCycleOrder() throws {
        let cycle = try seller([stage(.delivery, 80, 100), stage(.receipt, 0, 4), stage(.production, 10, 80)])
        #expect(cycle.stages.map(\.stage) == [.receipt, .production, .delivery])
        #expect(cycle.stages.map(\.seconds) == [4 * 3600, 70 * 3600, 20 * 3600])
    }

    @Test func skippedStagesAreAbsentAndContributeNothing() throws {
        let cycle = try seller([stage(.receipt, 0, 4), stage(.delivery, 10, 100)])
        #expect(cycle.seconds(of: .technicalPreparation) == nil)
        #expect(cycle.seconds(of: .production) == nil)
        #expect(cycle.stagesSum == 94 * 3600)
        #expect(cycle.interruptions == 6 * 3600)
    }

    @Test func zeroLengthStageHappenedAndTookNoTime() throws {
        let cycle = try seller([stage(.technicalPreparation, 10, 10)])
        #expect(cycle.seconds(of: .technicalPreparation) == 0)
        #expect(cycle.interruptions == cycle.cycle)
    }

    @Test func noStagesMakeTheWholeCycleInterruption() throws {
        let cycle = try seller([])
        #expect(cycle.stages.isEmpty)
        #expect(cycle.interruptions == 100 * 3600)
    }

    @Test func stageTimeOutsideTheCycleIsClippedAndReportedApart() throws {
        let cycle = try seller([stage(.materials, -10, 10), stage(.delivery, 90, 120)])
        let materials = try #require(cycle.stages.first { $0.stage == .materials })
        let delivery = try #require(cycle.stages.first { $0.stage == .delivery })
        #expect(materials.seconds == 10 * 3600)
        #expect(materials.outsideCycleSeconds == 10 * 3600)
        #expect(delivery.seconds == 10 * 3600)
        #expect(delivery.outsideCycleSeconds == 20 * 3600)
        #expect(cycle.interruptions == 80 * 3600)
    }

    @Test func stageWhollyOutsideTheCycleTakesNoCycleTime() throws {
        let cycle = try seller([stage(.materials, -30, -5)])
        #expect(cycle.seconds(of: .materials) == 0)
        #expect(cycle.stages.first?.outsideCycleSeconds == 25 * 3600)
        #expect(cycle.interruptions == cycle.cycle)
    }

    @Test func stillOpenStageOfUndeliveredOrderRunsUpToAsOf() throws {
        let cycle = try seller(delivered: nil, asOf: 50, [stage(.receipt, 0, 5), stage(.production, 20, nil)])
        #expect(!cycle.isComplete)
        #expect(cycle.endsAt == hour(50))
        #expect(cycle.cycle == 50 * 3600)
        let production = try #require(cycle.stages.first { $0.stage == .production })
        #expect(production.isOpen)
        #expect(production.seconds == 30 * 3600)
        #expect(cycle.interruptions == 15 * 3600)
    }

    @Test func openStageOfDeliveredOrderIsCutAtDelivery() throws {
        let cycle = try seller(delivered: 100, asOf: 120, [stage(.delivery, 90, nil)])
        let delivery = try #require(cycle.stages.first)
        #expect(delivery.seconds == 10 * 3600)
        #expect(delivery.outsideCycleSeconds == 20 * 3600)
    }

    @Test func openStageStartingAfterAsOfTakesNoTime() throws {
        let cycle = try seller(delivered: nil, asOf: 50, [stage(.production, 60, nil)])
        #expect(cycle.seconds(of: .production) == 0)
        #expect(cycle.stages.first?.outsideCycleSeconds == 0)
    }

    @Test func stageRecordedTwiceAddsUpItsIntervals() throws {
        let cycle = try seller([stage(.production, 20, 30), stage(.production, 40, 60)])
        #expect(cycle.seconds(of: .production) == 30 * 3600)
        #expect(cycle.stages.count == 1)
    }

    @Test func overlappingIntervalsOfOneStageCountAsOverlap() throws {
        let cycle = try seller([stage(.production, 20, 40), stage(.production, 30, 50)])
        #expect(cycle.seconds(of: .production) == 40 * 3600)
        #expect(cycle.overlap == 10 * 3600)
        #expect(cycle.interruptions == 70 * 3600)
    }

    @Test func momentsAreCutDownToWholeSeconds() throws {
        let milestones = OrderMilestones(
            receivedAt: Self.origin.addingTimeInterval(0.7),
            deliveredAt: Self.origin.addingTimeInterval(10.2)
        )
        let intervals = [StageInterval(stage: .receipt, start: Self.origin.addingTimeInterval(0.9), end: Self.origin.addingTimeInterval(3.99))]
        let cycle = try #require(try CycleDuration(milestones: milestones, stages: intervals, asOf: hour(1)).seller)
        #expect(cycle.cycle == 10)
        #expect(cycle.seconds(of: .receipt) == 3)
        #expect(cycle.interruptions == 7)
    }

    @Test func orderNotReceivedHasNoSellerCycle() throws {
        let duration = try CycleDuration(milestones: OrderMilestones(sentAt: hour(0)), stages: [stage(.receipt, 0, 1)], asOf: hour(5))
        #expect(duration.seller == nil)
        #expect(duration.buyer?.cycle == 5 * 3600)
    }

    @Test func orderWithoutSentAtHasNoBuyerCycle() throws {
        let duration = try CycleDuration(milestones: OrderMilestones(receivedAt: hour(0)), stages: [], asOf: hour(5))
        #expect(duration.buyer == nil)
    }

    @Test func buyerCycleNotAcceptedRunsUpToAsOf() throws {
        let milestones = OrderMilestones(sentAt: hour(0), receivedAt: hour(1), deliveredAt: hour(30))
        let buyer = try #require(try CycleDuration(milestones: milestones, stages: [], asOf: hour(40)).buyer)
        #expect(!buyer.isComplete)
        #expect(buyer.cycle == 40 * 3600)
    }

    @Test func deliveredBeforeReceivedIsRefused() {
        #expect(throws: CycleDurationError.deliveredBeforeReceived) {
            try CycleDuration(milestones: OrderMilestones(receivedAt: hour(10), deliveredAt: hour(5)), stages: [], asOf: hour(20))
        }
    }

    @Test func asOfBeforeReceiptOfUndeliveredOrderIsRefused() {
        #expect(throws: CycleDurationError.asOfBeforeReceived) {
            try CycleDuration(milestones: OrderMilestones(receivedAt: hour(10)), stages: [], asOf: hour(5))
        }
    }

    @Test func acceptedBeforeSentIsRefused() {
        #expect(throws: CycleDurationError.acceptedBeforeSent) {
            try CycleDuration(milestones: OrderMilestones(sentAt: hour(10), acceptedAt: hour(5)), stages: [], asOf: hour(20))
        }
    }

    @Test func asOfBeforeSentOfUnacceptedOrderIsRefused() {
        #expect(throws: CycleDurationError.asOfBeforeSent) {
            try CycleDuration(milestones: OrderMilestones(sentAt: hour(10)), stages: [], asOf: hour(5))
        }
    }

    @Test func stageEndingBeforeItStartsIsRefused() {
        #expect(throws: CycleDurationError.stageEndsBeforeStart(.materials)) {
            try CycleDuration(milestones: OrderMilestones(receivedAt: hour(0)), stages: [stage(.materials, 10, 5)], asOf: hour(20))
        }
    }

    @Test func identityHoldsOnRandomizedCycles() throws {
        var random = SeededRandom(seed: 20_240_304)
        for _ in 0..<2_000 {
            // Whole minutes in a small range, so coverage can be counted minute by minute.
            let received = Int.random(in: 0...200, using: &random)
            let delivered: Int? = Bool.random(using: &random) ? received + Int.random(in: 0...600, using: &random) : nil
            let asOf = received + Int.random(in: 0...700, using: &random)
            let intervals = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                let start = Int.random(in: -50...900, using: &random)
                let end: Int? = Int.random(in: 0..<5, using: &random) == 0 ? nil : start + Int.random(in: 0...300, using: &random)
                return StageInterval(
                    stage: Stage.allCases.randomElement(using: &random)!,
                    start: Self.origin.addingTimeInterval(Double(start * 60)),
                    end: end.map { Self.origin.addingTimeInterval(Double($0 * 60)) }
                )
            }
            let milestones = OrderMilestones(
                receivedAt: Self.origin.addingTimeInterval(Double(received * 60)),
                deliveredAt: delivered.map { Self.origin.addingTimeInterval(Double($0 * 60)) }
            )
            let cycle = try #require(try CycleDuration(
                milestones: milestones, stages: intervals, asOf: Self.origin.addingTimeInterval(Double(asOf * 60))
            ).seller)

            #expect(cycle.cycle == cycle.stagesSum - cycle.overlap + cycle.interruptions)
            #expect(cycle.overlap >= 0)
            #expect(cycle.interruptions >= 0 && cycle.interruptions <= cycle.cycle)
            #expect(cycle.stages.allSatisfy { $0.seconds >= 0 && $0.outsideCycleSeconds >= 0 })

            // Independent check: minutes of the window covered by some stage.
            let windowEnd = delivered ?? asOf
            let covered = (received..<windowEnd).filter { minute in
                intervals.contains { interval in
                    let start = Int(interval.start.timeIntervalSince(Self.origin)) / 60
                    let end = interval.end.map { Int($0.timeIntervalSince(Self.origin)) / 60 } ?? max(start, asOf)
                    return start <= minute && minute < end
                }
            }.count
            #expect(cycle.interruptions == (windowEnd - received - covered) * 60)
        }
    }
}
