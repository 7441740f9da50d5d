import Foundation
import Testing
@testable import OrderCycleCore

@Suite struct IndicatorValueTests {
    @Test func ratioWithZeroWholeIsNoData() {
        #expect(IndicatorValue.ratio(0, of: 0) == .noData)
        #expect(IndicatorValue.ratio(3, of: 4) == .measured(0.75))
    }

    @Test func meanOfNoTermsIsNoData() {
        #expect(IndicatorValue.mean([]) == .noData)
        #expect(IndicatorValue.mean([0.5, 1]) == .measured(0.75))
    }

    @Test func noDataHasNoNumber() {
        #expect(IndicatorValue.noData.value == nil)
        #expect(IndicatorValue.noData.isNoData)
        #expect(IndicatorValue.noData.map { $0 * 2 } == .noData)
    }

    @Test func encodesAsNumberOrNull() throws {
        let data = try JSONEncoder().encode([IndicatorValue.measured(0.5), .noData])
        #expect(String(decoding: data, as: UTF8.self) == "[0.5,null]")
        #expect(try JSONDecoder().decode([IndicatorValue].self, from: data) == [.measured(0.5), .noData])
    }
}
