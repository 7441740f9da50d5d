/// Where an order line's goods come from, and whether they are there to pick (DOMAIN §3.2:
/// place → invoice → pick; §3.4: the delivery stage "stores finished goods, picks the order").
///
/// **Decision**: a line is supplied either from stock (its reservation) or, when its product is
/// made to order, by production. Picking takes what is set aside, so a line holds the pick when
///  - it is a stock line with nothing reserved: there is nothing to pick (wait for stock and
///    reserve it; before invoicing, the line can also be split off into an order of its own);
///  - it is a made-to-order line not reserved in full whose production is not finished.
///
/// A stock line reserved in part does not hold the pick: the order ships short and counts as
/// not delivered in full. Only stock lines make an order "not satisfied from stock" (the
/// stockout indicator P): a made-to-order line was never meant to come from the shelf.
public enum LineSupply {
    /// One order line as the rule sees it.
    public struct Line: Hashable, Sendable {
        public var lineNo: Int
        public var sku: String
        public var quantity: Int
        public var reserved: Int
        public var madeToOrder: Bool

        public init(lineNo: Int, sku: String, quantity: Int, reserved: Int, madeToOrder: Bool) {
            self.lineNo = lineNo
            self.sku = sku
            self.quantity = quantity
            self.reserved = reserved
            self.madeToOrder = madeToOrder
        }
    }

    /// Why a line holds the pick.
    public enum Hold: Hashable, Sendable {
        /// A stock line with nothing reserved.
        case notReserved
        /// A made-to-order line whose production is not finished.
        case notProduced
    }

    /// A line that holds the pick, with its reason.
    public struct HeldLine: Hashable, Sendable {
        public let line: Line
        public let hold: Hold

        public func message(_ language: Language) -> String {
            switch (hold, language) {
            case (.notReserved, .en):
                "Line \(line.lineNo) (\(line.sku)): reserved \(line.reserved) of \(line.quantity); nothing is in stock to pick. Reserve it when stock arrives."
            case (.notReserved, .ru):
                "Позиция \(line.lineNo) (\(line.sku)): в резерве \(line.reserved) из \(line.quantity); комплектовать нечего. Зарезервируйте товар, когда он поступит."
            case (.notProduced, .en):
                "Line \(line.lineNo) (\(line.sku)): made to order, and production is not finished yet."
            case (.notProduced, .ru):
                "Позиция \(line.lineNo) (\(line.sku)): изготавливается под заказ, производство ещё не завершено."
            }
        }
    }

    /// The lines that hold the pick, in line order; empty when the order may be picked.
    /// `produced`: the order's production stage is finished (not skipped).
    public static func holdingPick(_ lines: [Line], produced: Bool) -> [HeldLine] {
        lines.sorted { $0.lineNo < $1.lineNo }.compactMap { line in
            if line.madeToOrder {
                return line.reserved >= line.quantity || produced ? nil : HeldLine(line: line, hold: .notProduced)
            }
            return line.reserved > 0 ? nil : HeldLine(line: line, hold: .notReserved)
        }
    }

    /// Whether stock left a stock line short: the order is then "not satisfied from stock".
    public static func unsatisfiedFromStock(_ lines: [Line]) -> Bool {
        lines.contains { !$0.madeToOrder && $0.reserved < $0.quantity }
    }
}
