import Testing
@testable import OrderCycleCore

@Suite struct StageTests {
    @Test func stagesAreTheSixOfTheCycleInOrderWithSnakeCaseRawValues() {
        #expect(Stage.allCases.map(\.rawValue) == [
            "receipt", "technical_preparation", "materials", "launch_preparation", "production", "delivery",
        ])
        #expect(Stage.allCases.map(\.position) == [0, 1, 2, 3, 4, 5])
    }

    @Test func symbolsFollowTheCycleFormula() {
        #expect(Stage.allCases.map(\.symbol) == ["T_oz", "T_tp", "T_zm", "T_pz", "T_pc", "T_p"])
        #expect(Stage.allCases.map { $0.symbol(.ru) } == ["Тоз", "Ттп", "Тзм", "Тпз", "Тпц", "Тп"])
    }

    @Test func everyStageHasDistinctNamesInEnglishAndRussian() {
        for language in Language.allCases {
            let names = Stage.allCases.map { $0.name(language) }
            #expect(Set(names).count == Stage.allCases.count)
            #expect(names.allSatisfy { !$0.isEmpty })
        }
        #expect(Stage.production.name(.ru) == "Производство")
    }
}
