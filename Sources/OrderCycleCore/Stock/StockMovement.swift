/// Every change of stock is a movement in a ledger, so the balance can always be explained
/// and re-derived: on hand = Σ receipts − Σ shipments ± adjustments; reserved = Σ reservations − Σ releases − Σ shipments.
public enum StockMovementKind: String, CaseIterable, Codable, Sendable {
    case receipt, reservation, release, shipment, adjustment
}

/// The balance of one product, with the rules that keep it sound.
public struct StockBalance: Sendable, Equatable {
    public var onHand: Int
    public var reserved: Int

    public init(onHand: Int, reserved: Int) {
        self.onHand = onHand
        self.reserved = reserved
    }

    /// What can still be promised to a new order.
    public var available: Int { onHand - reserved }

    /// The balance after a movement; nil when the movement would make stock negative or
    /// reserve more than is on hand.
    public func applying(_ kind: StockMovementKind, quantity: Int) -> StockBalance? {
        guard quantity >= 0 || kind == .adjustment else { return nil }
        var next = self
        switch kind {
        case .receipt: next.onHand += quantity
        case .reservation: next.reserved += quantity
        case .release: next.reserved -= quantity
        case .shipment:
            next.onHand -= quantity
            next.reserved -= quantity
        case .adjustment: next.onHand += quantity
        }
        guard next.onHand >= 0, next.reserved >= 0, next.reserved <= next.onHand else { return nil }
        return next
    }
}
