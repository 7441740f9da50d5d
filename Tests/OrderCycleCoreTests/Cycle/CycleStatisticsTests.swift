import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct CycleStatisticsTests {
    @Test func noOrdersIsNoData() {
        let statistics = CycleStatistics(samples: [])
        #expect(statistics.orderCount == 0)
        #expect(statistics.cycle == nil)
        #expect(statistics.interruptions == nil)
        #expect(statistics.interruptionShare == nil)
        #expect(statistics.bottleneck == nil)
        #expect(statistics.stages.count == 6)
        #expect(statistics.stages.allSatisfy { $0.durations == nil && $0.meanShare == nil })
    }

    @Test func summaryOfAnOddCountHasMeanMedianAndInterpolatedP90() throws {
        // p90: rank 0.9 · 4 = 3.6 → 40 + 0.6 · (100 − 40) = 76.
        let summary = try #require(DurationSummary(seconds: [40, 10, 100, 30, 20]))
        #expect(summary.count == 5)
        #expect(summary.mean == 40)
        #expect(summary.median == 30)
        #expect(abs(summary.p90 - 76) < 1e-9)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws {
        // p90: rank 0.9 · 3 = 2.7 → 3 + 0.7 · 1 = 3.7.
        let summary = try #require(DurationSummary(seconds: [4, 1, 3, 2]))
        #expect(summary.median == 2.5)
        #expect(abs(summary.p90 - 3.7) < 1e-9)
    }

    @Test func summaryOfOneDurationIsThatDuration() throws {
        let summary = try #require(DurationSummary(seconds: [7_200]))
        #expect(summary.mean == 7_200 && summary.median == 7_200 && summary.p90 == 7_200)
    }

    @Test func summaryOfNoDurationsIsNoData() {
        #expect(DurationSummary(seconds: []) == nil)
    }

    @Test func skippedStageIsNotCountedAsAZeroDuration() throws {
        let statistics = CycleStatistics(samples: [
            CycleSample(cycle: 100, stageSeconds: [.production: 60, .delivery: 40], interruptions: 0),
            CycleSample(cycle: 50, stageSeconds: [.delivery: 50], interruptions: 0),
        ])
        let production = try #require(statistics.statistics(for: .production).durations)
        #expect(production.count == 1)
        #expect(production.mean == 60)
        #expect(statistics.statistics(for: .technicalPreparation).durations == nil)
        #expect(statistics.statistics(for: .delivery).durations?.count == 2)
    }

    @Test func interruptionShareIsTheRatioOfSums() {
        // Σ T_per / Σ T_cycle = 100 / 400; the mean of the ratios would be 0.2.
        let statistics = CycleStatistics(samples: [
            CycleSample(cycle: 100, stageSeconds: [.production: 90], interruptions: 10),
            CycleSample(cycle: 300, stageSeconds: [.production: 210], interruptions: 90),
        ])
        #expect(statistics.interruptionShare == 0.25)
        #expect(statistics.interruptions?.mean == 50)
        #expect(statistics.cycle?.mean == 200)
    }

    @Test func bottleneckIsTheStageWithTheLargestMeanShare() throws {
        // Shares: production (0.9 + 0.1) / 2 = 0.5, delivery (0.1 + 0.4) / 2 = 0.25. By sums of
        // seconds delivery would lead (410 vs 190): every order weighs the same.
        let statistics = CycleStatistics(samples: [
            CycleSample(cycle: 100, stageSeconds: [.production: 90, .delivery: 10], interruptions: 0),
            CycleSample(cycle: 1_000, stageSeconds: [.production: 100, .delivery: 400], interruptions: 500),
        ])
        #expect(statistics.bottleneck == .production)
        #expect(statistics.statistics(for: .production).meanShare == 0.5)
        #expect(statistics.statistics(for: .delivery).meanShare == 0.25)
        #expect(statistics.statistics(for: .receipt).meanShare == 0)
    }

    @Test func bottleneckTieGoesToTheEarlierStage() {
        let statistics = CycleStatistics(samples: [
            CycleSample(cycle: 100, stageSeconds: [.delivery: 40, .materials: 40], interruptions: 20),
        ])
        #expect(statistics.bottleneck == .materials)
    }

    @Test func zeroLengthCyclesGiveNoSharesAndNoBottleneck() {
        let statistics = CycleStatistics(samples: [CycleSample(cycle: 0, stageSeconds: [.receipt: 0], interruptions: 0)])
        #expect(statistics.orderCount == 1)
        #expect(statistics.cycle?.mean == 0)
        #expect(statistics.interruptionShare == nil)
        #expect(statistics.statistics(for: .receipt).meanShare == nil)
        #expect(statistics.bottleneck == nil)
    }

    @Test func stagesThatTookNoTimeGiveNoBottleneck() {
        let statistics = CycleStatistics(samples: [CycleSample(cycle: 100, stageSeconds: [.receipt: 0], interruptions: 100)])
        #expect(statistics.bottleneck == nil)
        #expect(statistics.interruptionShare == 1)
    }

    @Test func cyclesOfUndeliveredOrdersAreLeftOut() throws {
        let origin = Date(timeIntervalSince1970: 1_709_539_200)
        let stages = [StageInterval(stage: .production, start: origin, end: origin.addingTimeInterval(3_600))]
        let delivered = try #require(try CycleDuration(
            milestones: OrderMilestones(receivedAt: origin, deliveredAt: origin.addingTimeInterval(7_200)),
            stages: stages, asOf: origin.addingTimeInterval(10_000)
        ).seller)
        let open = try #require(try CycleDuration(
            milestones: OrderMilestones(receivedAt: origin), stages: stages, asOf: origin.addingTimeInterval(10_000)
        ).seller)
        let statistics = CycleStatistics(cycles: [delivered, open])
        #expect(statistics.orderCount == 1)
        #expect(statistics.cycle?.mean == 7_200)
        #expect(statistics.interruptionShare == 0.5)
    }

    @Test func sampleEncodesStagesByTheirSnakeCaseNames() throws {
        let sample = CycleSample(cycle: 100, stageSeconds: [.launchPreparation: 60], interruptions: 40)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(sample)) as? [String: Any]
        let stages = try #require(json?["stageSeconds"] as? [String: Int])
        #expect(stages == ["launch_preparation": 60])
        #expect(try JSONDecoder().decode(CycleSample.self, from: JSONEncoder().encode(sample)) == sample)
    }
}

@Suite("Hour histograms")
struct HourHistogramTests {
    @Test func noDurationsHaveNoPercentiles() {
        #expect(HourHistogram(counts: [:]).percentile(0.5) == nil)
    }

    @Test func medianAndP90AreReadToTheHour() {
        // 10 durations: 5 in hour 2, 4 in hour 5, 1 in hour 40.
        let h = HourHistogram(counts: [2: 5, 5: 4, 40: 1])
        #expect(h.total == 10)
        #expect(h.percentile(0.5) == 2.5)
        #expect(h.percentile(0.9) == 5.5)
        #expect(h.percentile(1.0) == 40.5)
    }
}
