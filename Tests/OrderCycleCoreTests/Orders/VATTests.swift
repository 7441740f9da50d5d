import Testing
@testable import OrderCycleCore

@Suite struct VATTests {
    @Test func taxIsRoundedHalfUpToAMinorUnitPerLine() {
        let rate = VATRate(basisPoints: 750)!
        #expect(rate.tax(onNet: 3750) == 281)   // 281.25
        #expect(rate.tax(onNet: 1000) == 75)
        #expect(VATRate(basisPoints: 2000)!.tax(onNet: 1) == 0)      // 0.2
        #expect(VATRate(basisPoints: 5000)!.tax(onNet: 1) == 1)      // 0.5 rounds up
        #expect(VATRate(basisPoints: 5000)!.tax(onNet: -1) == -1)    // and away from zero
        #expect(VATRate.zero.tax(onNet: 123_456) == 0)
    }

    @Test func largeAmountsDoNotOverflow() {
        #expect(VATRate(basisPoints: 10_000)!.tax(onNet: 4_000_000_000_000_000) == 4_000_000_000_000_000)
    }

    @Test func theTotalIsTheSumOfTheLines() {
        let totals = InvoiceTotals(lines: [(unitPriceMinor: 1250, quantity: 3), (unitPriceMinor: 333, quantity: 1)], rate: VATRate(basisPoints: 2000)!)
        #expect(totals.lines.map(\.vat) == [750, 67])
        #expect(totals.net == 4083 && totals.vat == 817 && totals.gross == 4900)
    }

    @Test func ratesAreReadAndWrittenAsPercentages() {
        #expect(VATRate(percent: "20")?.basisPoints == 2000)
        #expect(VATRate(percent: "7,5")?.basisPoints == 750)
        #expect(VATRate(percent: "7.25")?.basisPoints == 725)
        #expect(VATRate(percent: "0")?.basisPoints == 0)
        #expect(VATRate(percent: "100.01") == nil)
        #expect(VATRate(percent: "-1") == nil)
        #expect(VATRate(percent: "1.234") == nil)
        #expect(VATRate(percent: "twenty") == nil)
        #expect(VATRate(basisPoints: 750)!.percent(decimalSeparator: ",") == "7,5")
        #expect(VATRate(basisPoints: 725)!.percent(decimalSeparator: ".") == "7.25")
        #expect(VATRate(basisPoints: 705)!.percent(decimalSeparator: ".") == "7.05")
        #expect(VATRate(basisPoints: 2000)!.percent(decimalSeparator: ".") == "20")
    }
}
