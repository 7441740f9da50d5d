import Foundation

/// Value added tax on an invoice, exact in minor units: the rate is kept in basis points
/// (2000 = 20 %, 0 allowed), each line's tax is rounded half up to a minor unit, and the
/// invoice's tax is the sum of its lines, so the lines always add up to the total printed.
public struct VATRate: Sendable, Equatable, Codable {
    public let basisPoints: Int

    public static let zero = VATRate(uncheckedBasisPoints: 0)

    public init?(basisPoints: Int) {
        guard (0...10_000).contains(basisPoints) else { return nil }
        self.basisPoints = basisPoints
    }

    private init(uncheckedBasisPoints: Int) { basisPoints = uncheckedBasisPoints }

    /// A percentage as people write it: "20", "7.5", "7,5", "0"; at most two decimals, 0 to 100.
    public init?(percent text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".").split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let f = Int(digits) else { return nil }
            fraction = digits.count == 1 ? f * 10 : f
        }
        guard whole <= 100 else { return nil }
        self.init(basisPoints: whole * 100 + fraction)
    }

    /// The rate as a percentage with the reader's decimal separator: "20", "7,5" (ru), "7.5" (en).
    public func percent(decimalSeparator: String) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        guard fraction != 0 else { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return String(whole) + decimalSeparator + digits
    }

    /// The tax on a net amount, rounded half away from zero to a whole minor unit.
    public func tax(onNet minor: Int64) -> Int64 {
        let product = minor.multipliedFullWidth(by: Int64(basisPoints))
        let (quotient, remainder) = Int64(10_000).dividingFullWidth(product)
        guard remainder.magnitude * 2 >= 10_000 else { return quotient }
        return quotient + (remainder < 0 ? -1 : 1)
    }
}

/// An invoice's money: each line's net amount and tax, and the totals.
public struct InvoiceTotals: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var net: Int64
        public var vat: Int64
        public var gross: Int64 { net + vat }
    }

    public var lines: [Line]
    public var net: Int64 { lines.reduce(0) { $0 + $1.net } }
    public var vat: Int64 { lines.reduce(0) { $0 + $1.vat } }
    public var gross: Int64 { net + vat }

    /// Lines as unit price (net, minor units) times quantity, taxed at `rate`.
    public init(lines: [(unitPriceMinor: Int64, quantity: Int)], rate: VATRate) {
        self.lines = lines.map { l in
            let net = l.unitPriceMinor * Int64(l.quantity)
            return Line(net: net, vat: rate.tax(onNet: net))
        }
    }
}
