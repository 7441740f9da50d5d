import Testing
@testable import OrderCycleCore

@Suite struct BilingualTextTests {
    @Test func eachReaderSeesTheirHalf() {
        let title = "Order SO-1 is late for its promise of 2026-12-01 / Заказ SO-1 не успевает к обещанному 2026-12-01"
        #expect(BilingualText.reading(title, in: .en) == "Order SO-1 is late for its promise of 2026-12-01")
        #expect(BilingualText.reading(title, in: .ru) == "Заказ SO-1 не успевает к обещанному 2026-12-01")
    }

    @Test func typedTextReadsAsTyped() {
        #expect(BilingualText.reading("Pallets 1/2 / 3", in: .ru) == "Pallets 1/2 / 3")
        #expect(BilingualText.reading("Склад / Москва", in: .en) == "Склад / Москва")
        #expect(BilingualText.reading("Call back", in: .ru) == "Call back")
        #expect(BilingualText.reading(" / Заказ", in: .en) == " / Заказ")
    }
}
