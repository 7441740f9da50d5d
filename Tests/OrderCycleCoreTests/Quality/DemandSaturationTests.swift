import Testing
@testable import OrderCycleCore

@Suite struct DemandSaturationTests {
    @Test func meanOfCappedTermsOverNeededItems() throws {
        // 5/10 = 0.5, 30/10 capped to 1, 0/4 = 0; the item nobody needs is left out → 1.5 / 3.
        let items = try [
            ItemStock(onHand: 5, required: 10),
            ItemStock(onHand: 30, required: 10),
            ItemStock(onHand: 0, required: 4),
            ItemStock(onHand: 7, required: 0),
        ]
        #expect(DemandSaturation.measure(items) == .measured(0.5))
    }

    @Test func overstockDoesNotHideAShortage() throws {
        let items = try [ItemStock(onHand: 1_000, required: 10), ItemStock(onHand: 0, required: 10)]
        #expect(DemandSaturation.measure(items) == .measured(0.5))
    }

    @Test func noNeededItemIsNoData() throws {
        #expect(DemandSaturation.measure([]) == .noData)
        #expect(DemandSaturation.measure([try ItemStock(onHand: 3, required: 0)]) == .noData)
    }

    @Test func negativeOrNonFiniteStockIsRefused() {
        #expect(throws: IndicatorInputError.negative(field: "onHand")) { try ItemStock(onHand: -1, required: 1) }
        #expect(throws: IndicatorInputError.notFinite(field: "required")) { try ItemStock(onHand: 1, required: .nan) }
    }
}
