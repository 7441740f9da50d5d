import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct ServiceReliabilityTests {
    private let full = ReliabilityComponents(
        stockoutProbability: .measured(20),
        demandSaturation: .measured(0.9),
        orderCoverage: .measured(0.5),
        timeExpectations: .measured(1),
        uninterruptedExecution: .measured(0.75),
        flexibility: .measured(0.95),
        serviceDeficiency: .measured(0.1)
    )

    @Test func equalWeightsAverageTheScores() throws {
        // Scores 0.8, 0.9, 0.5, 1, 0.75, 0.95, 0.9 → 5.8 / 7.
        let value = try #require(ServiceReliability.measure(full).value)
        #expect(abs(value - 5.8 / 7) < 1e-12)
    }

    @Test func stockoutAndDeficiencyScoreAsTheirComplements() {
        #expect(ServiceReliability.score(.stockoutProbability, 20) == 0.8)
        #expect(ServiceReliability.score(.serviceDeficiency, 0.1) == 0.9)
        #expect(ServiceReliability.score(.flexibility, 0.95) == 0.95)
    }

    @Test func scoresAreKeptWithinZeroAndOne() {
        #expect(ServiceReliability.score(.demandSaturation, 1.2) == 1)
        #expect(ServiceReliability.score(.stockoutProbability, 150) == 0)
        #expect(ServiceReliability.score(.serviceDeficiency, -0.5) == 1)
    }

    @Test func componentsWithoutDataAreLeftOutOfBothSums() throws {
        // Only P (0.8) and Y (0.9) have data → 0.85, not (0.8 + 0.9) / 7.
        let partial = ReliabilityComponents(stockoutProbability: .measured(20), serviceDeficiency: .measured(0.1))
        let value = try #require(ServiceReliability.measure(partial).value)
        #expect(abs(value - 0.85) < 1e-12)
    }

    @Test func weightsShiftTheAverage() throws {
        // (3 · 0.8 + 1 · 0.9) / 4 = 0.825.
        let partial = ReliabilityComponents(stockoutProbability: .measured(20), serviceDeficiency: .measured(0.1))
        let weights = try ReliabilityWeights(stockoutProbability: 3)
        let value = try #require(ServiceReliability.measure(partial, weights: weights).value)
        #expect(abs(value - 0.825) < 1e-12)
    }

    @Test func noComponentWithDataIsNoData() {
        #expect(ServiceReliability.measure(ReliabilityComponents()) == .noData)
    }

    @Test func componentsWeighingNothingIsNoData() throws {
        let partial = ReliabilityComponents(flexibility: .measured(0.9))
        #expect(ServiceReliability.measure(partial, weights: try ReliabilityWeights(flexibility: 0)) == .noData)
    }

    @Test func negativeWeightIsRefused() {
        #expect(throws: IndicatorInputError.negative(field: "orderCoverage")) {
            try ReliabilityWeights(orderCoverage: -1)
        }
    }

    @Test func decodedWeightsDefaultToOneAndAreChecked() throws {
        let weights = try JSONDecoder().decode(ReliabilityWeights.self, from: Data(#"{"flexibility": 2}"#.utf8))
        #expect(weights.weight(for: .flexibility) == 2)
        #expect(weights.weight(for: .stockoutProbability) == 1)
        #expect(throws: IndicatorInputError.self) {
            try JSONDecoder().decode(ReliabilityWeights.self, from: Data(#"{"flexibility": -2}"#.utf8))
        }
    }
}
