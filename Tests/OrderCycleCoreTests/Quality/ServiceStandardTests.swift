import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct ServiceStandardTests {
    @Test func indicatorToMaximiseIsOkAtTargetAndBreachedBelowThreshold() throws {
        let standard = try ServiceStandard(indicator: .flexibility, target: 0.95, alertThreshold: 0.90)
        #expect(standard.evaluate(0.97) == .ok)
        #expect(standard.evaluate(0.95) == .ok)
        #expect(standard.evaluate(0.92) == .warning)
        #expect(standard.evaluate(0.90) == .warning)
        #expect(standard.evaluate(0.89) == .breach)
    }

    @Test func indicatorToMinimiseIsOkAtTargetAndBreachedAboveThreshold() throws {
        let standard = try ServiceStandard(indicator: .serviceDeficiency, target: 0.05, alertThreshold: 0.10)
        #expect(standard.evaluate(0.01) == .ok)
        #expect(standard.evaluate(0.05) == .ok)
        #expect(standard.evaluate(0.07) == .warning)
        #expect(standard.evaluate(0.10) == .warning)
        #expect(standard.evaluate(0.11) == .breach)
    }

    @Test func noDataIsNotJudged() throws {
        let standard = try ServiceStandard(indicator: .orderCoverage, target: 0.9, alertThreshold: 0.8)
        #expect(standard.evaluate(IndicatorValue.noData) == nil)
        #expect(standard.evaluate(IndicatorValue.measured(0.85)) == .warning)
    }

    @Test func thresholdOnTheGoodSideOfTheTargetIsRefused() {
        #expect(throws: ServiceStandardError.thresholdBetterThanTarget) {
            try ServiceStandard(indicator: .flexibility, target: 0.90, alertThreshold: 0.95)
        }
        #expect(throws: ServiceStandardError.thresholdBetterThanTarget) {
            try ServiceStandard(indicator: .stockoutProbability, target: 5, alertThreshold: 2)
        }
    }

    @Test func decodingChecksTheStandard() throws {
        let valid = Data(#"{"indicator":"stockout_probability","target":5,"alertThreshold":10}"#.utf8)
        #expect(try JSONDecoder().decode(ServiceStandard.self, from: valid).evaluate(7) == .warning)
        let invalid = Data(#"{"indicator":"stockout_probability","target":10,"alertThreshold":5}"#.utf8)
        #expect(throws: ServiceStandardError.thresholdBetterThanTarget) {
            try JSONDecoder().decode(ServiceStandard.self, from: invalid)
        }
    }

    @Test func sourceNormsAreFlexibilityAndDeficiency() {
        #expect(ServiceStandard.sourceNorms.map(\.indicator) == [.flexibility, .serviceDeficiency])
    }
}
