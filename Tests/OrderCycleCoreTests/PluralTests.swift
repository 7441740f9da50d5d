import Testing
@testable import OrderCycleCore

@Suite("Counts are worded by the CLDR plural rules of each language")
struct PluralTests {
    @Test func russianHasOneFewAndMany() {
        let expected: [(Int, PluralCategory)] = [(0, .many), (1, .one), (2, .few), (4, .few), (5, .many), (11, .many), (12, .many), (14, .many),
                                                 (21, .one), (22, .few), (25, .many), (74, .few), (101, .one), (111, .many), (112, .many), (1_004, .few)]
        for (n, category) in expected { #expect(Language.ru.pluralCategory(n) == category, "\(n)") }
    }

    @Test func englishHasOneAndOther() {
        #expect(Language.en.pluralCategory(1) == .one)
        for n in [0, 2, 11, 21, 74] { #expect(Language.en.pluralCategory(n) == .other, "\(n)") }
    }

    @Test func aCountTakesTheFormOfItsNumber() {
        let stages = (en: ("stage", "stages"), ru: ("этап", "этапа", "этапов"))
        #expect(Language.ru.count(74, en: stages.en, ru: stages.ru) == "74 этапа")
        #expect(Language.ru.count(75, en: stages.en, ru: stages.ru) == "75 этапов")
        #expect(Language.ru.count(21, en: stages.en, ru: stages.ru) == "21 этап")
        #expect(Language.en.count(1, en: ("completed order", "completed orders"), ru: ("", "", "")) == "1 completed order")
        #expect(Language.en.count(3, en: ("completed order", "completed orders"), ru: ("", "", "")) == "3 completed orders")
    }
}
