import Testing
@testable import OrderCycleCore

@Suite struct QualityIndicatorTests {
    @Test func stockoutAndDeficiencyAreMinimisedTheRestMaximised() {
        let minimised = QualityIndicator.allCases.filter { $0.direction == .minimise }
        #expect(minimised == [.stockoutProbability, .serviceDeficiency])
    }

    @Test func symbolsFollowTheSourceText() {
        #expect(QualityIndicator.reliabilityComponents.map(\.symbol) == ["P", "N", "C", "T", "K", "F", "Y"])
        #expect(QualityIndicator.serviceReliability.symbol == "R")
        #expect(QualityIndicator.serviceLevelByCount.symbol == "η")
    }

    @Test func onlyStockoutProbabilityIsInPercent() {
        #expect(QualityIndicator.allCases.filter { $0.unit == .percent } == [.stockoutProbability])
    }

    @Test func rawValuesAreSnakeCase() {
        #expect(QualityIndicator.allCases.allSatisfy { $0.rawValue == $0.rawValue.lowercased() && !$0.rawValue.contains(" ") })
        #expect(QualityIndicator.onTimeInFull.rawValue == "otif")
        #expect(QualityIndicator.perfectOrder.rawValue == "perfect_order")
    }

    @Test func everyIndicatorHasDistinctNamesInEnglishAndRussian() {
        for language in Language.allCases {
            let names = QualityIndicator.allCases.map { $0.name(language) }
            #expect(Set(names).count == QualityIndicator.allCases.count)
        }
        #expect(QualityIndicator.stockoutProbability.name(.ru) == "Вероятность дефицита")
    }
}
